package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Words of leave or thanks that are ordinary words inside a clause (issue 61; docs/dialogue.md, "bye55", "thanks56"):
 * pt "falou" (said), es "luego" (then), fr "soirée" (evening), it "serata", "vediamo" (let's see); en "appreciate" ("i'd
 * appreciate a refund"), pt "valeu" ("valeu a pena": it was worth it), de "dank" ("dank der Verspätung": owing to).
 *
 * <p>A word of leave so marked ({@code closing.bye.beside}) takes leave only in its set phrase or beside another word
 * of leave or thanks: a run of such words counts where the word just before or just after the run is a word of the set
 * phrases ({@code closing.bye.lead}: "hasta", "nos", "bonne", "buona", "ci"), of thanks ({@code closing.thanks}) or of
 * leave ({@code closing.bye}, {@code closed.bye}): "hasta luego", "nos vemos luego", "bonne soirée", "valeu, falou".
 *
 * <p>A word of thanks so marked ({@code closing.thanks.beside}) thanks only said alone between marks ("consegui,
 * valeu!"), or beside a word of its phrases ({@code closing.thanks.lead}: "valeu demais", "much appreciate"), of
 * thanks in closed forms or not ({@code closed.thanks}, {@code closing.thanks}: "ok valeu", "top, valeu") or of leave;
 * never with a word of {@code closing.thanks.not} up to {@value #NOT_WITHIN} words either side ("i'd appreciate it if
 * you called"), unless alone between marks.
 *
 * <p>A word of the closed forms alone ("falou!", "valeu") is read by the closed forms, not here. Every reader of the
 * thanks and goodbye lists asks here which of a message's words are strays ({@link #of}), read once per text and kept
 * with the texts the rules read lately ({@link Recent}); punctuation does not part a phrase ("valeu, falou").
 */
final class LeaveWords {

    /** How far a word of {@code closing.thanks.not} reaches: "would really appreciate", "appreciate it if". */
    static final int NOT_WITHIN = 2;
    private static final Pattern CLAUSE = Pattern.compile("[^.!?,;:\\n\\uFF1F\\u00A1\\u00BF]+");

    private record Words(List<String> beside, List<String> anchors, List<String> thanksBeside,
                         List<String> thanksAnchors, List<String> thanksNot) {

        boolean none() {
            return beside.isEmpty() && thanksBeside.isEmpty();
        }
    }

    private static final Lexicon.PerLanguage<Words> WORDS = Lexicon.perLanguage(lexicon -> {
        List<String> anchors = new ArrayList<>();
        for (String key : List.of("closing.bye.lead", "closing.thanks", "closing.bye", "closed.bye")) {
            anchors.addAll(lexicon.foldedWords(key));
        }
        List<String> thanksAnchors = new ArrayList<>();
        for (String key : List.of("closing.thanks.lead", "closing.thanks", "closed.thanks", "closing.bye",
                "closed.bye")) {
            thanksAnchors.addAll(lexicon.foldedWords(key));
        }
        return new Words(lexicon.foldedWords("closing.bye.beside"), List.copyOf(anchors),
                lexicon.foldedWords("closing.thanks.beside"), List.copyOf(thanksAnchors),
                lexicon.foldedWords("closing.thanks.not"));
    });

    private static final Recent<Leave> READ = new Recent<>(LeaveWords::read, 2_000, 1024);

    /**
     * A text's folded words ({@link ActRules#folded}, split at spaces) and which of them are words of leave or thanks
     * only in a phrase that stand outside one (true there). Shared by every reader of one text: neither array may be
     * changed.
     */
    record Leave(String[] words, boolean[] stray) {

        /**
         * Whether a word from index {@code from} on is one {@code listed} takes (a reader's list, matched as that
         * reader matches) and no stray.
         */
        boolean any(int from, Predicate<String> listed) {
            return any(from, words.length, listed);
        }

        /** The same, between {@code from} and {@code to} (exclusive). */
        boolean any(int from, int to, Predicate<String> listed) {
            for (int i = Math.max(0, from); i < Math.min(to, words.length); i++) {
                if (!stray[i] && listed.test(words[i])) {
                    return true;
                }
            }
            return false;
        }
    }

    private LeaveWords() {
    }

    /** The text read: its words and its strays, once per text and language. */
    static Leave of(String text, Locale language) {
        return READ.get(text, language);
    }

    private static Leave read(String text, Locale language) {
        String[] words = ActRules.folded(text).split(" ");
        boolean[] stray = new boolean[words.length];
        Words listed = WORDS.get(language).orElse(null);
        if (listed == null || listed.none()) {
            return new Leave(words, stray);
        }
        int[] clause = null; // each word's clause, read only when a word of thanks stands with no word of its phrase
        int i = 0;
        while (i < words.length) {
            boolean bye = Spellings.listed(listed.beside(), words[i]);
            if (!bye && !Spellings.listed(listed.thanksBeside(), words[i])) {
                i++;
                continue;
            }
            List<String> run = bye ? listed.beside() : listed.thanksBeside();
            List<String> anchors = bye ? listed.anchors() : listed.thanksAnchors();
            int end = i;
            while (end < words.length && Spellings.listed(run, words[end])) {
                end++;
            }
            boolean phrase = i > 0 && Spellings.listed(anchors, words[i - 1])
                    || end < words.length && Spellings.listed(anchors, words[end]);
            if (!bye) {
                phrase &= !near(words, i, end, listed.thanksNot());
                if (!phrase) {
                    clause = clause == null ? clauses(text, words.length) : clause;
                    phrase = alone(clause, i, end);
                }
            }
            for (int k = i; k < end; k++) {
                stray[k] = !phrase;
            }
            i = end;
        }
        return new Leave(words, stray);
    }

    /** Whether a word of {@code not} stands up to {@value #NOT_WITHIN} words before or after the run. */
    private static boolean near(String[] words, int start, int end, List<String> not) {
        for (int k = Math.max(0, start - NOT_WITHIN); k < Math.min(words.length, end + NOT_WITHIN); k++) {
            if ((k < start || k >= end) && Spellings.listed(not, words[k])) {
                return true;
            }
        }
        return false;
    }

    /** Whether the run is the whole of its clause ("consegui, valeu!"); never where the clauses are unknown. */
    private static boolean alone(int[] clause, int start, int end) {
        return clause.length > 0 && (start == 0 || clause[start - 1] != clause[start])
                && (end == clause.length || clause[end] != clause[end - 1]);
    }

    /**
     * Each word's clause (the text parted at its marks), or none where the clauses' words are not the text's (a mark
     * the folding reads otherwise).
     */
    private static int[] clauses(String text, int count) {
        int[] clause = new int[count];
        int at = 0;
        int n = 0;
        var parts = CLAUSE.matcher(text);
        while (parts.find()) {
            String folded = ActRules.folded(parts.group());
            if (folded.isBlank()) {
                continue;
            }
            int size = folded.split(" ").length;
            if (at + size > count) {
                return new int[0];
            }
            java.util.Arrays.fill(clause, at, at + size, n++);
            at += size;
        }
        return at == count ? clause : new int[0];
    }
}
