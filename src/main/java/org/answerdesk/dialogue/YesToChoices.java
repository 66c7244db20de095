package org.answerdesk.dialogue;

import java.util.List;
import java.util.Optional;

import org.answerdesk.retrieval.FaqMatch;

/**
 * A typed "yes" while "did you mean" choices are showing: to one choice it is that entry's answer; to several, "I'm
 * not sure which of our answers fits", since "yes" does not say which (never "Great! What can I help you with?", as
 * if nothing were asked), and a person if wanted. The choices are read from the reply that showed them
 * ({@link LastReply#offered()}): nothing is looked up again.
 */
final class YesToChoices {

    private YesToChoices() {
    }

    /** The decision on a "yes" in {@code turn}; empty when no choices are showing or one of them is gone. */
    static Optional<Action> read(Turn turn) {
        Optional<LastReply> shown = ChoicesShowing.showing(turn.state).filter(r -> !r.offered().isEmpty());
        if (shown.isEmpty() || turn.state.personOffered()) {
            return Optional.empty();
        }
        List<FaqMatch> offered = shown.get().offeredInFaq();
        if (offered.size() != shown.get().offered().size()) {
            return Optional.empty();
        }
        // confirmed by the customer, as a press of it is: the confidence a press has (and the entry found by its own
        // question had)
        return Optional.of(offered.size() == 1
                ? new Action.FaqAnswer(offered.get(0), 1, List.of(), null, false)
                : new Action.OfferPerson(Action.OfferPerson.Why.UNSURE));
    }
}
