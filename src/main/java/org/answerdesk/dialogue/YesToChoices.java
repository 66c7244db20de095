package org.answerdesk.dialogue;

import java.util.List;
import java.util.Optional;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * A typed "yes" while "did you mean" choices are showing: to one choice it is that entry's answer; to several, "I'm
 * not sure which of our answers fits", since "yes" does not say which (never "Great! What can I help you with?", as
 * if nothing were asked), and a person if wanted.
 */
final class YesToChoices {

    private final Questions questions;

    YesToChoices(Questions questions) {
        this.questions = questions;
    }

    /** The decision on a "yes" in {@code turn}; empty when no choices are showing or they cannot be found again. */
    Optional<Action> read(Turn turn) {
        Optional<LastReply> shown = ChoicesShowing.showing(turn.state).filter(r -> !r.offered().isEmpty());
        if (shown.isEmpty() || turn.state.personOffered()) {
            return Optional.empty();
        }
        List<FaqMatch> offered = shown.get().offered().stream().map(q -> entry(q, turn)).flatMap(Optional::stream)
                .toList();
        if (offered.size() != shown.get().offered().size()) {
            return Optional.empty();
        }
        return Optional.of(offered.size() == 1
                ? new Action.FaqAnswer(offered.get(0), offered.get(0).score(), List.of(), null, false)
                : new Action.OfferPerson(Action.OfferPerson.Why.UNSURE));
    }

    /** The entry whose question was offered, as the FAQ finds it by that question. */
    private Optional<FaqMatch> entry(String question, Turn turn) {
        Retrieval found = questions.retrieve(Cleanup.forLookup(question, turn.lang()), turn.lang());
        return java.util.stream.Stream.concat(found.matches().stream(), found.choices().stream())
                .filter(m -> m.question().equals(question)).findFirst();
    }
}
