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
        double[] scores = new double[lengths.length];
        for (String term : queryTerms(query)) {
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
     * The share (0-1) of the query's information, as its words' idf, that document {@code d} contains: 1 when
     * every word of the question is in the passage, near 0 when only common words are.
     */
    double coverage(String query, int d) {
        return coverage(distinctTerms(query), d);
    }

    /** {@link #coverage(String, int)} for the query's {@link #distinctTerms}, worked out once for many documents. */
    double coverage(List<String> queryTerms, int d) {
        double all = 0;
        double found = 0;
        for (String term : queryTerms) {
            double idf = idf(documentFrequency.getOrDefault(term, 0));
            all += idf;
            if (termCounts.get(d).containsKey(term)) {
                found += idf;
            }
        }
        return all == 0 ? 0 : found / all;
    }

    /** How many distinct words of the query (stemmed, stop words out) the scores and coverage weigh. */
    int distinctWords(String query) {
        return distinctTerms(query).size();
    }

    private double idf(int df) {
        return Math.log(1 + (lengths.length - df + 0.5) / (df + 0.5));
    }

    /** The query's distinct stemmed words other than stop words (no pairs): what coverage weighs. */
    List<String> distinctTerms(String text) {
        return LexicalFeatures.words(text).stream().filter(w -> !Stopwords.is(w)).map(stemmer).distinct()
                .toList();
    }

    private List<String> queryTerms(String text) {
        return terms(text).stream().distinct().toList();
    }

    private Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        terms(text).forEach(t -> counts.merge(t, 1, Integer::sum));
        return counts;
    }

    /** The stemmed words other than stop words, then (with pairs) each word joined to the next by a space. */
    private List<String> terms(String text) {
        List<String> words = LexicalFeatures.words(text).stream().filter(w -> !Stopwords.is(w)).map(stemmer).toList();
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
