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
    /** Each document's language; {@link #ENGLISH} is analysed with this index's English stemming. */
    private final String[] languages;
    /** The analysis of each language other than English the documents are in ({@link LexicalAnalysis}). */
    private final Map<String, java.util.function.Function<String, List<String>>> analyses = new HashMap<>();

    /** The language analysed as before languages: the English stop words and stemmer. */
    static final String ENGLISH = "en";

    /**
     * @param pairs whether adjacent words (stop words skipped) are terms too, so that a passage holding the
     *              question's words in its order ranks above one holding them scattered
     */
    Bm25(List<String> texts, double k1, double b, boolean fullStemming, boolean pairs) {
        this(texts, java.util.Collections.nCopies(texts.size(), ENGLISH), k1, b, fullStemming, pairs);
    }

    /**
     * @param languages each text's language (a tag, same order): English, or a language {@link LexicalAnalysis}
     *                  analyses, whose stop words and stemmer its words and a question's words meet in
     */
    Bm25(List<String> texts, List<String> languages, double k1, double b, boolean fullStemming, boolean pairs) {
        this.k1 = k1;
        this.b = b;
        this.pairs = pairs;
        this.stemmer = fullStemming ? EnglishStemmer::stem : EnglishStemmer::plurals;
        this.languages = languages.stream().map(l -> l == null ? ENGLISH : l).toArray(String[]::new);
        for (String l : this.languages) {
            if (!l.equals(ENGLISH)) {
                analyses.computeIfAbsent(l, LexicalAnalysis::forLanguage);
            }
        }
        List<Map<String, Integer>> perText = new java.util.ArrayList<>();
        for (int d = 0; d < texts.size(); d++) {
            perText.add(counts(texts.get(d), this.languages[d]));
        }
        termCounts = perText;
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

    /** {@link #scores(String)} for a query already split ({@link #words}): each document for its language's words. */
    double[] scores(Query query) {
        double[] scores = new double[lengths.length];
        for (var language : query.byLanguage().entrySet()) {
            for (String term : language.getValue().scored()) {
                Integer df = documentFrequency.get(term);
                if (df == null) {
                    continue;
                }
                double idf = idf(df);
                for (int d = 0; d < lengths.length; d++) {
                    Integer tf = termCounts.get(d).get(term);
                    if (tf != null && languages[d].equals(language.getKey())) {
                        scores[d] += idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * lengths[d] / averageLength));
                    }
                }
            }
        }
        return scores;
    }

    /**
     * A question split once per search, in each language of the documents (a document is scored and covered by the
     * question's words in its own language).
     *
     * @param byLanguage the question's words per language of the documents
     * @param main       those of the documents' first language: how many distinct words the question has
     */
    record Query(Map<String, Words> byLanguage, Words main) {

        /** The words the question has for document {@code d}'s language. */
        Words of(String language) {
            return byLanguage.get(language);
        }

        int count() {
            return main.count();
        }
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

    Query words(String query) {
        Map<String, Words> byLanguage = new java.util.LinkedHashMap<>();
        for (String l : languages) {
            byLanguage.computeIfAbsent(l, x -> words(query, x));
        }
        Words main = languages.length == 0 ? words(query, ENGLISH) : byLanguage.get(languages[0]);
        return new Query(byLanguage, main);
    }

    private Words words(String query, String language) {
        List<String> stems = stems(query, language);
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
    double coverage(Query question, int d) {
        Words query = question.of(languages[d]);
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

    private Map<String, Integer> counts(String text, String language) {
        Map<String, Integer> counts = new HashMap<>();
        withPairs(stems(text, language)).forEach(t -> counts.merge(t, 1, Integer::sum));
        return counts;
    }

    /** The text's words other than stop words, stemmed, in order: in English as always, else the language's. */
    private List<String> stems(String text, String language) {
        if (!language.equals(ENGLISH)) {
            return analyses.get(language).apply(text);
        }
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
