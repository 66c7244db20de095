package org.answerdesk.retrieval;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What answering at a threshold would do, from questions whose right answer is known: held-out phrasings of the
 * FAQ (in scope) and phrasings of entries the index was built without (out of scope). Used by the FAQ health
 * report and by anything that changes the scores (a re-trained model) to pick the threshold again.
 */
public final class Calibration {

    /**
     * One question asked of an index.
     *
     * @param confidence the retriever's confidence for it
     * @param inScope    whether the FAQ has an entry that answers it
     * @param correct    whether the retriever's best entry is that entry (always false out of scope)
     * @param inTopK     the retriever's estimate that the right entry is among its choices
     * @param offered    whether the right entry is among the choices the retriever would offer
     */
    public record Trial(double confidence, boolean inScope, boolean correct, double inTopK, boolean offered) {

        /** A trial of the answer decision alone. */
        public Trial(double confidence, boolean inScope, boolean correct) {
            this(confidence, inScope, correct, 0, false);
        }
    }

    /**
     * What the clarify decision adds at a threshold and clarify threshold, the customer picking the right entry
     * whenever it is offered.
     *
     * @param clarifyRate           the share of all questions shown choices
     * @param selfServiceRate       the share of answerable questions answered right, directly or after a pick
     * @param outOfScopeClarifyRate the share of unanswerable questions shown choices (1 - recall - this: answered)
     */
    public record Clarify(double threshold, double clarifyThreshold, double clarifyRate, double selfServiceRate,
                          double outOfScopeClarifyRate) {
    }

    /**
     * The outcome at one threshold.
     *
     * @param precision         the share of answers given that were right (1 when nothing is answered)
     * @param inScopeAccuracy   the share of answerable questions answered, and right
     * @param outOfScopeRecall  the share of unanswerable questions left to the fallback (1 when there are none)
     * @param answered          the share of all questions answered
     */
    public record Point(double threshold, double precision, double inScopeAccuracy, double outOfScopeRecall,
                        double answered) {
    }

    private final Trial[] trials; // by confidence, highest first
    private final int inScope;

    public Calibration(List<Trial> trials) {
        this.trials = trials.toArray(Trial[]::new);
        Arrays.sort(this.trials, Comparator.comparingDouble(Trial::confidence).reversed());
        this.inScope = (int) trials.stream().filter(Trial::inScope).count();
    }

    public int size() {
        return trials.length;
    }

    /** How many of the questions had no right answer in the FAQ. */
    public int outOfScopeCount() {
        return trials.length - inScope;
    }

    /** The share of in-scope questions whose best entry is right, whatever the threshold. */
    public double top1() {
        long right = Arrays.stream(trials).filter(Trial::correct).count();
        return inScope == 0 ? 0 : (double) right / inScope;
    }

    public Point at(double threshold) {
        int answered = 0;
        int right = 0;
        int outAnswered = 0;
        for (Trial t : trials) {
            if (t.confidence() < threshold) {
                break;
            }
            answered++;
            right += t.correct() ? 1 : 0;
            outAnswered += t.inScope() ? 0 : 1;
        }
        return point(threshold, answered, right, outAnswered);
    }

    /**
     * The lowest threshold whose answers are right at least {@code precision} of the time, so as many questions
     * as that precision allows are answered; empty when no threshold reaches it.
     */
    public OptionalDouble thresholdFor(double precision) {
        int answered = 0;
        int right = 0;
        Double best = null;
        for (int i = 0; i < trials.length; i++) {
            answered++;
            right += trials[i].correct() ? 1 : 0;
            boolean lastOfTie = i + 1 == trials.length || trials[i + 1].confidence() < trials[i].confidence();
            if (lastOfTie && (double) right / answered >= precision) {
                best = trials[i].confidence();
            }
        }
        return best == null ? OptionalDouble.empty() : OptionalDouble.of(best);
    }

    public Clarify clarify(double threshold, double clarifyThreshold) {
        int clarified = 0;
        int resolved = 0;
        int outClarified = 0;
        for (Trial t : trials) {
            boolean answers = t.confidence() >= threshold;
            boolean clarifies = !answers && t.inTopK() > 0 && t.inTopK() >= clarifyThreshold;
            clarified += clarifies ? 1 : 0;
            resolved += answers && t.correct() || clarifies && t.offered() ? 1 : 0;
            outClarified += clarifies && !t.inScope() ? 1 : 0;
        }
        int outOfScope = trials.length - inScope;
        return new Clarify(threshold, clarifyThreshold, trials.length == 0 ? 0 : (double) clarified / trials.length,
                inScope == 0 ? 0 : (double) resolved / inScope,
                outOfScope == 0 ? 0 : (double) outClarified / outOfScope);
    }

    private Point point(double threshold, int answered, int right, int outAnswered) {
        int outOfScope = trials.length - inScope;
        return new Point(threshold,
                answered == 0 ? 1 : (double) right / answered,
                inScope == 0 ? 0 : (double) right / inScope,
                outOfScope == 0 ? 1 : 1 - (double) outAnswered / outOfScope,
                trials.length == 0 ? 0 : (double) answered / trials.length);
    }
}
