package org.answerdesk.eval;

/**
 * What the retriever did with one query.
 *
 * @param inScope      the query has an FAQ entry (false: it should fall back)
 * @param rank         1-based rank of the right entry among the returned matches, 0 when absent or out of scope
 * @param confidence   the retrieval's confidence, compared with the threshold
 * @param inTopK       the retrieval's estimate that the right entry is among the choices it would offer, compared
 *                     with the clarify threshold
 * @param rightOffered the right entry is among the choices the retriever offers when it clarifies
 * @param bestCosine   the cosine of the best entry's closest phrasing (what a clarify floor is compared with)
 * @param fit          how the offered choices relate to the question (what a choice gate reads)
 */
record Outcome(boolean inScope, int rank, double confidence, double inTopK, boolean rightOffered,
               double bestCosine, ChoiceFit fit) {

    /** An outcome whose choices' fit is not known: no choice gate holds them back. */
    Outcome(boolean inScope, int rank, double confidence, double inTopK, boolean rightOffered, double bestCosine) {
        this(inScope, rank, confidence, inTopK, rightOffered, bestCosine, ChoiceFit.UNKNOWN);
    }

    /** An outcome whose best cosine is not known: no clarify floor holds it back. */
    Outcome(boolean inScope, int rank, double confidence, double inTopK, boolean rightOffered) {
        this(inScope, rank, confidence, inTopK, rightOffered, 1);
    }

    /** An outcome of the answer decision alone (never clarifies). */
    Outcome(boolean inScope, int rank, double confidence) {
        this(inScope, rank, confidence, 0, false);
    }

    boolean answeredAt(double threshold) {
        return confidence >= threshold;
    }

    /** Shown choices: not answered directly, and the right entry is probably among the choices. */
    boolean clarifiedAt(double threshold, double clarifyThreshold) {
        return !answeredAt(threshold) && inTopK >= clarifyThreshold && inTopK > 0;
    }

    /** As {@link #clarifiedAt(double, double)}, with choices shown only where the best cosine reaches {@code floor}. */
    boolean clarifiedAt(double threshold, double clarifyThreshold, double floor) {
        return clarifiedAt(threshold, clarifyThreshold) && bestCosine >= floor;
    }

    /** As {@link #clarifiedAt(double, double, double)}, and some choice passes the choice gate at {@code gate}. */
    boolean clarifiedAt(double threshold, double clarifyThreshold, double floor, double gate) {
        return clarifiedAt(threshold, clarifyThreshold, floor) && fit.anyKept(gate);
    }

    /** The right entry is among the choices the gate at {@code gate} keeps. */
    boolean rightKept(double gate) {
        return rightOffered && fit.rightKept(gate);
    }

    /** This outcome with its choices' fit. */
    Outcome with(ChoiceFit choiceFit) {
        return new Outcome(inScope, rank, confidence, inTopK, rightOffered, bestCosine, choiceFit);
    }

    boolean correct() {
        return inScope && rank == 1;
    }
}
