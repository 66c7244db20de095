package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.main;
import static org.answerdesk.dialogue.FakeSearch.ORDER;
import static org.answerdesk.dialogue.FakeSearch.PASSWORD;
import static org.answerdesk.dialogue.FakeSearch.SHIPPING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the state of the conversation changes: a person asked for or at work, commands, greetings, hours. */
class ConversationStateDecisionTest {

    private final FakeSearch search = new FakeSearch()
            .confident("reset pw", PASSWORD)
            .unsure("my stuff", ORDER, SHIPPING)
            .far("a claim", ORDER);
    private final DialogueFlow flow = new DialogueFlow(search);

    @Test
    void askingForAPersonInWordsHandsOverWithoutLookingAnythingUp() {
        var handoff = main(flow.says("Can I talk to a human please?"), Action.Handoff.class);
        assertThat(handoff.reason()).isEqualTo(HandoffReasons.CUSTOMER_ASKED);
        assertThat(search.retrieved).isEmpty();
    }

    @Test
    void theButtonOrCommandForAPersonHandsOver() {
        assertThat(main(flow.does(Intent.HUMAN), Action.Handoff.class).reason())
                .isEqualTo(HandoffReasons.CUSTOMER_ASKED);
    }

    @Test
    void yesAcceptsAPersonTheBotOffered() {
        flow.state(DialogueState.fresh(Locale.ENGLISH).withPersonOffered());
        assertThat(main(flow.says("yes please"), Action.Handoff.class).reason())
                .isEqualTo(HandoffReasons.CUSTOMER_ASKED);
    }

    @Test
    void yesWithoutAnOfferIsNoRequestForAPerson() {
        assertThat(main(flow.says("yes"), Action.ActReply.class).act()).isEqualTo(Act.YES);
        assertThat(flow.state().handedOver()).isFalse();
    }

    @Test
    void whileWaitingForAPersonTheBotStillAnswersWhatItCanAndTheDeskSeesIt() {
        flow.missesTwice("a claim");
        var d = flow.says("reset pw");
        assertThat(d.main()).isInstanceOf(Action.FaqAnswer.class);
        assertThat(d.mirrored()).isTrue();
    }

    @Test
    void whileWaitingForAPersonOnAChatEveryFurtherMissIsAcknowledgedShorterAfterTheFirst() {
        flow.missesTwice("a claim");
        var acknowledged = flow.says("a claim");
        assertThat(acknowledged.main()).isEqualTo(new Action.Acknowledge(false));
        assertThat(acknowledged.mirrored()).isTrue();
        var again = flow.says("a claim");
        assertThat(again.main()).as("never silence on a chat").isEqualTo(new Action.Acknowledge(true));
        assertThat(again.mirrored()).isTrue();
    }

    @Test
    void whileWaitingForAPersonByMailAFurtherMissIsAcknowledgedOncePerBurstAndLeftToThePerson() {
        flow.state(DialogueState.fresh(Locale.ENGLISH).byMail());
        flow.says("a claim");
        var acknowledged = flow.says("a claim");
        assertThat(acknowledged.main()).isInstanceOf(Action.Acknowledge.class);
        assertThat(acknowledged.mirrored()).isTrue();
        assertThat(main(flow.says("a claim"), Action.WaitForPerson.class).text()).isEqualTo("a claim");
    }

    @Test
    void whileWaitingForAPersonAnUnsureQuestionIsAcknowledgedNotOfferedChoices() {
        flow.missesTwice("a claim");
        var d = flow.says("my stuff");
        assertThat(d.main()).isInstanceOf(Action.Acknowledge.class);
        assertThat(d.mirrored()).isTrue();
    }

    @Test
    void whileWaitingForAPersonAskingForOneIsAcknowledgedNotHandedOverAgain() {
        flow.missesTwice("a claim");
        var d = flow.says("talk to a person");
        assertThat(d.main()).isInstanceOf(Action.Acknowledge.class);
        assertThat(d.mirrored()).isTrue();
    }

    @Test
    void onceAPersonWroteTheBotStaysQuietOnQuestions() {
        flow.missesTwice("a claim");
        int lookedUp = search.retrieved.size();
        flow.personWrites();
        assertThat(flow.says("reset pw").main()).as("acknowledged once").isInstanceOf(Action.Acknowledge.class);
        assertThat(main(flow.says("reset pw"), Action.WaitForPerson.class).text()).isEqualTo("reset pw");
        assertThat(search.retrieved).as("nothing looked up once a person wrote").hasSize(lookedUp);
    }

    @Test
    void onceAPersonWroteARequestForAPersonGoesToThatPerson() {
        flow.missesTwice("a claim");
        flow.personWrites();
        assertThat(flow.does(Intent.HUMAN).main()).isInstanceOf(Action.Acknowledge.class);
        assertThat(flow.does(Intent.HUMAN).main()).isInstanceOf(Action.WaitForPerson.class);
    }

    @Test
    void onceAPersonWroteCommandsAreStillAnswered() {
        flow.missesTwice("a claim");
        flow.personWrites();
        assertThat(main(flow.does(Intent.HELP), Action.Fixed.class).intent()).isEqualTo(Intent.HELP);
    }

    @Test
    void startOverClosesTheConversationFirstAndForgetsTheHandoff() {
        flow.missesTwice("a claim");
        flow.personWrites();
        var d = flow.does(Intent.RESET);
        assertThat(d.actions()).containsExactly(new Action.StartOver(), new Action.Fixed(Intent.RESET));
        assertThat(flow.state().handedOver()).isFalse();
        assertThat(flow.says("reset pw").main()).isInstanceOf(Action.FaqAnswer.class);
    }

    @ParameterizedTest
    @EnumSource(value = Intent.class, names = {"START", "HELP", "NOT_TEXT", "TOO_LONG"})
    void commandsAndMessagesThatAreNoQuestionGetTheirFixedText(Intent intent) {
        assertThat(main(flow.does(intent), Action.Fixed.class).intent()).isEqualTo(intent);
        assertThat(search.retrieved).isEmpty();
    }

    @Test
    void aChannelThatGreetsDoesSoBeforeTheFirstAnswerOnly() {
        flow.greeting();
        assertThat(flow.says("reset pw").actions()).hasSize(2).first().isInstanceOf(Action.Greeting.class);
        assertThat(flow.says("reset pw").actions()).hasSize(1);
    }

    @Test
    void aCommandIsNotGreetedBefore() {
        flow.greeting();
        assertThat(flow.does(Intent.HELP).actions()).hasSize(1);
    }

    @Test
    void onATicketChannelChoicesOpenATicketUntilOneIsConfirmed() {
        flow.state(DialogueState.fresh(Locale.ENGLISH).withTicketForChoices());
        var clarify = main(flow.says("my stuff"), Action.Clarify.class);
        assertThat(clarify.handoffReason()).isEqualTo(HandoffReasons.AWAITING_PICK);
        assertThat(flow.state().handedOver()).isTrue();
        assertThat(flow.says("my stuff").main()).as("its ticket is open").isInstanceOf(Action.Acknowledge.class);
    }

    @Test
    void outOfHoursAHandoffSaysWhenTheTeamIsBack() {
        flow.state(DialogueState.fresh(Locale.ENGLISH).withAwayNotice("We're back on Monday."));
        assertThat(flow.missesTwice("a claim").awayNotice()).contains("We're back on Monday.");
    }

    @Test
    void outOfHoursAnAnswerNeedsNoNotice() {
        flow.state(DialogueState.fresh(Locale.ENGLISH).withAwayNotice("We're back on Monday."));
        assertThat(flow.says("reset pw").awayNotice()).isEmpty();
    }

    @Test
    void outOfHoursARequestForAPersonSaysWhenTheTeamIsBack() {
        flow.state(DialogueState.fresh(Locale.ENGLISH).withAwayNotice("We're back on Monday."));
        assertThat(flow.does(Intent.HUMAN).awayNotice()).contains("We're back on Monday.");
    }
}
