package org.answerdesk.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Articles dealt into folds (shuffled by a fixed seed) and the per-fold statistics of {@code eval --knowledge}: a
 * setting is chosen on the questions of the other folds and scored on the held-out fold's.
 */
final class ArticleFolds {

    /** A rate per fold with its mean, sample standard deviation and the rate over all held-out questions. */
    record Rates(double[] perFold, double pooled) {

        double mean() {
            return java.util.Arrays.stream(perFold).average().orElse(0);
        }

        double sd() {
            double m = mean();
            double s = java.util.Arrays.stream(perFold).map(x -> (x - m) * (x - m)).sum();
            return perFold.length < 2 ? 0 : Math.sqrt(s / (perFold.length - 1));
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.3f ± %.3f", mean(), sd());
        }
    }

    private final int folds;
    private final int[] foldOfArticle;

    ArticleFolds(int articles, int folds, long seed) {
        this.folds = folds;
        List<Integer> order = new ArrayList<>(IntStream.range(0, articles).boxed().toList());
        Collections.shuffle(order, new Random(seed));
        foldOfArticle = new int[articles];
        for (int i = 0; i < articles; i++) {
            foldOfArticle[order.get(i)] = i % folds;
        }
    }

    int folds() {
        return folds;
    }

    int of(int article) {
        return foldOfArticle[article];
    }

    /**
     * The index of the candidate scoring best on the questions kept by {@code use}, each candidate giving each
     * question a score (e.g. 2 for a first-place hit, 1 for a top-five hit); the first on ties.
     */
    static int best(List<int[]> scoresPerCandidate, IntPredicate use) {
        int best = 0;
        long bestSum = Long.MIN_VALUE;
        for (int c = 0; c < scoresPerCandidate.size(); c++) {
            int[] s = scoresPerCandidate.get(c);
            long sum = IntStream.range(0, s.length).filter(use).mapToLong(q -> s[q]).sum();
            if (sum > bestSum) {
                bestSum = sum;
                best = c;
            }
        }
        return best;
    }

    /** Per fold, the share of its questions for which {@code hit} holds, and the share over all questions. */
    static Rates rates(int folds, int[] foldOfQuestion, IntPredicate hit) {
        double[] perFold = new double[folds];
        int all = 0;
        for (int f = 0; f < folds; f++) {
            int n = 0;
            int h = 0;
            for (int q = 0; q < foldOfQuestion.length; q++) {
                if (foldOfQuestion[q] == f) {
                    n++;
                    h += hit.test(q) ? 1 : 0;
                }
            }
            perFold[f] = n == 0 ? 0 : (double) h / n;
            all += h;
        }
        return new Rates(perFold, (double) all / foldOfQuestion.length);
    }
}
