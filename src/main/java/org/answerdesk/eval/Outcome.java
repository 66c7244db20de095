package org.answerdesk.eval;

/**
 * What the retriever did with one query.
 *
 * @param inScope    the query has an FAQ entry (false: it should fall back)
 * @param rank       1-based rank of the right entry among the returned matches, 0 when absent or out of scope
 * @param confidence the retrieval's confidence, compared with the threshold
 */
record Outcome(boolean inScope, int rank, double confidence) {

    boolean answeredAt(double threshold) {
        return confidence >= threshold;
    }

    boolean correct() {
        return inScope && rank == 1;
    }
}
