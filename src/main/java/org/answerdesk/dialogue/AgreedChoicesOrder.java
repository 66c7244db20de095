package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * The order of a short follow-up's "did you mean" choices that only its own words chose ({@link QuestionAlone}'s last
 * step, {@link Turn#plain}): the entries the follow-up read with the customer's question before also finds lead, by
 * the sum of their reciprocal ranks in both readings; the others keep their order after them. "and for the whole
 * week?" after the car rental's price is offered the weekly rates before the child seats its own words lead with:
 * the topic carries. Choices another follow-up rule chose or ordered (the topic's, the reading with the question
 * before's, the choices showing) are never reordered here. Only the order changes: the same entries are offered, a
 * reply that answers is never touched, and where both readings rank two entries alike the shown order stands. Never
 * with an LLM, never for a message of several parts, an act or an angry one.
 */
final class AgreedChoicesOrder {

    /** The damping of reciprocal rank fusion: 60, the usual constant, so that no single list's head dominates. */
    private static final int K = 60;

    private final Questions questions;

    AgreedChoicesOrder(Questions questions) {
        this.questions = questions;
    }

    /** {@code action} with its choices reordered by the agreement of the two readings, or {@code action} itself. */
    Action check(Turn turn, Action action) {
        Optional<LastReply> last = turn.last().filter(r -> r.question() != null);
        if (action != turn.plain || !(action instanceof Action.Clarify c) || c.choices().size() < 2 || last.isEmpty()
                || turn.act.isPresent() || turn.angry || questions.llmEnabled()) {
            return action;
        }
        Locale lang = turn.lang();
        String question = turn.reading.question();
        String lookup = Cleanup.forLookup(question, lang);
        if (lookup.isBlank() || Parts.of(question, lang).size() > 1
                || lookup.split("\\s+").length > DialoguePolicy.FOLLOW_UP_WORDS) {
            return action;
        }
        String before = Cleanup.forLookup(Acts.read(last.get().question(), lang).question(), lang);
        Retrieval together = questions.retrieve((before + " " + lookup).strip(), lang);
        List<Long> other = together.matches().stream().limit(Action.Clarify.SHOWN).map(FaqMatch::entryId).toList();
        List<FaqMatch> shown = c.choices();
        List<FaqMatch> led = new ArrayList<>(shown);
        led.sort(Comparator.comparingDouble((FaqMatch m) -> -fused(shown.indexOf(m), other.indexOf(m.entryId())))
                .thenComparingInt(shown::indexOf));
        if (led.get(0).entryId() == shown.get(0).entryId()) {
            return action;
        }
        return new Action.Clarify(led, c.confidence(), led.get(0).entryId(), c.handoffReason(), c.again(), c.about());
    }

    /** Reciprocal rank fusion of a position in the shown choices and one in the other reading (-1: absent). */
    private static double fused(int shown, int other) {
        double own = 1.0 / (K + shown + 1);
        return other < 0 ? own : own + 1.0 / (K + other + 1);
    }
}
