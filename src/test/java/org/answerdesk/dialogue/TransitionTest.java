package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.FakeSearch.ORDER;
import static org.answerdesk.dialogue.FakeSearch.PASSWORD;
import static org.answerdesk.dialogue.FakeSearch.SHIPPING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What a decision does to the conversation ({@link Transition}): the next state, the marks and the outcome. */
class TransitionTest {

    private final FakeSearch search = new FakeSearch()
            .confident("reset pw", PASSWORD)
            .unsure("my stuff", ORDER, SHIPPING)
            .far("a claim", ORDER);
    private final DialoguePolicy policy = new DialoguePolicy(search, search, search, search.acts);

    private Transition step(DialogueState state, String text) {
        Incoming in = Incoming.question(text);
        return Transition.after(state, in, policy.decide(state, in), policy.historyTurns());
    }

    @Test
    void anAnswerIsTheLastReplyAndIsRecordedAnswered() {
        var step = step(DialogueState.fresh(Locale.ENGLISH).withGreetingDue(true), "reset pw");
        assertThat(step.outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(step.marks().any()).isFalse();
        assertThat(step.next().lastReply()).contains(new LastReply(true, PASSWORD.entryId(), PASSWORD.answer(),
                "reset pw"));
        assertThat(step.next().greetingDue()).as("greeted with the first answer").isFalse();
        assertThat(step.next().history()).hasSize(2);
    }

    @Test
    void thanksAfterAnAnswerConfirmsIt() {
        var answered = step(DialogueState.fresh(Locale.ENGLISH), "reset pw").next();
        var step = step(answered, "thanks");
        assertThat(step.outcome()).isEqualTo(Outcome.CONFIRMED);
        assertThat(step.marks().confirmed()).isTrue();
    }

    @Test
    void aFirstMissOffersAPersonTheSecondHandsOverOnceAndTheNextMissIsAcknowledged() {
        var offered = step(DialogueState.fresh(Locale.ENGLISH), "a claim");
        assertThat(offered.outcome()).isEqualTo(Outcome.REPLIED);
        assertThat(offered.marks().handedOver()).isFalse();
        assertThat(offered.marks().personOffered()).isTrue();
        var handed = step(offered.next(), "a claim");
        assertThat(handed.outcome()).isEqualTo(Outcome.HANDED_OVER);
        assertThat(handed.marks().handedOver()).isTrue();
        assertThat(handed.next().handedOver()).isTrue();
        var acknowledged = step(handed.next(), "a claim");
        assertThat(acknowledged.marks().handedOver()).as("the ticket is open already").isFalse();
        assertThat(acknowledged.marks().acknowledged()).isTrue();
        assertThat(acknowledged.outcome()).isEqualTo(Outcome.ACKNOWLEDGED);
        assertThat(acknowledged.next().acknowledged()).isTrue();
    }

    @Test
    void anAngryMessageIsMarkedAndOffersAPerson() {
        var step = step(DialogueState.fresh(Locale.ENGLISH), "THE MUG I ORDERED ARRIVED BROKEN. this is the second time. ridiculous");
        assertThat(step.marks().angry()).isTrue();
        assertThat(step.marks().personOffered()).isTrue();
        assertThat(step.next().angryBefore()).isTrue();
        assertThat(step.next().personOffered()).isTrue();
    }

    @Test
    void aPersonWritingResetsTheAcknowledgement() {
        var waiting = step(step(step(DialogueState.fresh(Locale.ENGLISH), "a claim").next(), "a claim").next(),
                "a claim").next();
        var joined = Transition.personWrote(waiting);
        assertThat(joined.personJoined()).isTrue();
        assertThat(joined.acknowledged()).as("the person's message starts a new burst").isFalse();
    }
}
