package org.answerdesk.dialogue;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What is left around a greeting or a thanks when it only announces a question ("hi, I have a question", "ciao, ho
 * una domanda") or closes the matter ("thanks, that's all I wanted to know", "danke vielmals, passt eh so"): nothing
 * to look up, so the message is the act alone. Another language's words are its lexicon's {@code announce} lines.
 */
final class Announcement {

    private static final Pattern ENGLISH = Pattern.compile("(?:(?:i|we) (?:have|'ve got|ve got|got|had) |got |just )?"
            + "(?:a |one |another )?(?:(?:quick|small|short|little|simple) )?(?:question|query|doubt)"
            + "(?: for you| here)?"
            + "|(?:that'?s|that is|that was|it'?s|it was) (?:all|it|everything)(?: i (?:wanted|needed) to know"
            + "| i needed| for now)?|all good|(?:you )?(?:answered|answers) my question");
    private static final Map<String, Pattern> BY_LANGUAGE = byLanguage();

    private Announcement() {
    }

    /** Whether {@code rest}, read by the rules of {@code language}, only announces or closes. */
    static boolean only(String rest, Locale language) {
        String code = Lexicon.code(language);
        Pattern words = code.equals(Lexicon.ENGLISH) ? ENGLISH : BY_LANGUAGE.get(code);
        if (words == null || rest.isBlank()) {
            return false;
        }
        return words.matcher(Lexicon.fold(Noise.words(rest.toLowerCase(Locale.ROOT))).strip()).matches();
    }

    private static Map<String, Pattern> byLanguage() {
        Map<String, Pattern> patterns = new HashMap<>();
        Lexicon.shipped().forEach((language, lexicon) -> lexicon.alternatives("announce").ifPresent(words ->
                patterns.put(language, Pattern.compile(words))));
        return Map.copyOf(patterns);
    }
}
