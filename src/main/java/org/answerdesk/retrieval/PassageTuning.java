package org.answerdesk.retrieval;

/**
 * How {@link PassageIndex} ranks: BM25's {@code k1} and {@code b}, whether words are stemmed fully
 * ({@link EnglishStemmer}) or only their plurals folded, whether adjacent words are terms too, and the dense
 * score's weight in the fusion (BM25's being 1).
 */
public record PassageTuning(double k1, double b, boolean fullStemming, boolean pairs, double denseWeight) {

    /** The shipped settings, chosen by cross-validation over COVID-QA's articles (docs/knowledge.md). */
    public static final PassageTuning DEFAULT = new PassageTuning(0.9, 0.4, true, true, 0.7);

    public PassageTuning {
        if (k1 <= 0 || b < 0 || b > 1 || denseWeight < 0) {
            throw new IllegalArgumentException("bad passage tuning " + k1 + "/" + b + "/" + denseWeight);
        }
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "k1 %.1f b %.2f %s%s dense %.2f", k1, b,
                fullStemming ? "stems" : "plurals", pairs ? " pairs" : "", denseWeight);
    }
}
