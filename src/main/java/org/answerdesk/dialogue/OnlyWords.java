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
 * ("hellooo", "holaaa") is read once, and a word the lists do not hold is read in the spellings
 * {@link Spellings#anyNear} allows ("öberhaupt" for "überhaupt").
 * <p>
 * "anyone there?" is also read part by part ({@link #asksIfAnyoneIsThereAmong}, docs/dialogue.md "person56"): one
 * part (up to a comma or a mark) asks it and each other part asks nothing: a greeting ("então??"), a tag of "or what"
 * with whatever it says before ("estão a dormir ou quê"), or, while a person is awaited, a statement with no question
 * mark ("ik zit al een uur te wachten").
 */
final class OnlyWords {

    /** The longest such question. */
    private static final int WORDS = 12;

    private record Rules(Set<String> bot, Set<String> machine, Set<String> not, Set<String> or,
                         Set<String> present, Set<String> someone, List<String> presentNear, List<String> someoneNear) {
    }

    /** The most words of a message read part by part. */
    private static final int AMONG_WORDS = 20;
    /** A part of a message and the marks after it. */
    private static final java.util.regex.Pattern PART = java.util.regex.Pattern.compile("([^,.;:!?¿¡\\n]++)([,.;:!?¿¡\\n]*+)");

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
                && (madeOf(words(text), rules) || among(text, rules, false));
    }

    /**
     * Whether one part of the message asks whether anyone is there and each other part asks nothing (see the class
     * comment); {@code statements}: a part with no question mark counts as asking nothing (while a person is awaited,
     * "hallo?? iemand? ik wacht al een uur" checks on the wait).
     */
    static boolean asksIfAnyoneIsThereAmong(String text, Locale language, boolean statements) {
        Rules rules = RULES.get(language).orElse(null);
        return rules != null && !rules.someone().isEmpty()
                && (madeOf(words(text), rules) || among(text, rules, statements));
    }

    private static boolean among(String text, Rules rules, boolean statements) {
        // past AMONG_WORDS words of a spelling's length, no folding of a long message for nothing
        if (text.length() > AMONG_WORDS * (Spellings.LONGEST + 4) || words(text).length > AMONG_WORDS) {
            return false;
        }
        java.util.regex.Matcher m = PART.matcher(text);
        boolean asked = false;
        int parts = 0;
        while (m.find()) {
            String[] words = words(m.group(1));
            if (words.length == 0) {
                continue;
            }
            parts++;
            if (madeOf(words, rules)) {
                asked = true;
            } else if (!(madeOf(words, rules.present(), rules.present(), List.of(), List.of()) || tag(words, rules)
                    // "grüessech? isch da no öpper?": a first word called out, a greeting or a name
                    || parts == 1 && words.length == 1
                    || statements && !m.group(2).contains("?"))) {
                return false;
            }
        }
        return asked && parts > 1;
    }

    /** "or what" at a part's end ({@code bot.or} and a word of {@code person.present.only}): a question asking nothing. */
    private static boolean tag(String[] words, Rules rules) {
        int n = words.length;
        return n >= 2 && rules.or().contains(words[n - 2]) && rules.present().contains(words[n - 1]);
    }

    private static boolean madeOf(String[] words, Rules rules) {
        return madeOf(words, rules.present(), rules.someone(), rules.presentNear(), rules.someoneNear());
    }

    /**
     * Whether {@code words} (at most {@link #WORDS}) are all {@code allowed} or {@code needed} words, a word the lists
     * do not hold as typed read with its last letter once, and at least one is {@code needed}.
     */
    private static boolean madeOf(String[] words, Set<String> allowed, Set<String> needed) {
        return madeOf(words, allowed, needed, List.of(), List.of());
    }

    /** The same, a word neither list holds read in the spellings {@link Spellings#anyNear} allows of the lists near. */
    private static boolean madeOf(String[] words, Set<String> allowed, Set<String> needed, List<String> allowedNear,
                                  List<String> neededNear) {
        if (words.length == 0 || words.length > WORDS) {
            return false;
        }
        boolean found = false;
        for (String word : words) {
            String w = allowed.contains(word) || needed.contains(word) ? word : once(word);
            if (!allowed.contains(w) && !needed.contains(w)) {
                // "isch do öberhaupt no öpper": a listed word in a dialect's spelling
                boolean someone = Spellings.anyNear(neededNear, w) || firstVowel(neededNear, w);
                if (!someone && !Spellings.anyNear(allowedNear, w) && !firstVowel(allowedNear, w)) {
                    return false;
                }
                found |= someone;
                continue;
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
        Set<String> someone = words(lexicon, "person.present.one");
        return new Rules(lexicon.foldedWords("bot.only").isEmpty() ? Set.of() : bot,
                words(lexicon, "bot.machine", "bot.automatic"), words(lexicon, "bot.not"), words(lexicon, "bot.or"),
                present, someone, longer(present), longer(someone));
    }

    /** Whether {@code word} is a listed word with its first vowel another ("öberhaupt", folded, for "überhaupt"). */
    private static boolean firstVowel(List<String> listed, String word) {
        if (word.isEmpty() || Spellings.VOWELS.indexOf(word.charAt(0)) < 0) {
            return false;
        }
        for (String e : listed) {
            if (e.length() == word.length() && Spellings.VOWELS.indexOf(e.charAt(0)) >= 0
                    && e.regionMatches(1, word, 1, word.length() - 1)) {
                return true;
            }
        }
        return false;
    }

    /** The listed words long enough for a spelling of them to be read ({@value #NEAR_LETTERS} letters or more). */
    private static List<String> longer(Set<String> words) {
        return words.stream().filter(w -> w.length() >= NEAR_LETTERS).sorted().toList();
    }

    /** The fewest letters of a listed word read in another spelling: shorter ones are each other's ("da", "de"). */
    private static final int NEAR_LETTERS = 5;

    private static Set<String> words(Lexicon lexicon, String... keys) {
        Set<String> words = new HashSet<>();
        for (String key : keys) {
            List<String> listed = lexicon.foldedWords(key);
            words.addAll(listed);
        }
        return Set.copyOf(words);
    }
}
