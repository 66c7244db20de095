package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.main;
import static org.answerdesk.dialogue.FakeSearch.ORDER;
import static org.answerdesk.dialogue.FakeSearch.PASSWORD;
import static org.answerdesk.dialogue.FakeSearch.SHIPPING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Conversations, not queries: small talk and meta requests as the conversation stands. */
class ActDecisionTest {

    private final FakeSearch search = new FakeSearch()
            .confident("How do I reset my password?", PASSWORD, ORDER, SHIPPING)
            .confident("where is my order?", ORDER)
            .far("I want to report an accident", SHIPPING);
    private final DialogueFlow flow = new DialogueFlow(search);

    @Test
    void thanksAfterAnAnswerClosesAndConfirmsItWithoutATicket() {
        flow.says("How do I reset my password?");
        var d = flow.says("thanks, that worked!");
        var reply = main(d, Action.ActReply.class);
        assertThat(reply).isEqualTo(new Action.ActReply(Act.THANKS, true));
        assertThat(d.confirmed()).isTrue();
        assertThat(d.act()).contains(Act.THANKS);
        assertThat(flow.state().handedOver()).isFalse();
    }

    @Test
    void okOrThankYouAsTheFirstMessageGetsAPoliteReplyAndNoTicket() {
        for (String text : new String[] {"ok", "thank you"}) {
            var d = new DialogueFlow(search).says(text);
            assertThat(main(d, Action.ActReply.class)).isEqualTo(new Action.ActReply(Act.THANKS, false));
            assertThat(d.confirmed()).isFalse();
        }
        assertThat(search.retrieved).isEmpty();
    }

    @Test
    void aGreetingGetsAGreetingBackAndNoChoices() {
        assertThat(main(flow.says("hi"), Action.ActReply.class).act()).isEqualTo(Act.GREETING);
        assertThat(main(flow.says("hello"), Action.ActReply.class).act()).isEqualTo(Act.GREETING);
        assertThat(search.retrieved).isEmpty();
    }

    @Test
    void aGreetingIsNotGreetedTwiceOnAChannelThatGreets() {
        flow.greeting();
        assertThat(flow.says("hi").actions()).containsExactly(new Action.ActReply(Act.GREETING, false));
    }

    @Test
    void thatsNotItAfterAnAnswerOffersTheNextBestEntriesNeverTheSameAnswer() {
        flow.says("How do I reset my password?");
        var clarify = main(flow.says("no, that's not what I meant"), Action.Clarify.class);
        assertThat(clarify.choices()).containsExactly(ORDER, SHIPPING).doesNotContain(PASSWORD);
    }

    @Test
    void noAfterAnAnswerMeansItDidNotHelp() {
        flow.says("How do I reset my password?");
        assertThat(flow.says("no").main()).isInstanceOf(Action.Clarify.class);
    }

    @Test
    void whenNothingElseFitsTheBotOffersAPersonAndYesAcceptsIt() {
        flow.says("where is my order?");
        assertThat(flow.says("that didn't help").main()).isInstanceOf(Action.OfferPerson.class);
        assertThat(flow.state().handedOver()).isFalse();
        assertThat(flow.says("yes").main()).as("the yes accepts it").isInstanceOf(Action.Handoff.class);
    }

    @Test
    void noDeclinesTheOfferOfAPerson() {
        flow.says("where is my order?");
        flow.says("that didn't help");
        assertThat(main(flow.says("no thanks"), Action.ActReply.class).act()).isEqualTo(Act.NO);
        assertThat(flow.state().handedOver()).isFalse();
    }

    @Test
    void thatDidntHelpWithNoAnswerBeforeOffersAPerson() {
        assertThat(flow.says("that didn't help").main()).isInstanceOf(Action.OfferPerson.class);
    }

    @Test
    void yesOrOkAfterAnAnswerIsAnAcknowledgement() {
        flow.says("where is my order?");
        var d = flow.says("ok");
        assertThat(main(d, Action.ActReply.class).afterAnswer()).isTrue();
        assertThat(d.confirmed()).isTrue();
    }

    @Test
    void askedIfItIsABotItSaysSo() {
        assertThat(main(flow.says("are you a bot?"), Action.ActReply.class).act()).isEqualTo(Act.BOT);
    }

    @Test
    void askedWhatItCanDoItShowsTheTopics() {
        assertThat(main(flow.says("what can you do?"), Action.ActReply.class).act()).isEqualTo(Act.CAPABILITIES);
    }

    @Test
    void sayThatAgainRepeatsTheLastAnswer() {
        flow.says("where is my order?");
        assertThat(main(flow.says("say that again"), Action.Repeat.class).text()).isEqualTo(ORDER.answer());
    }

    @Test
    void sayThatAgainWithNothingSaidShowsWhatTheBotCanDo() {
        assertThat(main(flow.says("say that again"), Action.ActReply.class).act()).isEqualTo(Act.CAPABILITIES);
    }

    @Test
    void startOverWorksEvenAfterAPersonWrote() {
        flow.missesTwice("I want to report an accident");
        flow.personWrites();
        assertThat(flow.says("thanks").main()).isInstanceOf(Action.Acknowledge.class);
        assertThat(flow.says("thanks").main()).isInstanceOf(Action.WaitForPerson.class);
        assertThat(flow.says("start over").actions()).containsExactly(new Action.StartOver(),
                new Action.Fixed(Intent.RESET));
    }

    @Test
    void whileWaitingForAPersonSmallTalkIsAcknowledgedAndMirrored() {
        flow.missesTwice("I want to report an accident");
        var d = flow.says("thank you");
        assertThat(d.main()).isInstanceOf(Action.Acknowledge.class);
        assertThat(d.mirrored()).isTrue();
    }

    @Test
    void freeFormChitChatIsDeflectedWhenTheFaqIsNotSure() {
        search.act("tell me a joke", Act.CHITCHAT).far("tell me a joke", ORDER);
        var d = new DialogueFlow(search).says("tell me a joke");
        assertThat(main(d, Action.ActReply.class).act()).isEqualTo(Act.CHITCHAT);
        assertThat(d.act()).contains(Act.CHITCHAT);
    }

    @Test
    void aConfidentFaqAnswerGoesBeforeAnActSaidOnlyLoosely() {
        search.actAt("where is my order?", Act.CHITCHAT, 0.6);
        assertThat(new DialogueFlow(search).says("where is my order?").main()).isInstanceOf(Action.FaqAnswer.class);
        var policy = new DialoguePolicy(search, search, search, search.acts);
        assertThat(policy.prepare("where is my order?", java.util.Locale.ENGLISH).answer()).isPresent();
    }

    @Test
    void anActSaidClearlyGoesBeforeAConfidentFaqAnswer() {
        // "what do I call you" is not the entry "You can call us on ...", however confident the FAQ is
        search.act("what do I call you", Act.CHITCHAT).confident("what do I call you", ORDER);
        var d = new DialogueFlow(search).says("what do I call you");
        assertThat(main(d, Action.ActReply.class).act()).isEqualTo(Act.CHITCHAT);
        var policy = new DialoguePolicy(search, search, search, search.acts);
        assertThat(policy.prepare("what do I call you", java.util.Locale.ENGLISH).answer()).as("not answered before the policy decides")
                .isEmpty();
        assertThat(DialoguePolicy.firstMessageFreeFormAct(search.acts, "what do I call you", Locale.ENGLISH, true, false))
                .as("eval reads it the same way").contains(Act.CHITCHAT);
    }

    @Test
    void aClearActInsideALongerMessageDoesNotStopItsAnswer() {
        search.act("Hi! where is my order?", Act.CHITCHAT).confident("where is my order?", ORDER);
        assertThat(main(new DialogueFlow(search).says("Hi! where is my order?"), Action.FaqAnswer.class).entry())
                .isEqualTo(ORDER);
    }

    @Test
    void neverMindOrCancelThatIsAPoliteReplyNeverChoicesNorTheCancellationEntry() {
        search.confident("cancel that", ORDER);
        flow.says("How do I reset my password?");
        var d = flow.says("never mind");
        assertThat(main(d, Action.ActReply.class).act()).isEqualTo(Act.CANCEL);
        assertThat(d.confirmed()).isFalse();
        assertThat(main(new DialogueFlow(search).says("cancel that"), Action.ActReply.class).act())
                .isEqualTo(Act.CANCEL);
        assertThat(search.retrieved).doesNotContain("never mind", "cancel that");
    }

    @Test
    void neverMindToTheOfferOfAPersonDeclinesIt() {
        flow.says("that didn't help");
        var d = flow.says("no, never mind");
        assertThat(d.main().handsOver()).isFalse();
        assertThat(flow.state().handedOver()).isFalse();
    }

    @Test
    void maybeOrNotSureAfterAnAnswerIsNoDidYouMean() {
        flow.says("How do I reset my password?");
        for (String text : new String[] {"maybe", "I'm not sure", "i don't know"}) {
            var d = flow.says(text);
            assertThat(main(d, Action.ActReply.class).act()).as(text).isEqualTo(Act.CHITCHAT);
            assertThat(d.confirmed()).isFalse();
        }
    }

    @Test
    void aRealNeedThatTheFaqDoesNotCoverIsNotChitChat() {
        search.act("tell me a joke", Act.CHITCHAT);
        assertThat(main(new DialogueFlow(search).says("I want to report an accident"), Action.OfferPerson.class).why())
                .as("a miss: the offer of a person, a ticket on the second").isEqualTo(Action.OfferPerson.Why.NOT_FOUND);
    }

    @Test
    void aQuestionAfterThanksIsAnsweredAndTheThanksConfirmsTheAnswerBefore() {
        flow.says("How do I reset my password?");
        var d = flow.says("thanks! and where is my order?");
        assertThat(main(d, Action.FaqAnswer.class).entry()).isEqualTo(ORDER);
        assertThat(d.confirmed()).isTrue();
        assertThat(search.retrieved).contains("where is my order?");
    }

    @Test
    void aGreetingAroundAQuestionIsSetAsideForTheLookup() {
        assertThat(main(flow.says("Hi! How do I reset my password? Thanks"), Action.FaqAnswer.class).entry())
                .isEqualTo(PASSWORD);
    }

    @Test
    void anActIsNeverPreparedWithoutTheConversation() {
        var policy = new DialoguePolicy(search, search, search, search.acts);
        assertThat(policy.prepare("thanks", java.util.Locale.ENGLISH).retrieval()).isNull();
        assertThat(policy.prepare("Hi, how do I reset my password?", java.util.Locale.ENGLISH).answer()).isEmpty();
    }

    @Test
    void aShortFollowUpUnsureAloneIsReadWithThePreviousQuestion() {
        search.confident("How long does delivery take? and to the UK?", SHIPPING)
                .confident("How long does delivery take?", SHIPPING).far("and to the UK?", ORDER, SHIPPING);
        flow.says("How long does delivery take?");
        assertThat(main(flow.says("and to the UK?"), Action.FaqAnswer.class).entry()).isEqualTo(SHIPPING);
    }

    @Test
    void aNewTopicIsNotTakenForAFollowUp() {
        search.confident("How do I reset my password?", PASSWORD).unsure("money back", ORDER, SHIPPING)
                .confident("How do I reset my password? money back", PASSWORD);
        flow.says("How do I reset my password?");
        assertThat(flow.says("money back").main()).isInstanceOf(Action.Clarify.class);
    }

    @Test
    void aFollowUpAfterAStartOverIsReadAlone() {
        search.confident("How long does delivery take? and to the UK?", SHIPPING)
                .confident("How long does delivery take?", SHIPPING).far("and to the UK?", ORDER, SHIPPING);
        flow.says("How long does delivery take?");
        flow.says("start over");
        assertThat(main(flow.says("and to the UK?"), Action.OfferPerson.class).why())
                .isEqualTo(Action.OfferPerson.Why.NOT_FOUND);
    }

    @Test
    void aLongUnsureQuestionIsNotMixedWithThePreviousOne() {
        search.confident("How long does delivery take?", SHIPPING).confident(
                "How long does delivery take? I was wondering whether you also sell gift cards for birthdays",
                SHIPPING);
        flow.says("How long does delivery take?");
        assertThat(main(flow.says("I was wondering whether you also sell gift cards for birthdays"),
                Action.OfferPerson.class).why()).isEqualTo(Action.OfferPerson.Why.NOT_FOUND);
    }

    @Test
    void detailsAroundAQuestionDoNotStopItsAnswer() {
        search.confident("I'd like to return the shoes from order, they're too small.", ORDER);
        assertThat(main(flow.says("Good morning! I'd like to return the shoes from order #8812, they're too small. "
                + "Kind regards, Tom"), Action.FaqAnswer.class).entry()).isEqualTo(ORDER);
    }

    @Test
    void anActWithAShortRestNearerToAnActThanToAnyNeedIsTheAct() {
        search.nearAct("hope you can help", Act.CAPABILITIES);
        var d = new DialogueFlow(search).says("hello, hope you can help");
        assertThat(main(d, Action.ActReply.class).act()).as("the act around the rest").isEqualTo(Act.GREETING);
    }

    @Test
    void anActAroundALongerRestIsAQuestionAfterAll() {
        search.nearAct("hope you can help me with my order please", Act.CAPABILITIES);
        assertThat(main(new DialogueFlow(search).says("hello, hope you can help me with my order please"),
                Action.OfferPerson.class).why()).isEqualTo(Action.OfferPerson.Why.NOT_FOUND);
    }

    @Test
    void aNoWithMoreWordsAfterAnAnswerMeansItDidNotHelp() {
        flow.says("How do I reset my password?");
        assertThat(flow.says("nope, still the same issue").main()).isInstanceOf(Action.Clarify.class);
    }

    @Test
    void aVeryShortMessageNearerToAnActThanToAnyNeedIsThatAct() {
        search.nearAct("mhm", Act.YES);
        assertThat(main(new DialogueFlow(search).says("mhm"), Action.ActReply.class).act()).isEqualTo(Act.YES);
    }

    @Test
    void aShortMessageNearerToAnActIsTheLlmsToReadWhenThereIsOne() {
        search.nearAct("mhm", Act.YES).llm(null, new org.answerdesk.llm.LlmAnswer("Could you say more?", "m", 1, 1,
                false));
        assertThat(new DialogueFlow(search).says("mhm").main()).isInstanceOf(Action.LlmAnswer.class);
    }

    @Test
    void aGreetingAroundARealNeedStillReachesAPerson() {
        search.act("tell me a joke", Act.CHITCHAT);
        var flow = new DialogueFlow(search);
        assertThat(main(flow.says("Hi, I want to report an accident with my rental car please"),
                Action.OfferPerson.class).why()).isEqualTo(Action.OfferPerson.Why.NOT_FOUND);
        assertThat(flow.says("yes").main()).as("the yes accepts it").isInstanceOf(Action.Handoff.class);
    }
}
