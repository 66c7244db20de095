package org.answerdesk.dialogue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What says, in a message after an answer, that it may go on from that answer although it is longer than
 * {@link TopicFollowUp}'s cue or names a word of its own: a word that points back at what was just talked about ("can
 * I use <i>one</i> on sale items?", "<i>il</i> est gros", "a printer <i>tho</i>"; {@code topic.back} in a lexicon,
 * English's below), and whether it asks at all (a question mark, or a question's first words: {@code asks}). A report
 * that does neither ("the tracking hasn't updated in 5 days") is left to the rule for an answer that did not help.
 */
final class FollowUpCue {

    /** The longest message (in words, cleaned) read with the answer before it this way. */
    static final int LONGEST = 12;

    private static final Map<String, Set<String>> BACK_BY_LANGUAGE = backByLanguage();
    private static final Map<String, Pattern> ASKS_BY_LANGUAGE = asksByLanguage();
    /**
     * Each language's words that ask wherever they stand ({@code asks.inside}), read as written (lower case): "où"
     * asks, "ou" does not. English: "how much", "how long".
     */
    private static final Map<String, Pattern> ASKS_INSIDE = asksInside();
    /** Each language's question words that ask at the end of a clause too ({@code asks.last}), folded. */
    private static final Map<String, Pattern> ASKS_LAST = asksLast();
    /** Each language's openers that ask of a case ({@code asks.if}), folded. */
    private static final Map<String, Pattern> ASKS_IF = asksIfByLanguage();
    /** Each language's bare acknowledgements ({@code ack.bare}: "ok", "passt", "vale") with what follows them, folded. */
    private static final Map<String, Pattern> ACK = ackByLanguage();

    private FollowUpCue() {
    }

    /** Whether the message has a word that points back at the answer before it. */
    static boolean pointsBack(String message, Locale language) {
        Set<String> back = BACK_BY_LANGUAGE.getOrDefault(Lexicon.code(language), Set.of());
        return Arrays.stream(Noise.words(Lexicon.fold(message.toLowerCase(Locale.ROOT))).split(" "))
                .anyMatch(back::contains);
    }

    /**
     * Whether the message asks: a question mark, a question's first words in its language, or a word that asks
     * wherever it stands ("vous venez en combien de temps a villeurbanne", "c'est combien").
     */
    static boolean asks(String message, Locale language) {
        Pattern asks = ASKS_BY_LANGUAGE.get(Lexicon.code(language));
        Pattern inside = ASKS_INSIDE.get(Lexicon.code(language));
        String folded = Lexicon.fold(message.strip().toLowerCase(Locale.ROOT));
        // "ok what else can i use then": a question's first words after a bare acknowledgement ask too
        String afterAck = afterAck(folded, language);
        // "en hoe rap is da klaar": a question's first words after a leading "and" ask too
        return message.contains("?") || message.contains("？") || asks != null && (asks.matcher(folded).find()
                || asks.matcher(Parts.withoutAnd(folded, language)).find()
                || !afterAck.equals(folded) && (asks.matcher(afterAck).find()
                        || asks.matcher(Parts.withoutAnd(afterAck, language)).find()))
                || inside != null && inside.matcher(message.toLowerCase(Locale.ROOT)).find();
    }

    /** {@code folded} less a leading bare acknowledgement and the marks after it ("ok. ", "passt, "), else itself. */
    static String afterAck(String folded, Locale language) {
        Pattern ack = ACK.get(Lexicon.code(language));
        return ack == null ? folded : ack.matcher(folded).replaceFirst("");
    }

    /**
     * Whether the message opens by asking of a case ({@code asks.if}: "if", "und wenn", "et si", "y si", "se", "en
     * als", after a leading "and" too): it asks, with or without a question mark.
     */
    static boolean asksIf(String message, Locale language) {
        Pattern asksIf = ASKS_IF.get(Lexicon.code(language));
        String folded = Lexicon.fold(message.strip().toLowerCase(Locale.ROOT));
        return asksIf != null && (asksIf.matcher(folded).find()
                || asksIf.matcher(Parts.withoutAnd(folded, language)).find());
    }

    /**
     * Whether the message ends in a question's word ({@code asks.last}: "on s'inscrit comment", "et c'est ouvert
     * quand"): it asks by that word, not by its first words alone, which a statement shares ("je voudrais ...", "devo
     * ..."). A word that asks inside ("cuanto y cuando me la sueltan") may ask more of the question before it.
     */
    static boolean endsAsking(String message, Locale language) {
        Pattern asks = ASKS_LAST.get(Lexicon.code(language));
        String[] words = Noise.words(Lexicon.fold(message.strip().toLowerCase(Locale.ROOT))).strip().split("\\s+");
        String last = words[words.length - 1];
        return asks != null && !last.isEmpty() && asks.matcher(last).matches();
    }

    /**
     * Whether a clause of the message (the words between ",", ".", ";", ":", "!" and "?") opens with a question's word
     * ({@code asks.last}: "how", "wann", "où"): it asks for a thing (a way, a time, a place), not for a yes or a no.
     */
    static boolean clauseOpensAsking(String message, Locale language) {
        Pattern asks = ASKS_LAST.get(Lexicon.code(language));
        if (asks == null) {
            return false;
        }
        for (String clause : Lexicon.fold(message.toLowerCase(Locale.ROOT)).split("[,.;:!?\u00bf\u00a1]")) {
            String first = Noise.words(clause).strip().split("\\s+")[0];
            if (!first.isEmpty() && asks.matcher(first).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of {@code question} for a lookup when it is a short follow-up of one part (a continuation, "and …",
     * may run to {@link #LONGEST} words), else empty.
     */
    static Optional<String> shortLookup(String question, Locale lang) {
        String lookup = Cleanup.forLookup(question, lang);
        int words = FreeFormActs.words(Noise.words(lookup));
        if (lookup.isBlank() || Parts.of(question, lang).size() > 1 || words > LONGEST
                || words > TopicFollowUp.WORDS && !Parts.continues(question, lang)) {
            return Optional.empty();
        }
        return Optional.of(lookup);
    }

    /** Whether a message of {@code lookup} (cleaned) may be a follow-up of the answer before it. */
    static boolean may(String message, String lookup, Locale language) {
        return !lookup.isBlank() && Noise.words(lookup).strip().split("\\s+").length <= LONGEST
                && (pointsBack(message, language) || asks(message, language) || Parts.continues(message, language));
    }

    private static Map<String, Set<String>> backByLanguage() {
        Map<String, Set<String>> back = new HashMap<>();
        Lexicon.shipped().forEach((language, lexicon) -> back.put(language, Set.copyOf(List.of(Lexicon.fold(
                lexicon.words("topic.back").toLowerCase(Locale.ROOT)).split("\\s+")))));
        return Map.copyOf(back);
    }

    private static Map<String, Pattern> asksByLanguage() {
        Map<String, Pattern> asks = new HashMap<>();
        Lexicon.shipped().forEach((language, lexicon) -> lexicon.alternatives("asks")
                .ifPresent(a -> asks.put(language, opening(Lexicon.fold(a.toLowerCase(Locale.ROOT))))));
        return Map.copyOf(asks);
    }

    private static Map<String, Pattern> asksInside() {
        Map<String, Pattern> inside = new HashMap<>();
        Lexicon.shipped().forEach((language, lexicon) -> lexicon.alternatives("asks.inside").ifPresent(a -> inside.put(
                language, Pattern.compile("(?<![\\p{L}'])" + a.toLowerCase(Locale.ROOT) + "(?![\\p{L}'])"))));
        return Map.copyOf(inside);
    }

    private static Map<String, Pattern> asksLast() {
        Map<String, Pattern> last = new HashMap<>();
        Lexicon.shipped().forEach((language, lexicon) -> lexicon.alternatives("asks.last").ifPresent(a -> last.put(
                language, Pattern.compile(Lexicon.fold(a.toLowerCase(Locale.ROOT))))));
        return Map.copyOf(last);
    }

    private static Map<String, Pattern> asksIfByLanguage() {
        Map<String, Pattern> asksIf = new HashMap<>();
        Lexicon.shipped().forEach((language, lexicon) -> lexicon.alternatives("asks.if")
                .ifPresent(a -> asksIf.put(language, opening(Lexicon.fold(a.toLowerCase(Locale.ROOT))))));
        return Map.copyOf(asksIf);
    }

    private static Map<String, Pattern> ackByLanguage() {
        Map<String, Pattern> ack = new HashMap<>();
        Lexicon.shipped().forEach((language, lexicon) -> {
            List<String> words = quoted(lexicon.foldedWords("ack.bare"));
            List<String> with = quoted(lexicon.foldedWords("ack.with"));
            if (!words.isEmpty()) {
                // "ok so when ...": one of ack.with's small words may follow the acknowledgement
                String after = with.isEmpty() ? "" : "(?:(?:" + String.join("|", with) + ")(?![\\p{L}'])[\\s,.;:!]*)?";
                ack.put(language, Pattern.compile("^(?:" + String.join("|", words) + ")(?![\\p{L}'])[\\s,.;:!]*"
                        + after));
            }
        });
        return Map.copyOf(ack);
    }

    private static List<String> quoted(List<String> words) {
        return words.stream().filter(w -> !w.isBlank()).map(Pattern::quote).toList();
    }

    private static Pattern opening(String alternatives) {
        return Pattern.compile("^(?:" + alternatives + ")(?![\\p{L}'])");
    }
}
