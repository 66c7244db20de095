package org.answerdesk.eval;

import java.util.List;

/**
 * A simulated customer's dialogue with the bot over a list of outcomes: a question is answered directly (confidence
 * at the threshold), or shown choices (clarify), or handed over. Shown choices, the customer picks the right entry
 * when it is among them and "Something else" otherwise; an out-of-scope question always picks "Something else".
 *
 * @param selfServiceRate    answerable questions answered right, directly or after one pick / answerable questions
 * @param directPrecision    direct answers that were right / direct answers (answerable and not)
 * @param inScopeDirectRate  answerable questions answered right directly / answerable questions
 * @param clarifyRate        questions shown choices / all questions
 * @param oosWrongAnswerRate out-of-scope questions answered directly / out-of-scope questions
 * @param oosClarifyRate     out-of-scope questions shown choices / out-of-scope questions
 * @param meanClicks         presses per self-served answerable question: 0 when answered directly, 1 after a pick
 *                           (every question shown choices costs one press; {@code clarifyRate} counts those)
 */
record Dialogue(double threshold, double clarifyThreshold, double selfServiceRate, double directPrecision,
                double inScopeDirectRate, double clarifyRate, double oosWrongAnswerRate, double oosClarifyRate,
                double meanClicks) {

    static Dialogue of(List<Outcome> outcomes, double threshold, double clarifyThreshold) {
        return of(outcomes, threshold, clarifyThreshold, 0);
    }

    /** As {@link #of(List, double, double)}, with choices shown only where the best cosine reaches {@code floor}. */
    static Dialogue of(List<Outcome> outcomes, double threshold, double clarifyThreshold, double floor) {
        return of(outcomes, threshold, clarifyThreshold, floor, NO_GATE);
    }

    /** A choice gate that keeps every choice. */
    static final double NO_GATE = -2;

    /**
     * As {@link #of(List, double, double, double)}, with a choice shown only where it shares a content term with the
     * question or its cosine reaches {@code gate} ({@link ChoiceFit}).
     */
    static Dialogue of(List<Outcome> outcomes, double threshold, double clarifyThreshold, double floor, double gate) {
        int in = 0;
        int oos = 0;
        int direct = 0;
        int directRight = 0;
        int picked = 0;
        int clarified = 0;
        int oosDirect = 0;
        int oosClarified = 0;
        for (Outcome o : outcomes) {
            boolean answers = o.answeredAt(threshold);
            boolean clarifies = o.clarifiedAt(threshold, clarifyThreshold, floor, gate);
            direct += answers ? 1 : 0;
            directRight += answers && o.correct() ? 1 : 0;
            clarified += clarifies ? 1 : 0;
            if (o.inScope()) {
                in++;
                picked += clarifies && o.rightKept(gate) ? 1 : 0;
            } else {
                oos++;
                oosDirect += answers ? 1 : 0;
                oosClarified += clarifies ? 1 : 0;
            }
        }
        return new Dialogue(threshold, clarifyThreshold, ratio(directRight + picked, in), ratio(directRight, direct),
                ratio(directRight, in), ratio(clarified, outcomes.size()), ratio(oosDirect, oos),
                ratio(oosClarified, oos), ratio(picked, directRight + picked));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }
}
