package org.answerdesk.retrieval;

import java.util.List;
import java.util.Optional;

/**
 * What the retriever found for a question.
 *
 * @param matches    the closest entries, best first (at most the configured number of suggestions)
 * @param confidence the score the answer decision is made on
 * @param confident  true when the best entry should be given as the answer
 */
public record Retrieval(List<FaqMatch> matches, double confidence, boolean confident) {

    public Retrieval {
        matches = List.copyOf(matches);
    }

    public Optional<FaqMatch> best() {
        return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0));
    }
}
