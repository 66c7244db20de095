package org.answerdesk.retrieval;

import java.util.List;
import java.util.Optional;

/**
 * The passages closest to a question, best first, and the calibrated probability that the best one answers it.
 *
 * @param threshold the probability at or above which the best passage is offered as the answer
 */
public record PassageRetrieval(List<PassageIndex.Ranked> ranked, double confidence, double threshold) {

    public PassageRetrieval {
        ranked = List.copyOf(ranked);
    }

    public Optional<Passage> best() {
        return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0).passage());
    }

    /** True when the best passage may be offered as the answer by itself, without an LLM. */
    public boolean confident() {
        return !ranked.isEmpty() && confidence >= threshold;
    }

    /** The best {@code n} passages. */
    public List<Passage> top(int n) {
        return ranked.stream().limit(n).map(PassageIndex.Ranked::passage).toList();
    }
}
