package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.main;
import static org.answerdesk.dialogue.FakeSearch.ORDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A press on one of the choices the bot offered, decided on the facts the store found for it. */
class PressDecisionTest {

    private final FakeSearch search = new FakeSearch().far("a claim", ORDER);
    private final DialogueFlow flow = new DialogueFlow(search);
    private final Press order = Press.entry(ORDER.entryId(), ORDER.question(), ORDER.answer());

    @Test
    void aPickedEntryIsAnsweredWithItsOwnAnswer() {
        var answer = main(flow.presses(order), Action.FaqAnswer.class);
        assertThat(answer.picked()).isTrue();
        assertThat(answer.entry().answer()).isEqualTo(ORDER.answer());
        assertThat(answer.confidence()).isEqualTo(1);
        assertThat(search.retrieved).isEmpty();
    }

    @Test
    void somethingElseHandsOver() {
        var handoff = main(flow.presses(Press.somethingElse("Something else")), Action.Handoff.class);
        assertThat(handoff.reason()).isEqualTo(HandoffReasons.SOMETHING_ELSE);
        assertThat(flow.state().handedOver()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Press.Found.class, names = {"ENTRY", "SOMETHING_ELSE"}, mode = EnumSource.Mode.EXCLUDE)
    void aPressThatDoesNotCountIsRefusedWithItsReason(Press.Found found) {
        assertThat(main(flow.presses(Press.refused(found)), Action.Refuse.class).reason())
                .isEqualTo(found.refusal()).isNotBlank();
    }

    @Test
    void whileWaitingForAPersonAPickIsAnsweredAndMirrored() {
        flow.missesTwice("a claim");
        var d = flow.presses(order);
        assertThat(d.main()).isInstanceOf(Action.FaqAnswer.class);
        assertThat(d.mirrored()).isTrue();
    }

    @Test
    void whileWaitingForAPersonSomethingElseIsStillAnswered() {
        flow.missesTwice("a claim");
        var d = flow.presses(Press.somethingElse("Something else"));
        assertThat(main(d, Action.Handoff.class).reason()).isEqualTo(HandoffReasons.SOMETHING_ELSE);
        assertThat(d.mirrored()).isTrue();
    }

    @Test
    void onceAPersonWroteAPickGoesToThatPersonAsWhatWasChosen() {
        flow.missesTwice("a claim");
        flow.personWrites();
        assertThat(main(flow.presses(order), Action.WaitForPerson.class).text()).isEqualTo(ORDER.question());
    }

    @Test
    void onceAPersonWroteARefusedPressIsStillRefused() {
        flow.missesTwice("a claim");
        flow.personWrites();
        assertThat(main(flow.presses(Press.refused(Press.Found.PICKED_BEFORE)), Action.Refuse.class).reason())
                .isEqualTo("picked before");
    }

    @Test
    void aRefusedPressIsNotMirrored() {
        flow.missesTwice("a claim");
        assertThat(flow.presses(Press.refused(Press.Found.MALFORMED)).mirrored()).isFalse();
    }

    @Test
    void outOfHoursSomethingElseSaysWhenTheTeamIsBack() {
        flow.state(DialogueState.fresh(Locale.ENGLISH).withAwayNotice("Back on Monday."));
        assertThat(flow.presses(Press.somethingElse("Something else")).awayNotice()).contains("Back on Monday.");
    }
}
