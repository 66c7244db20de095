package org.answerdesk.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Two questions about the team rather than the shop, in every shipped language: when a person will reply ("how long
 * before someone gets back to me", "bis wann meldet sich jemand"), which asks for a person; and whether anyone is
 * there ("is anyone there?", "hallo?? ist da wer"), which the bot answers itself. The words are in each language's
 * file ({@code person.when}, {@code person.answer}, {@code person.present}).
 */
final class PersonQuestions {

    /** Past this many words a message is about something else that happens to name a person and a reply. */
    private static final int MAX_WORDS = 16;
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]++");

    private static final Lexicon.PerLanguage<Words> BY_LANGUAGE = Lexicon.perLanguage(PersonQuestions::words);

    private PersonQuestions() {
    }

    /**
     * Whether the message asks when a person will reply: a word of time ({@code person.when}), a person
     * ({@code person.when.who} or {@code person.who}) and a reply ({@code person.answer}) in one short message. A
     * request for a person: the conversation goes to one, with the hours when the team is away.
     */
    static boolean asksWhenAPersonReplies(String text, Locale language) {
        Words words = words(language);
        if (words == null) {
            return false;
        }
        String[] said = NOT_LETTERS.split(ActRules.folded(text).strip());
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
                && words.howLong().matcher(Lexicon.fold(ActRules.normalize(text)).strip()).matches()
                && !SaysItWaits.lasts(text, language); // "how long will it last?" asks of the thing
    }

    /** Whether the whole message only asks whether anyone is there ("hello?? anyone there", "c'è qualcuno?"). */
    static boolean asksIfAnyoneIsThere(String text, Locale language) {
        Words words = words(language);
        return words != null && words.present() != null
                && words.present().matcher(Lexicon.fold(ActRules.normalize(text))).matches()
                || OnlyWords.asksIfAnyoneIsThere(text, language); // "oi, anyone gonna answer me or what
    }

    private static Words words(Locale language) {
        return BY_LANGUAGE.get(language).orElse(null);
    }

    private static boolean any(List<String> entries, String word) {
        return Spellings.listed(entries, word);
    }

    /**
     * A language's words; {@code person.when.who} when its persons who reply differ from those a request names
     * ({@code person.who}), and {@code person.answer.phrase}, phrases of a reply read on the text unfolded.
     */
    private static Words words(Lexicon lexicon) {
        List<String> when = list(lexicon, "person.when");
        if (when.isEmpty()) {
            return null;
        }
        List<String> who = list(lexicon, "person.when.who");
        return new Words(when, who.isEmpty() ? list(lexicon, "person.who") : who, list(lexicon, "person.answer"),
                lexicon.alternatives("person.answer.phrase").map(a -> lexicon.compile("person.answer.phrase", a))
                        .orElse(null),
                lexicon.alternatives("person.present")
                        .map(a -> lexicon.compile("person.present", "^" + Lexicon.fold(a) + "$")).orElse(null),
                lexicon.alternatives("person.wait")
                        .map(a -> lexicon.compile("person.wait", "^(?:" + Lexicon.fold(a) + ")$")).orElse(null));
    }

    private static List<String> list(Lexicon lexicon, String key) {
        return lexicon.foldedWords(key);
    }

    /**
     * A language's words of time, for a person and for a reply (and phrases of a reply, {@code replyPhrase}), and its
     * "anyone there?" ({@code present}) and its "how long will this take?" ({@code howLong}); null: none.
     */
    private record Words(List<String> when, List<String> who, List<String> answer, Pattern replyPhrase,
                         Pattern present, Pattern howLong) {
    }
}
