package org.answerdesk.dialogue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Two questions about the team rather than the shop, in every shipped language: when a person will reply ("how long
 * before someone gets back to me", "bis wann meldet sich jemand"), which asks for a person; and whether anyone is
 * there ("is anyone there?", "hallo?? ist da wer"), which the bot answers itself. The words are in each language's
 * file ({@code person.when}, {@code person.answer}, {@code person.present}); English is below.
 */
final class PersonQuestions {

    /** Past this many words a message is about something else that happens to name a person and a reply. */
    private static final int MAX_WORDS = 16;
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]++");

    private static final Words ENGLISH = new Words(
            List.of("when", "long", "soon", "until", "till", "til"),
            List.of("someone", "somebody", "anyone", "anybody", "person", "human", "agent", "team", "staff", "manager",
                    "owner", "people", "rep", "representative", "support", "hear"),
            List.of("reply", "replies", "respond", "responds", "answer", "answers", "contact", "contacts", "hear",
                    "touch", "response"),
            // "back" alone is also sending an item back: only getting, writing or calling back is a reply
            Pattern.compile("\\b(?:get|gets|getting|got|write|writes|call|calls|ring|rings|come|comes|hear)"
                    + "\\s+back\\b"),
            Pattern.compile("^(?:(?:hello|hi|hey|helo|hallo|yo|ok|so|um|erm|uh)\\s+)*(?:is\\s+)?(?:there\\s+)?"
                    + "(?:anyone|anybody|someone|somebody|any\\s*one|any\\s*body)(?:\\s+(?:there|here|home|around"
                    + "|at\\s+all|out\\s+there|reading\\s+this|awake))*$"
                    + "|^(?:(?:hello|hi|hey|hallo)\\s+)*(?:are\\s+)?you\\s+(?:still\\s+)?there$"),
            Pattern.compile("^((so|and|ok|okay|hello|hi|um|sorry|but) )*(how long|how much longer|how many (more )?"
                    + "(minutes|hours|days))( (is|will|does|would|do|should|must) (it|this|that|i))?( (still|have to|need"
                    + " to|going to|gonna|be))*( (take|wait|last|be))?( (now|still|roughly|approximately|about|more"
                    + "|for|then))*$"));

    private static final Map<String, Words> BY_LANGUAGE = byLanguage();

    private PersonQuestions() {
    }

    /**
     * Whether the message asks when a person will reply: a word of time ({@code person.when}), a person
     * ({@code person.who}, or English's own) and a reply ({@code person.answer}) in one short message. A request for
     * a person: the conversation goes to one, with the hours when the team is away.
     */
    static boolean asksWhenAPersonReplies(String text, Locale language) {
        Words words = words(language);
        if (words == null) {
            return false;
        }
        String[] said = NOT_LETTERS.split(Lexicon.fold(ActRules.normalize(text)).strip());
        if (said.length > MAX_WORDS) {
            return false;
        }
        boolean when = false;
        boolean who = false;
        boolean reply = words.replyPhrase() != null && words.replyPhrase().matcher(ActRules.normalize(text)).find();
        for (String word : said) {
            when |= any(words.when(), word);
            who |= any(words.who(), word);
            reply |= any(words.answer(), word);
        }
        return when && who && reply;
    }

    /**
     * Whether the whole message only asks how long it will take ("how long will this take?", "wie lange dauert das
     * noch"), naming nothing ({@code person.wait}): while the conversation waits for a person, that is the wait.
     */
    static boolean asksHowLong(String text, Locale language) {
        Words words = words(language);
        return words != null && words.howLong() != null
                && words.howLong().matcher(Lexicon.fold(ActRules.normalize(text)).strip()).matches();
    }

    /** Whether the whole message only asks whether anyone is there ("hello?? anyone there", "c'è qualcuno?"). */
    static boolean asksIfAnyoneIsThere(String text, Locale language) {
        Words words = words(language);
        return words != null && words.present() != null
                && words.present().matcher(Lexicon.fold(ActRules.normalize(text))).matches();
    }

    private static Words words(Locale language) {
        String code = Lexicon.code(language);
        return code.equals(Lexicon.ENGLISH) ? ENGLISH : BY_LANGUAGE.get(code);
    }

    private static boolean any(List<String> entries, String word) {
        return !word.isEmpty() && entries.stream().anyMatch(e -> e.endsWith("*")
                ? word.startsWith(e.substring(0, e.length() - 1)) : word.equals(e));
    }

    private static Map<String, Words> byLanguage() {
        Map<String, Words> words = new HashMap<>();
        Lexicon.shipped().forEach((language, lexicon) -> {
            List<String> when = list(lexicon, "person.when");
            if (!when.isEmpty()) {
                words.put(language, new Words(when, list(lexicon, "person.who"), list(lexicon, "person.answer"), null,
                        lexicon.alternatives("person.present")
                                .map(a -> Pattern.compile("^" + Lexicon.fold(a) + "$")).orElse(null),
                        lexicon.alternatives("person.wait")
                                .map(a -> Pattern.compile("^(?:" + Lexicon.fold(a) + ")$")).orElse(null)));
            }
        });
        return Map.copyOf(words);
    }

    private static List<String> list(Lexicon lexicon, String key) {
        String words = Lexicon.fold(lexicon.words(key));
        return words.isEmpty() ? List.of() : Arrays.asList(words.split(" +"));
    }

    /**
     * A language's words of time, for a person and for a reply (and phrases of a reply, {@code replyPhrase}), and its
     * "anyone there?" ({@code present}) and its "how long will this take?" ({@code howLong}); null: none.
     */
    private record Words(List<String> when, List<String> who, List<String> answer, Pattern replyPhrase,
                         Pattern present, Pattern howLong) {
    }
}
