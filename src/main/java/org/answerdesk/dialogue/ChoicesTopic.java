package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * A short follow-up typed while "did you mean" choices show keeps their question's topic: "i asked the neighbours
 * already, nobody has it" after choices for "the app says delivered but nothing is at my door", "e si o vengo a piglia
 * dopo nu mese?" after choices for the oven left at the workshop. Alone, its few words find other entries (where is my
 * order, the opening hours). Read with the question the choices were offered for, when that reading still leads with
 * the first entry shown, the follow-up is of that entry: it leads the choices (never answered: "derf i vorher a rundn
 * drehn?" after choices led by leasing asks of another entry shown). A rejection, an act, or a follow-up whose reading with the question leads
 * elsewhere, or that asks a facet that entry does not state, is left as decided.
 */
final class ChoicesTopic {

    private final Questions questions;

    ChoicesTopic(Questions questions) {
        this.questions = questions;
    }

    Action check(Turn turn, Action action) {
        if (!(action instanceof Action.Clarify c) || turn.act.isPresent() || turn.angry || !turn.before.isEmpty()
                || turn.reading.act().filter(ChoicesShowing::rejects).isPresent()) {
            return action;
        }
        Optional<LastReply> shown = turn.last().filter(r -> r.offeredChoices() && r.question() != null)
                .filter(r -> !r.offeredInFaq().isEmpty());
        String question = turn.reading.question();
        String lookup = Cleanup.forLookup(question, turn.lang());
        if (shown.isEmpty() || lookup.isBlank() || !(Parts.continues(question, turn.lang())
                || Noise.words(lookup).strip().split("\\s+").length <= DialoguePolicy.FOLLOW_UP_WORDS)) {
            return action;
        }
        String before = TopicPart.of(shown.get().question(), turn.lang());
        FaqMatch first = shown.get().offeredInFaq().get(0);
        if (before.isBlank() || questions.offerable(List.of(first)).isEmpty()
                || Facets.asked(question, turn.lang()).filter(f -> !Facets.states(first, f)).isPresent()) {
            return action; // "e no fim de semana?": a facet that entry does not state ({@link FacetFollowUp})
        }
        Retrieval together = questions.retrieve(before + " " + lookup, turn.lang());
        Optional<FaqMatch> topic = together.best().filter(b -> b.entryId() == first.entryId() && !together.far());
        if (topic.isEmpty()) {
            return action;
        }
        if (c.choices().get(0).entryId() == first.entryId()) {
            return action;
        }
        List<FaqMatch> choices = new ArrayList<>(List.of(topic.get()));
        c.choices().stream().filter(m -> m.entryId() != first.entryId()).limit(Action.Clarify.SHOWN - 1)
                .forEach(choices::add);
        return new Action.Clarify(choices, c.confidence(), first.entryId(), c.handoffReason(), c.again());
    }
}
