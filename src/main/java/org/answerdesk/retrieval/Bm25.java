package org.answerdesk.retrieval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Okapi BM25 over a fixed set of texts, in memory; the lexical half of {@link PassageIndex}. */
final class Bm25 {

    private final double k1;
    private final double b;
    private final java.util.function.UnaryOperator<String> stemmer;
    private final boolean pairs;

    private final List<Map<String, Integer>> termCounts;
    private final int[] lengths;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final double averageLength;

    /**
     * @param pairs whether adjacent words (stop words skipped) are terms too, so that a passage holding the
     *              question's words in its order ranks above one holding them scattered
     */
    Bm25(List<String> texts, double k1, double b, boolean fullStemming, boolean pairs) {
        this.k1 = k1;
        this.b = b;
        this.pairs = pairs;
        this.stemmer = fullStemming ? EnglishStemmer::stem : EnglishStemmer::plurals;
        termCounts = texts.stream().map(this::counts).toList();
        lengths = new int[texts.size()];
        long total = 0;
        for (int d = 0; d < texts.size(); d++) {
            Map<String, Integer> counts = termCounts.get(d);
            int length = counts.entrySet().stream().filter(e -> e.getKey().indexOf(' ') < 0)
                    .mapToInt(Map.Entry::getValue).sum();
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
        return scores(words(query));
    }

    /** {@link #scores(String)} for a query already split ({@link #words}). */
    double[] scores(Words query) {
        double[] scores = new double[lengths.length];
        for (String term : query.scored()) {
            Integer df = documentFrequency.get(term);
            if (df == null) {
                continue;
            }
            double idf = idf(df);
            for (int d = 0; d < lengths.length; d++) {
                Integer tf = termCounts.get(d).get(term);
                if (tf != null) {
                    scores[d] += idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * lengths[d] / averageLength));
                }
            }
        }
        return scores;
    }

    /**
     * A query split once per search: the distinct terms BM25 scores (with pairs, when the index has them), and the
     * distinct words alone (stemmed, stop words out) with their idf, which coverage weighs.
     */
    record Words(List<String> scored, List<String> terms, double[] idf, double total) {

        int count() {
            return terms.size();
        }
    }

    Words words(String query) {
        List<String> stems = stems(query);
        List<String> terms = stems.stream().distinct().toList();
        double[] idf = terms.stream().mapToDouble(t -> idf(documentFrequency.getOrDefault(t, 0))).toArray();
        double total = 0;
        for (double x : idf) {
            total += x; // summed in order, as coverage sums what it finds: every word found gives exactly 1
        }
        return new Words(withPairs(stems).stream().distinct().toList(), terms, idf, total);
    }

    /**
     * The share (0-1) of the query's information, as its words' idf, that document {@code d} contains: 1 when
     * every word of the question is in the passage, near 0 when only common words are.
     */
    double coverage(Words query, int d) {
        double found = 0;
        for (int i = 0; i < query.terms().size(); i++) {
            if (termCounts.get(d).containsKey(query.terms().get(i))) {
                found += query.idf()[i];
            }
        }
        return query.total() == 0 ? 0 : found / query.total();
    }

    private double idf(int df) {
        return Math.log(1 + (lengths.length - df + 0.5) / (df + 0.5));
    }

    private Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        withPairs(stems(text)).forEach(t -> counts.merge(t, 1, Integer::sum));
        return counts;
    }

    /** The text's words other than stop words, stemmed, in order. */
    private List<String> stems(String text) {
        return LexicalFeatures.words(text).stream().filter(w -> !Stopwords.is(w)).map(stemmer).toList();
    }

    /** The words, then (with pairs) each word joined to the next by a space. */
    private List<String> withPairs(List<String> words) {
        if (!pairs) {
            return words;
        }
        List<String> out = new java.util.ArrayList<>(words);
        for (int i = 0; i + 1 < words.size(); i++) {
            out.add(words.get(i) + ' ' + words.get(i + 1));
        }
        return out;
    }
}
