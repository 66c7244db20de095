package org.answerdesk.retrieval;

import java.util.Arrays;
import java.util.List;

/** Fits {@link AnswerModel}'s weights: a weighted, regularised logistic regression over a handful of features. */
final class LogisticFit {

    private LogisticFit() {
    }

    /**
     * The weights of a logistic regression by Newton's method: the answerable and the unanswerable examples weigh
     * half each (an FAQ's own phrasings say nothing about how often customers ask off-topic questions), and a
     * Gaussian prior centred on {@code prior}, worth about {@code priorWeight} examples, keeps a small sample from
     * running away.
     */
    static double[] newton(List<AnswerModel.Example> examples, double[] prior, double priorWeight) {
        long in = examples.stream().filter(AnswerModel.Example::inScope).count();
        long out = examples.size() - in;
        double[] weight = new double[examples.size()];
        for (int e = 0; e < weight.length; e++) {
            weight[e] = examples.get(e).inScope() ? (out == 0 ? 1.0 / in : 0.5 / in) : (in == 0 ? 1.0 / out : 0.5 / out);
        }
        int k = prior.length;
        double[] w = prior.clone();
        double lambda = 0.05 * priorWeight / Math.max(1, examples.size());
        double loss = loss(examples, weight, w, lambda, prior);
        for (int iter = 0; iter < 50; iter++) {
            double[] g = new double[k];
            double[][] h = new double[k][k];
            for (int i = 0; i < k; i++) {
                g[i] = lambda * (w[i] - prior[i]);
                h[i][i] = lambda;
            }
            for (int e = 0; e < weight.length; e++) {
                double[] x = examples.get(e).features();
                double p = sigmoid(dot(w, x));
                double y = examples.get(e).correct() ? 1 : 0;
                for (int i = 0; i < k; i++) {
                    g[i] += weight[e] * (p - y) * x[i];
                    for (int j = 0; j < k; j++) {
                        h[i][j] += weight[e] * p * (1 - p) * x[i] * x[j];
                    }
                }
            }
            double[] step = solve(h, g);
            // halve the step until the loss goes down: plain Newton can overshoot on (nearly) separable examples
            double[] next = new double[k];
            double nextLoss = Double.POSITIVE_INFINITY;
            for (double t = 1; t > 1e-4; t /= 2) {
                for (int i = 0; i < k; i++) {
                    next[i] = w[i] - t * step[i];
                }
                nextLoss = loss(examples, weight, next, lambda, prior);
                if (nextLoss <= loss) {
                    break;
                }
            }
            if (!(nextLoss <= loss)) {
                break;
            }
            boolean converged = loss - nextLoss < 1e-10;
            w = next.clone();
            loss = nextLoss;
            if (converged) {
                break;
            }
        }
        return w;
    }

    private static double loss(List<AnswerModel.Example> examples, double[] weight, double[] w, double lambda,
                               double[] prior) {
        double sum = 0;
        for (int e = 0; e < weight.length; e++) {
            double z = dot(w, examples.get(e).features());
            // log(1 + exp(-z)) for a right answer, log(1 + exp(z)) for a wrong one, without overflow
            double m = examples.get(e).correct() ? -z : z;
            sum += weight[e] * (m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m)));
        }
        for (int i = 0; i < w.length; i++) {
            sum += lambda / 2 * (w[i] - prior[i]) * (w[i] - prior[i]);
        }
        return sum;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double dot(double[] w, double[] x) {
        double z = 0;
        for (int i = 0; i < w.length; i++) {
            z += w[i] * x[i];
        }
        return z;
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting ({@code a} is small and positive definite). */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                pivot = Math.abs(m[r][col]) > Math.abs(m[pivot][col]) ? r : pivot;
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            for (int r = col + 1; r < n; r++) {
                double f = m[r][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[r][c] -= f * m[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int c = r + 1; c < n; c++) {
                s -= m[r][c] * x[c];
            }
            x[r] = s / m[r][r];
        }
        return x;
    }

}
