package org.answerdesk.retrieval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The lexical score of every entry for a question, fused with the head's probabilities outside the head (as the
 * knowledge passages' BM25 is fused with their cosine): the summed idf of the question's words that the entry's
 * phrasings contain, each idf relative to the highest an FAQ of this size gives (a word of one entry), so that the
 * weight means the same in an FAQ of 12 entries and of 200. Words are compared after the language's analysis ({@link
 * LexicalAnalysis}: stemmed, stop words out, accents folded); a word counts once however often it appears.
 *
 * <p>{@link #fuse} multiplies each entry's probability by {@code exp(weight * score)} and normalizes: a question that
 * shares no word with any entry keeps the head's probabilities, and the decision's models read the fused ones.
 */
final class LexicalScores {

    /** No lexical score: {@link #fuse} leaves the probabilities as they are. */
    static final LexicalScores NONE = new LexicalScores(Map.of(), 0, t -> List.of(), 0);

    /** The terms each entry's phrasings have: per term, the entries (class numbers) that have it. */
    private final Map<String, int[]> entriesOfTerm;
    private final int entries;
    private final Function<String, List<String>> analysis;
    private final double weight;
    private final double maxIdf;

    private LexicalScores(Map<String, int[]> entriesOfTerm, int entries, Function<String, List<String>> analysis,
                          double weight) {
        this.entriesOfTerm = entriesOfTerm;
        this.entries = entries;
        this.analysis = analysis;
        this.weight = weight;
        this.maxIdf = idf(1);
    }

    /**
     * @param phrasingsOfClass per entry (in the index's class order), the texts it is matched by
     * @param analysis         the language's analysis
     * @param weight           what a question word only one entry has multiplies that entry's probability by, as
     *                         {@code exp(weight)}; 0 for no lexical score
     */
    static LexicalScores over(List<List<String>> phrasingsOfClass, Function<String, List<String>> analysis,
                              double weight) {
        if (weight == 0 || phrasingsOfClass.isEmpty()) {
            return NONE;
        }
        Map<String, Set<Integer>> classes = new HashMap<>();
        for (int c = 0; c < phrasingsOfClass.size(); c++) {
            for (String p : phrasingsOfClass.get(c)) {
                for (String t : analysis.apply(p)) {
                    classes.computeIfAbsent(t, k -> new HashSet<>()).add(c);
                }
            }
        }
        Map<String, int[]> entriesOfTerm = new HashMap<>();
        classes.forEach((t, cs) -> entriesOfTerm.put(t, cs.stream().mapToInt(Integer::intValue).sorted().toArray()));
        return new LexicalScores(entriesOfTerm, phrasingsOfClass.size(), analysis, weight);
    }

    /** Each entry's score for the question (0 when it shares no word), or null when no entry shares one. */
    double[] scores(String question) {
        if (weight == 0 || question == null || question.isBlank()) {
            return null;
        }
        double[] out = null;
        for (String t : new LinkedHashSet<>(analysis.apply(question))) {
            int[] has = entriesOfTerm.get(t);
            if (has != null) {
                out = out == null ? new double[entries] : out;
                double idf = idf(has.length) / maxIdf;
                for (int c : has) {
                    out[c] += idf;
                }
            }
        }
        return out;
    }

    /**
     * Multiplies each entry's probability by {@code exp(weight * score)} and normalizes, in place; a question no
     * entry shares a word with is left as it was.
     */
    void fuse(String question, double[] probability) {
        double[] scores = scores(question);
        if (scores == null) {
            return;
        }
        double sum = 0;
        for (int c = 0; c < probability.length; c++) {
            probability[c] *= Math.exp(weight * scores[c]);
            sum += probability[c];
        }
        for (int c = 0; c < probability.length; c++) {
            probability[c] /= sum;
        }
    }

    /** BM25's idf of a word {@code df} of the entries have. */
    private double idf(int df) {
        return Math.log(1 + (entries - df + 0.5) / (df + 0.5));
    }
}
