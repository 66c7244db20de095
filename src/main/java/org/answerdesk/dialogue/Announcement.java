package org.answerdesk.dialogue;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What is left around a greeting or a thanks when it only announces a question ("hi, I have a question", "ciao, ho
 * una domanda") or closes the matter ("thanks, that's all I wanted to know", "danke vielmals, passt eh so"): nothing
 * to look up, so the message is the act alone. A language's words are its lexicon's {@code announce} lines.
 */
final class Announcement {

    private static final Lexicon.PerLanguage<Pattern> BY_LANGUAGE = Lexicon.perLanguage(lexicon -> lexicon
            .alternatives("announce").map(words -> lexicon.compile("announce", words)).orElse(null));

    private Announcement() {
    }

    /** Whether {@code rest}, read by the rules of {@code language}, only announces or closes. */
    static boolean only(String rest, Locale language) {
        Pattern words = BY_LANGUAGE.get(language).orElse(null);
        if (words == null || rest.isBlank()) {
            return false;
        }
        return words.matcher(Lexicon.fold(Noise.words(rest.toLowerCase(Locale.ROOT))).strip()).matches();
    }
}
