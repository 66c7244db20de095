package org.answerdesk.retrieval;

/**
 * How {@link PassageIndex} ranks: BM25's {@code k1} and {@code b}, whether words are stemmed fully
 * ({@link EnglishStemmer}) or only their plurals folded, whether adjacent words are terms too, and in the fusion
 * (BM25's weight being 1) the dense score's weight and that of the share of the question's rare words a passage
 * holds (its coverage: BM25 rewards a passage that repeats one rare word; coverage one that holds them all).
 */
public record PassageTuning(double k1, double b, boolean fullStemming, boolean pairs, double denseWeight,
                            double coverageWeight) {

    /** The shipped settings, chosen by cross-validation over COVID-QA's articles (docs/knowledge.md). */
    public static final PassageTuning DEFAULT = new PassageTuning(0.9, 0.4, true, true, 1.5, 2);

    public PassageTuning {
        if (k1 <= 0 || b < 0 || b > 1 || denseWeight < 0 || coverageWeight < 0) {
            throw new IllegalArgumentException("bad passage tuning " + k1 + "/" + b + "/" + denseWeight + "/"
                    + coverageWeight);
        }
    }

    /** Whether the other settings rank by words alike (only the fusion's weights differ). */
    public boolean sameWords(PassageTuning other) {
        return k1 == other.k1 && b == other.b && fullStemming == other.fullStemming && pairs == other.pairs;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "k1 %.1f b %.2f %s%s dense %.2f coverage %.2f", k1, b,
                fullStemming ? "stems" : "plurals", pairs ? " pairs" : "", denseWeight, coverageWeight);
    }
}
