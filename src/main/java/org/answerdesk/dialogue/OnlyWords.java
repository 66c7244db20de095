package org.answerdesk.dialogue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Two short questions read by their vocabulary rather than by a phrase (issue 61 items 5, 6, 8; docs/dialogue.md
 * "acts51"), so that the regional and colloquial forms of one question read alike:
 * <ul>
 * <li>whether a machine answers ({@link #asksIfAutomatic}): a message made only of the language's small words of
 * such a question ({@code bot.only}: "is", "that", "you", "or", "message", "replies", "typing"), its machine words
 * ({@code bot.machine}, {@code bot.automatic}), "you are" ({@code bot.you}), "or" ({@code bot.or}) and words said in
 * passing ({@code act.filler}), with at least one machine word and no negation ({@code bot.not}): "is that you or an
 * automatic message", "sind das automatische antworten?", "è automatico sto coso?". A word the list does not hold
 * ("booking", "kids", "hire") makes it a question about the shop: "is the booking automatic?", "do you have a
 * program for kids?";</li>
 * <li>"anyone there?" ({@link #asksIfAnyoneIsThere}): a message made only of the words of asking whether anyone is
 * there or will reply ({@code person.present.only}: greetings, "is there", "still", "or not", "answer me") with at
 * least one word of someone or of replying ({@code person.present.one}): "oi, anyone there or what", "hallo? antwortet
 * mir noch wer", "me van a atender o no?". "is anyone there on saturdays to collect a parcel?" names a day and a
 * parcel, and is a question.</li>
 * </ul>
 * Read on the message in lower case, punctuation gone, accents folded; a word's last letter typed over and over
 * ("hellooo", "holaaa") is read once.
 */
final class OnlyWords {

    /** The longest such question. */
    private static final int WORDS = 12;

    private record Rules(Set<String> bot, Set<String> machine, Set<String> not, Set<String> or,
                         Set<String> present, Set<String> someone) {
    }

    private static final Lexicon.PerLanguage<Rules> RULES = Lexicon.perLanguage(OnlyWords::rules);

    private OnlyWords() {
    }

    /** Whether the message only asks whether a machine answers (see the class comment). */
    static boolean asksIfAutomatic(String text, Locale language) {
        Rules rules = RULES.get(language).orElse(null);
        if (rules == null || rules.bot().isEmpty()) {
            return false;
        }
        String[] words = words(text);
        // "i don't want a machine" asks for a person
        return !BotQuestions.negated(words, rules.not(), rules.or()) && madeOf(words, rules.bot(), rules.machine());
    }

    /** Whether the message only asks whether anyone is there or will reply (see the class comment). */
    static boolean asksIfAnyoneIsThere(String text, Locale language) {
        Rules rules = RULES.get(language).orElse(null);
        return rules != null && !rules.someone().isEmpty()
                && madeOf(words(text), rules.present(), rules.someone());
    }

    /**
     * Whether {@code words} (at most {@link #WORDS}) are all {@code allowed} or {@code needed} words, a word the lists
     * do not hold as typed read with its last letter once, and at least one is {@code needed}.
     */
    private static boolean madeOf(String[] words, Set<String> allowed, Set<String> needed) {
        if (words.length == 0 || words.length > WORDS) {
            return false;
        }
        boolean found = false;
        for (String word : words) {
            String w = allowed.contains(word) || needed.contains(word) ? word : once(word);
            if (!allowed.contains(w) && !needed.contains(w)) {
                return false;
            }
            found |= needed.contains(w);
        }
        return found;
    }

    private static String[] words(String text) {
        String folded = ActRules.folded(text).strip();
        return folded.isEmpty() ? new String[0] : folded.split(" ");
    }

    /**
     * The word with its last letter once where it was typed over and over ("hellooo" is "hello", "holaa" is "hola");
     * read only for a word the lists do not hold as typed ("still" stays "still").
     */
    static String once(String word) {
        int end = word.length();
        while (end > 2 && word.charAt(end - 1) == word.charAt(end - 2)) {
            end--;
        }
        return end == word.length() ? word : word.substring(0, end);
    }

    private static Rules rules(Lexicon lexicon) {
        Set<String> bot = words(lexicon, "bot.only", "bot.you", "bot.or", "act.filler");
        Set<String> present = words(lexicon, "person.present.only", "act.filler");
        return new Rules(lexicon.foldedWords("bot.only").isEmpty() ? Set.of() : bot,
                words(lexicon, "bot.machine", "bot.automatic"), words(lexicon, "bot.not"), words(lexicon, "bot.or"),
                present, words(lexicon, "person.present.one"));
    }

    private static Set<String> words(Lexicon lexicon, String... keys) {
        Set<String> words = new HashSet<>();
        for (String key : keys) {
            List<String> listed = lexicon.foldedWords(key);
            words.addAll(listed);
        }
        return Set.copyOf(words);
    }
}
