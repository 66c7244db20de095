package org.answerdesk.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * The estimated probability that the best entry of a ranking is the right answer, so that one threshold means the
 * same on FAQs of every size and domain. A small logistic regression over the cosines of a ranking, fitted per FAQ
 * when its index is built, from the FAQ's own phrasings: each sampled phrasing asked of the rest of the FAQ
 * (leave-one-phrasing-out: an answerable question, right or wrong at the top) and asked of the FAQ without its
 * whole entry (leave-one-entry-out: a question the FAQ cannot answer, about the same things: the hard kind).
 * Held-out questions with known answers, when there are any, join those examples. The fit is pulled towards
 * {@link #PRIOR} (about the weights such fits gave on the public data sets), so an FAQ with few phrasings still
 * gets a sane model.
 */
final class AnswerModel {

    /** One question's ranking in the model's terms, and whether its best entry was right. */
    record Example(double[] features, boolean correct, boolean inScope) {
    }

    /**
     * Phrasings asked of the rest of the FAQ when fitting; fewer in a large FAQ (each is compared with every
     * phrasing) so that the model costs about as much as {@link #LARGE_BUDGET} dot products there.
     */
    static final int SAMPLE = 1000;
    static final int MIN_SAMPLE = 200;
    static final long LARGE_BUDGET = 2_000_000;
    /** How strongly the fit is pulled towards the prior: worth about this many examples. */
    static final double PRIOR_WEIGHT = 20;
    static final double[] PRIOR = {-14, 10, 40, 8};
    /**
     * How the FAQ's own model and the answer model's probability for the best entry combine: bias, weight of the
     * FAQ model's log-odds, weight of the log probability. Fitted by logistic regression on the {@code cv} command's
     * five regimes (every query of every fold, answerable and unanswerable weighing half each in every regime);
     * fitted on four regimes and judged on the fifth, in turn, the means at the default threshold came out within a
     * point of precision and 2.3 points of out-of-scope recall of the fit on all five.
     * The FAQ's own model gets a small weight: its phrasings are closer to each other than customers' questions are
     * to them, so it mostly tells questions of no entry from the rest.
     */
    static final double[] STACK = {1.3068, 0.2118, 1.5438};
    private static final long SEED = 42;

    static final AnswerModel DEFAULT = new AnswerModel(PRIOR);

    private final double[] weights;

    private AnswerModel(double[] weights) {
        this.weights = weights;
    }

    /**
     * The model's inputs for a ranking: a bias, the cosine of the chosen entry's closest phrasing, its margin over
     * the closest phrasing of any other entry, and the cosine of the chosen entry's second closest phrasing (the
     * closest again when it has one), which tells a question near a whole entry from one near a single phrasing.
     */
    static double[] features(double best, double second, double other) {
        return new double[] {1, best, best - Math.max(-1, other), second};
    }

    /** The FAQ's own model alone: the probability that a ranking with these cosine features is right. */
    double probability(double[] x) {
        return 1 / (1 + Math.exp(-logit(x)));
    }

    /**
     * The confidence of a ranking: the FAQ's own model's log-odds combined with the log of the probability the
     * answer model (the softmax head) gives the best entry, by {@link #STACK}.
     */
    double probability(double[] x, double topProbability) {
        double z = STACK[0] + STACK[1] * logit(x) + STACK[2] * Math.log(Math.max(1e-12, topProbability));
        return 1 / (1 + Math.exp(-z));
    }

    private double logit(double[] x) {
        double z = 0;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * x[i];
        }
        return z;
    }

    /**
     * Fits the model for an FAQ of {@code rows} phrasings in {@code classes} entries.
     *
     * @param cosinesOf the cosines of one phrasing to every phrasing of the FAQ
     * @param extra     held-out questions ranked by the index (may be empty)
     * @param fitRows   the phrasings that may be asked (a sample of them is)
     */
    static AnswerModel fit(int rows, int[] classOfRow, int classes, IntFunction<double[]> cosinesOf,
                           List<Example> extra, int[] fitRows) {
        List<Example> examples = new ArrayList<>(extra);
        int[] perClass = new int[classes];
        for (int c : classOfRow) {
            perClass[c]++;
        }
        for (int r : sampledRows(rows, fitRows)) {
            double[] cos = cosinesOf.apply(r);
            double[] best = new double[classes];
            double[] second = new double[classes];
            Arrays.fill(best, Double.NEGATIVE_INFINITY);
            Arrays.fill(second, Double.NEGATIVE_INFINITY);
            for (int o = 0; o < rows; o++) {
                if (o == r) {
                    continue;
                }
                int c = classOfRow[o];
                if (cos[o] > best[c]) {
                    second[c] = best[c];
                    best[c] = cos[o];
                } else if (cos[o] > second[c]) {
                    second[c] = cos[o];
                }
            }
            int own = classOfRow[r];
            if (perClass[own] > 1) {
                examples.add(example(best, second, -1, own, true));
            }
            if (classes > 1) {
                examples.add(example(best, second, own, own, false));
            }
        }
        return examples.isEmpty() ? DEFAULT : new AnswerModel(LogisticFit.newton(examples, PRIOR, PRIOR_WEIGHT));
    }

    /** The example for a question whose right class is {@code own}, asked of an FAQ without class {@code skip}. */
    private static Example example(double[] best, double[] second, int skip, int own, boolean inScope) {
        int top = -1;
        for (int c = 0; c < best.length; c++) {
            if (c != skip && best[c] > Double.NEGATIVE_INFINITY && (top < 0 || best[c] > best[top])) {
                top = c;
            }
        }
        double other = -1;
        for (int c = 0; c < best.length; c++) {
            if (c != skip && c != top) {
                other = Math.max(other, best[c]);
            }
        }
        double s = second[top] > Double.NEGATIVE_INFINITY ? second[top] : best[top];
        return new Example(features(best[top], s, other), inScope && top == own, inScope);
    }

    /** The phrasings asked when fitting an FAQ of {@code rows} phrasings: a fixed sample of {@code fitRows}. */
    static int[] sampledRows(int rows, int[] fitRows) {
        int limit = rows > FaqIndex.EXACT_LIMIT ? (int) Math.max(MIN_SAMPLE, LARGE_BUDGET / rows) : SAMPLE;
        return sample(fitRows, limit);
    }

    /** Up to {@code limit} of the rows, a fixed random choice so that the same FAQ gets the same model. */
    private static int[] sample(int[] rows, int limit) {
        int[] all = rows.clone();
        if (all.length <= limit) {
            return all;
        }
        Random random = new Random(SEED);
        for (int i = 0; i < limit; i++) {
            int j = i + random.nextInt(all.length - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return Arrays.copyOf(all, limit);
    }
}
