package org.answerdesk.retrieval;

import java.util.List;
import java.util.Optional;

/**
 * What the retriever found for a question.
 *
 * @param matches    the closest entries, best first (at most the configured number of suggestions)
 * @param confidence the score the answer decision is made on
 * @param confident  true when the best entry should be given as the answer
 * @param choices    when not confident but the right entry is probably among a few: those entries, best first, to
 *                   offer the customer as choices ("did you mean"); empty otherwise
 * @param far        not confident, and far from the FAQ (its entries unrelated to it, {@link OffTopic}): the FAQ
 *                   cannot answer it, and no choices are offered
 */
public record Retrieval(List<FaqMatch> matches, double confidence, boolean confident, List<FaqMatch> choices,
                        boolean far) {

    public Retrieval {
        matches = List.copyOf(matches);
        choices = List.copyOf(choices);
    }

    /** A retrieval of a question not judged far from the FAQ. */
    public Retrieval(List<FaqMatch> matches, double confidence, boolean confident, List<FaqMatch> choices) {
        this(matches, confidence, confident, choices, false);
    }

    /** A retrieval that offers no choices. */
    public Retrieval(List<FaqMatch> matches, double confidence, boolean confident) {
        this(matches, confidence, confident, List.of());
    }

    /** Whether the customer should be asked to choose among {@link #choices}. */
    public boolean clarify() {
        return !confident && !choices.isEmpty();
    }

    public Optional<FaqMatch> best() {
        return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0));
    }
}
