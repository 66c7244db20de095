package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.FakeSearch.ORDER;
import static org.answerdesk.dialogue.FakeSearch.PASSWORD;
import static org.answerdesk.dialogue.FakeSearch.SHIPPING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A message is recorded answered whenever the bot answered it or a part of it, as the reports counted a conversation
 * answered from its replies before the outcome was recorded (V81): the backfill and the live record agree.
 */
class OutcomeTest {

    private static final Action.FaqAnswer ANSWER = new Action.FaqAnswer(PASSWORD, 0.9, List.of(), null, false);

    @Test
    void anAnswerToAnEarlierPartCountsWhenTheLastPartOffersChoices() {
        var clarify = new Action.Clarify(List.of(ORDER, SHIPPING), 0.5, ORDER.entryId(), null, false);
        assertThat(Outcome.of(Decision.of(ANSWER, clarify), false)).isEqualTo(Outcome.ANSWERED);
        assertThat(Outcome.of(Decision.of(clarify), false)).isEqualTo(Outcome.CLARIFIED);
    }

    @Test
    void theAnswerGivenWithTheOfferOfAPersonCounts() {
        var offer = new Action.OfferPerson(Action.OfferPerson.Why.UPSET, ANSWER);
        assertThat(Outcome.of(Decision.of(offer), false)).isEqualTo(Outcome.ANSWERED);
        assertThat(Outcome.of(Decision.of(new Action.OfferPerson(true)), false)).isEqualTo(Outcome.REPLIED);
    }

    @Test
    void aHandoffWinsOverAnAnswerToAnotherPart() {
        assertThat(Outcome.of(Decision.of(ANSWER, Action.Handoff.asked()), true)).isEqualTo(Outcome.HANDED_OVER);
    }

    @Test
    void thePreparedAnswerIsAnswered() {
        assertThat(Outcome.ofAnswer(ANSWER)).isEqualTo(Outcome.ANSWERED);
    }
}
