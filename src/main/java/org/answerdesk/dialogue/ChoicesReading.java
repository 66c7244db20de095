package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * A short follow-up typed while "did you mean" choices show, read with the question that got the choices, where that
 * reading leads with another entry than the first one shown: "e eles tem de pagar alguma coisa para entrar?" after
 * choices for a room for six people. Alone, its few words find the payment methods; with the question, the visitors
 * entry, which the policy's choices hold lower down. That entry leads when it is one of the policy's own choices (a
 * neighbour of both readings) that was not shown before (the customer passed over the entries shown; "how many day i
 * have for do it" after choices for a colour exchange is not of "change my order", shown second), and where the
 * question makes the reading no less sure
 * than the follow-up's own words ("e a net aguenta videochamadas?" names its entry alone); the policy's choices
 * follow. Where the reading with the question still leads with the first entry shown, {@link ChoicesTopic} keeps that
 * entry first and this leaves it.
 * By the conversation's shape only, in any language; answers and other decisions are left as they are.
 */
final class ChoicesReading {

    /** The most words of a follow-up that says it goes on ("and …"); others have {@code FOLLOW_UP_WORDS}. */
    static final int LONGEST = 12;

    private final Questions questions;

    ChoicesReading(Questions questions) {
        this.questions = questions;
    }

    /** The policy's choices, led by the entry the follow-up's reading with the choices' question leads with. */
    Action check(Turn turn, Supplier<Retrieval> aloneReading, Action action) {
        if (!(action instanceof Action.Clarify c) || c.choices().isEmpty() || turn.act.isPresent() || turn.angry
                || !turn.before.isEmpty() || turn.reading.act().filter(ChoicesShowing::rejects).isPresent()) {
            return action;
        }
        Optional<LastReply> shown = turn.last().filter(r -> r.offeredChoices() && r.question() != null)
                .filter(r -> !r.offeredInFaq().isEmpty());
        String question = turn.reading.question();
        String lookup = Cleanup.forLookup(question, turn.lang());
        int count = FreeFormActs.words(Noise.words(lookup));
        if (shown.isEmpty() || count == 0 || count > LONGEST
                || count > DialoguePolicy.FOLLOW_UP_WORDS && !Parts.continues(question, turn.lang())) {
            return action;
        }
        String before = TopicPart.of(shown.get().question(), turn.lang());
        if (before.isBlank()) {
            return action;
        }
        List<FaqMatch> offered = shown.get().offeredInFaq();
        Retrieval together = questions.retrieve(before + " " + lookup, turn.lang());
        Optional<FaqMatch> lead = together.best()
                .filter(b -> !together.far() && (together.clarify() || together.confident()))
                .filter(b -> b.entryId() != offered.get(0).entryId() && b.entryId() != c.choices().get(0).entryId())
                .filter(b -> !has(offered, b) && has(c.choices(), b));
        if (lead.isEmpty() || questions.offerable(List.of(lead.get())).isEmpty()
                || together.confidence() < aloneReading.get().confidence()) {
            return action; // "e a net aguenta videochamadas?": its own words are surer than with the question
        }
        List<FaqMatch> choices = new ArrayList<>(List.of(lead.get()));
        c.choices().stream().filter(m -> m.entryId() != lead.get().entryId()).limit(Action.Clarify.SHOWN - 1)
                .forEach(choices::add);
        return new Action.Clarify(choices, c.confidence(), lead.get().entryId(), c.handoffReason(), c.again(),
                c.about());
    }

    private static boolean has(List<FaqMatch> entries, FaqMatch m) {
        return entries.stream().anyMatch(e -> e.entryId() == m.entryId());
    }
}
