package org.answerdesk.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The estimated probability that the right entry is among the top k of a ranking: what the clarify decision ("did
 * you mean") is made on, as {@link AnswerModel} estimates that the best entry is right. A logistic regression over
 * the cosines of a ranking, fitted per FAQ and per k (1 to {@link #MAX_K}) when its index is built, from the FAQ's
 * own phrasings: each sampled phrasing asked of the rest of the FAQ (answerable: is its entry among the k entries
 * whose closest phrasings are closest?) and of the FAQ without its whole entry (unanswerable: never), pulled towards
 * {@link #PRIOR}; combined with the softmax head's probability mass on the top k entries by {@link #STACK}.
 */
final class ChoiceModel {

    /** The largest number of choices a model is fitted for. */
    static final int MAX_K = 5;
    /** Bias, best cosine, k-th best cosine, the k-th best's margin over the next one. */
    static final double[] PRIOR = {-9, 14, 0, 0};
    /**
     * How the FAQ's own model and the head's top-k probability mass combine: bias, weight of the model's log-odds,
     * weight of the log mass. The head's mass is not in the per-FAQ fit because the head was trained on the very
     * phrasings asked there. Fitted by logistic regression (k = 3) on the questions the {@code cv} command's
     * regimes hwu-5shot, b77-10shot, multi-5shot and sample do not answer directly (label: the right entry is among
     * the choices offered; answerable and unanswerable weighing half each in every regime).
     */
    static final double[] STACK = {1.9101, 0.4891, 2.1447};

    static final ChoiceModel DEFAULT = new ChoiceModel(repeat(PRIOR));

    private final double[][] weights; // by k - 1

    private ChoiceModel(double[][] weights) {
        this.weights = weights;
    }

    /** The inputs for the top k of a ranking: the cosines of the entries' closest phrasings, best first. */
    static double[] features(double[] cosinesDescending, int k) {
        int n = cosinesDescending.length;
        double best = n == 0 ? -1 : cosinesDescending[0];
        double kth = n == 0 ? -1 : cosinesDescending[Math.min(k, n) - 1];
        double next = k < n ? cosinesDescending[k] : -1;
        return new double[] {1, best, kth, kth - next};
    }

    /** The probability that the right entry is among the top {@code k} (1 when the FAQ has at most k entries). */
    double probability(double[] cosinesDescending, int k, double topKMass) {
        int kk = Math.max(1, Math.min(MAX_K, k));
        double[] w = weights[kk - 1];
        double[] x = features(cosinesDescending, kk);
        double z = 0;
        for (int i = 0; i < w.length; i++) {
            z += w[i] * x[i];
        }
        double s = STACK[0] + STACK[1] * z + STACK[2] * Math.log(Math.max(1e-12, topKMass));
        return 1 / (1 + Math.exp(-s));
    }

    /**
     * Fits the models for an FAQ of {@code rows} phrasings in {@code classes} entries from the same sampled phrasings
     * {@link AnswerModel} asks (see there for the arguments).
     */
    static ChoiceModel fit(int rows, int[] classOfRow, int classes, IntFunction<double[]> cosinesOf, int[] sampled) {
        List<List<AnswerModel.Example>> examples = new ArrayList<>();
        for (int k = 1; k <= MAX_K; k++) {
            examples.add(new ArrayList<>());
        }
        int[] perClass = new int[classes];
        for (int c : classOfRow) {
            perClass[c]++;
        }
        for (int r : sampled) {
            double[] cos = cosinesOf.apply(r);
            double[] best = new double[classes];
            Arrays.fill(best, Double.NEGATIVE_INFINITY);
            for (int o = 0; o < rows; o++) {
                if (o != r) {
                    best[classOfRow[o]] = Math.max(best[classOfRow[o]], cos[o]);
                }
            }
            int own = classOfRow[r];
            if (perClass[own] > 1) {
                double[] sorted = descending(best, -1);
                int rank = 1;
                for (double b : sorted) {
                    rank += b > best[own] ? 1 : 0;
                }
                for (int k = 1; k <= MAX_K; k++) {
                    examples.get(k - 1).add(new AnswerModel.Example(features(sorted, k), rank <= k, true));
                }
            }
            if (classes > 1) {
                double[] sorted = descending(best, own);
                for (int k = 1; k <= MAX_K; k++) {
                    examples.get(k - 1).add(new AnswerModel.Example(features(sorted, k), false, false));
                }
            }
        }
        double[][] w = new double[MAX_K][];
        for (int k = 1; k <= MAX_K; k++) {
            List<AnswerModel.Example> e = examples.get(k - 1);
            w[k - 1] = e.isEmpty() ? PRIOR : LogisticFit.newton(e, PRIOR, AnswerModel.PRIOR_WEIGHT);
        }
        return new ChoiceModel(w);
    }

    /** The finite values of {@code best} but the {@code skip}th, highest first. */
    private static double[] descending(double[] best, int skip) {
        double[] out = new double[best.length];
        int n = 0;
        for (int c = 0; c < best.length; c++) {
            if (c != skip && best[c] > Double.NEGATIVE_INFINITY) {
                out[n++] = -best[c];
            }
        }
        out = Arrays.copyOf(out, n);
        Arrays.sort(out);
        for (int i = 0; i < n; i++) {
            out[i] = -out[i];
        }
        return out;
    }

    private static double[][] repeat(double[] w) {
        double[][] out = new double[MAX_K][];
        Arrays.fill(out, w);
        return out;
    }
}
