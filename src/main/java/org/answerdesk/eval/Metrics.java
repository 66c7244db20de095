package org.answerdesk.eval;

import java.util.ArrayList;
import java.util.List;

/** Ranking quality and the answer-or-fall-back decision over a list of outcomes. */
record Metrics(int queries, int inScope, int outOfScope, double top1, double hitAt5, double mrr) {

    /** The decision at one threshold. {@code oosRecall} is NaN when there are no out-of-scope queries. */
    record AtThreshold(double threshold, double answeredRate, double answeredPrecision, double oosRecall,
                       double inScopeAccuracy) {
    }

    static Metrics of(List<Outcome> outcomes) {
        int in = 0;
        int top1 = 0;
        int hit5 = 0;
        double rr = 0;
        for (Outcome o : outcomes) {
            if (o.inScope()) {
                in++;
                top1 += o.rank() == 1 ? 1 : 0;
                hit5 += o.rank() >= 1 && o.rank() <= 5 ? 1 : 0;
                rr += o.rank() >= 1 ? 1.0 / o.rank() : 0;
            }
        }
        return new Metrics(outcomes.size(), in, outcomes.size() - in, ratio(top1, in), ratio(hit5, in), in == 0 ? Double.NaN : rr / in);
    }

    static AtThreshold at(List<Outcome> outcomes, double threshold) {
        int answered = 0;
        int answeredRight = 0;
        int oos = 0;
        int oosRejected = 0;
        int in = 0;
        for (Outcome o : outcomes) {
            boolean answers = o.answeredAt(threshold);
            answered += answers ? 1 : 0;
            answeredRight += answers && o.correct() ? 1 : 0;
            if (o.inScope()) {
                in++;
            } else {
                oos++;
                oosRejected += answers ? 0 : 1;
            }
        }
        return new AtThreshold(threshold, ratio(answered, outcomes.size()), ratio(answeredRight, answered),
                ratio(oosRejected, oos), ratio(answeredRight, in));
    }

    /** Thresholds of the printed sweep: fine near 0, where the calibrated confidence of the retriever is decided. */
    static final double[] SWEEP = {0.01, 0.02, 0.03, 0.04, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

    static List<AtThreshold> sweep(List<Outcome> outcomes, double[] thresholds) {
        List<AtThreshold> out = new ArrayList<>();
        for (double t : thresholds) {
            out.add(at(outcomes, t));
        }
        return out;
    }

    /** The decision at thresholds {@code from, from + step, ... <= to}. */
    static List<AtThreshold> sweep(List<Outcome> outcomes, double from, double to, double step) {
        List<AtThreshold> out = new ArrayList<>();
        for (int i = 0; from + i * step <= to + 1e-9; i++) {
            out.add(at(outcomes, Math.round((from + i * step) * 1000) / 1000.0));
        }
        return out;
    }

    /**
     * The lowest threshold (on a 0.005 grid) at which the answers are at least {@code targetPrecision} precise, i.e.
     * the one that answers most while meeting the target; null when no threshold reaches it.
     */
    static Double recommend(List<Outcome> outcomes, double targetPrecision) {
        for (AtThreshold t : sweep(outcomes, 0, 1, 0.005)) {
            if (t.answeredRate() > 0 && t.answeredPrecision() >= targetPrecision) {
                return t.threshold();
            }
        }
        return null;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }
}
