package org.answerdesk.retrieval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Okapi BM25 over a fixed set of texts, in memory; the lexical half of {@link PassageIndex}. */
final class Bm25 {

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final List<Map<String, Integer>> termCounts;
    private final int[] lengths;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final double averageLength;

    Bm25(List<String> texts) {
        termCounts = texts.stream().map(Bm25::counts).toList();
        lengths = new int[texts.size()];
        long total = 0;
        for (int d = 0; d < texts.size(); d++) {
            Map<String, Integer> counts = termCounts.get(d);
            int length = counts.values().stream().mapToInt(Integer::intValue).sum();
            lengths[d] = length;
            total += length;
            counts.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
        }
        averageLength = texts.isEmpty() ? 1 : Math.max(1, (double) total / texts.size());
    }

    int size() {
        return lengths.length;
    }

    /** The score of every document for the query's distinct words. */
    double[] scores(String query) {
        double[] scores = new double[lengths.length];
        for (String term : distinctTerms(query)) {
            Integer df = documentFrequency.get(term);
            if (df == null) {
                continue;
            }
            double idf = idf(df);
            for (int d = 0; d < lengths.length; d++) {
                Integer tf = termCounts.get(d).get(term);
                if (tf != null) {
                    scores[d] += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths[d] / averageLength));
                }
            }
        }
        return scores;
    }

    /**
     * The share (0-1) of the query's information, as its words' idf, that document {@code d} contains: 1 when
     * every word of the question is in the passage, near 0 when only common words are.
     */
    double coverage(String query, int d) {
        double all = 0;
        double found = 0;
        for (String term : distinctTerms(query)) {
            double idf = idf(documentFrequency.getOrDefault(term, 0));
            all += idf;
            if (termCounts.get(d).containsKey(term)) {
                found += idf;
            }
        }
        return all == 0 ? 0 : found / all;
    }

    private double idf(int df) {
        return Math.log(1 + (lengths.length - df + 0.5) / (df + 0.5));
    }

    private static List<String> distinctTerms(String text) {
        return LexicalFeatures.words(text).stream().filter(w -> !Stopwords.is(w)).map(Bm25::stem).distinct()
                .toList();
    }

    /** Harman's S-stemmer: plurals and third persons meet their stems ("costs" finds "cost", "policies" "policy"). */
    static String stem(String w) {
        if (w.length() < 4 || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
            return w;
        }
        if (w.endsWith("ies") && !w.endsWith("eies") && !w.endsWith("aies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("es") && !w.endsWith("aes") && !w.endsWith("ees") && !w.endsWith("oes")) {
            return w.substring(0, w.length() - 1);
        }
        return w.substring(0, w.length() - 1);
    }

    private static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String w : LexicalFeatures.words(text)) {
            if (!Stopwords.is(w)) {
                counts.merge(stem(w), 1, Integer::sum);
            }
        }
        return counts;
    }
}
