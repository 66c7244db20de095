package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.main;
import static org.answerdesk.dialogue.FakeSearch.ORDER;
import static org.answerdesk.dialogue.FakeSearch.PASSWORD;
import static org.answerdesk.dialogue.FakeSearch.SHIPPING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The situation a message is said in (issue 52): a conversation that waits for a person, an angry customer, "did you
 * mean" asked twice, the same answer to someone it did not help, emoji and keyboard mashes.
 */
class SituationDecisionTest {

    private final FakeSearch search = new FakeSearch()
            .confident("where do I find my tracking number", ORDER)
            .confident("the tracking hasn't updated in 5 days", ORDER, SHIPPING)
            .confident("Kann ich mit Rechnung bezahlen?", PASSWORD)
            .unsure("my stuff", ORDER, SHIPPING)
            .unsure("my other stuff", SHIPPING, ORDER)
            .far("a claim", ORDER);
    private final DialogueFlow flow = new DialogueFlow(search);

    private DialogueFlow waiting() {
        flow.missesTwice("a claim");
        assertThat(flow.state().handedOver()).isTrue();
        return flow;
    }

    @ParameterizedTest
    @ValueSource(strings = {"😡😡😡", "hello??", "that's not what I asked", "tell me a joke", "my stuff", "asdfgh"})
    void whileWaitingForAPersonWhatTheBotCannotAnswerIsAcknowledgedNeverGreetedOrOfferedAPerson(String text) {
        var d = waiting().says(text);
        assertThat(d.main()).isInstanceOf(Action.Acknowledge.class);
        assertThat(d.actions()).hasSize(1);
        assertThat(d.mirrored()).as("the person sees it").isTrue();
    }

    @Test
    void whileWaitingForAPersonEveryMessageOfABurstGetsAReplyAndConfidentAnswersStillCome() {
        waiting();
        assertThat(flow.says("hello??").main()).isEqualTo(new Action.Acknowledge(false));
        assertThat(flow.says("anyone there?").main()).isEqualTo(new Action.Acknowledge(true));
        var answer = flow.says("Kann ich mit Rechnung bezahlen?");
        assertThat(main(answer, Action.FaqAnswer.class).entry()).isEqualTo(PASSWORD);
        assertThat(answer.mirrored()).isTrue();
    }

    @Test
    void anAngryCustomerGetsAnApologyAndAPersonAtOnceAndASecondAngryMessageHandsOver() {
        var first = flow.says("THE MUG I ORDERED ARRIVED BROKEN. this is the second time. ridiculous");
        assertThat(main(first, Action.OfferPerson.class).apologising()).isTrue();
        assertThat(first.angry()).isTrue();
        var second = flow.says("i want a refund not excuses");
        assertThat(main(second, Action.Handoff.class).reason()).isEqualTo(HandoffReasons.CUSTOMER_UPSET);
    }

    @Test
    void yesAfterTheApologyHandsOver() {
        flow.says("this is ridiculous 😡");
        assertThat(main(flow.says("yes"), Action.Handoff.class).reason()).isEqualTo(HandoffReasons.CUSTOMER_ASKED);
    }

    @Test
    void angerIsReadInTheConversationsLanguage() {
        flow.state(DialogueState.fresh(Locale.ENGLISH).withLanguage(Locale.GERMAN));
        assertThat(main(flow.says("Das ist eine Frechheit, schon wieder kaputt"), Action.OfferPerson.class)
                .apologising()).isTrue();
    }

    @Test
    void aRequestForAPersonIsStoredAsOneNotAsAQuestion() {
        assertThat(flow.says("I want to talk to a person").act()).contains(Act.PERSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"asdfgh", "yes", "bye", "talk to a person",
        "Do you ship to Switzerland and do you accept paypal? Also can I change my delivery address after ordering?"})
    void whatIsNoSingleQuestionTeachesTheFaqNothing(String message) {
        assertThat(DialoguePolicy.learnable(message, Locale.ENGLISH)).isFalse();
    }

    @Test
    void aSingleQuestionTeachesTheFaq() {
        assertThat(DialoguePolicy.learnable("money back please", Locale.ENGLISH)).isTrue();
    }

    @Test
    void capitalsAloneAreNoAnger() {
        assertThat(flow.says("WHERE DO I FIND MY TRACKING NUMBER").angry()).isFalse();
        assertThat(flow.says("Hi! I ordered from DHL UPS DPD sites before. Where is it?").angry()).isFalse();
    }

    @Test
    void aShoutedSentenceInAMessageThatExclaimsTwiceIsAnger() {
        assertThat(flow.says("WHERE IS MY REFUND. I sent the parcel back 3 weeks ago!!!").angry()).isTrue();
        assertThat(flow.says("WHERE IS MY REFUND. I sent the parcel back 3 weeks ago!").angry())
                .as("one exclamation after a sentence that is not shouted").isFalse();
    }

    @Test
    void didYouMeanIsNeverAskedTwiceAboutTheSameQuestion() {
        search.unsure("stuff", ORDER, SHIPPING);
        assertThat(flow.says("my stuff").main()).isInstanceOf(Action.Clarify.class);
        assertThat(main(flow.says("stuff"), Action.OfferPerson.class).why())
                .isEqualTo(Action.OfferPerson.Why.UNSURE);
    }

    @Test
    void theSameAnswerIsNotGivenAgainToSomeoneItDidNotHelp() {
        assertThat(main(flow.says("where do I find my tracking number"), Action.FaqAnswer.class).entry())
                .isEqualTo(ORDER);
        var next = main(flow.says("the tracking hasn't updated in 5 days"), Action.Clarify.class);
        assertThat(next.choices()).extracting(c -> c.entryId()).doesNotContain(ORDER.entryId())
                .contains(SHIPPING.entryId());
    }

    private static final org.answerdesk.retrieval.FaqMatch DELIVERY = new org.answerdesk.retrieval.FaqMatch(7,
            "How long does delivery take?", "Germany 2-3 days, the UK 3-5 days.", 0.9);
    private static final org.answerdesk.retrieval.FaqMatch COUNTRIES = new org.answerdesk.retrieval.FaqMatch(8,
            "Which countries do you ship to?", "The EU and the UK; not to Canada or the US.", 0.6);

    @Test
    void aFollowUpThatChangesOneThingIsAnsweredByTheEntryThatNamesIt() {
        search.confident("how long does shipping take to germany?", DELIVERY)
                .unsure("and to canada?", DELIVERY, COUNTRIES)
                .confident("how long does shipping take to germany? and to canada?", DELIVERY, COUNTRIES);
        flow.says("how long does shipping take to germany?");
        assertThat(main(flow.says("and to canada?"), Action.FaqAnswer.class).entry()).isEqualTo(COUNTRIES);
    }

    @Test
    void aFollowUpTheSameEntryCoversIsAnsweredByIt() {
        search.confident("how long does shipping take to germany?", DELIVERY)
                .unsure("and to the uk?", DELIVERY, COUNTRIES)
                .confident("how long does shipping take to germany? and to the uk?", DELIVERY, COUNTRIES);
        flow.says("how long does shipping take to germany?");
        assertThat(main(flow.says("and to the uk?"), Action.FaqAnswer.class).entry()).isEqualTo(DELIVERY);
    }

    @Test
    void aFollowUpNoEntryNamesGetsNoConfidentAnswer() {
        search.confident("how long does shipping take to germany?", DELIVERY)
                .unsure("and to mars?", DELIVERY, COUNTRIES)
                .confident("how long does shipping take to germany? and to mars?", DELIVERY, COUNTRIES);
        flow.says("how long does shipping take to germany?");
        assertThat(flow.says("and to mars?").main()).isNotInstanceOf(Action.FaqAnswer.class);
    }

    @Test
    void aDetailAfterAnAnswerIsReadWithItsTopicNeverWithUnrelatedChoices() {
        search.confident("How do I reset my password?", PASSWORD)
                .unsure("checked spam already", SHIPPING)
                .unsure("How do I reset my password? checked spam already", PASSWORD, ORDER);
        flow.says("How do I reset my password?");
        var next = main(flow.says("checked spam already"), Action.Clarify.class);
        assertThat(next.choices()).extracting(c -> c.entryId()).containsExactly(ORDER.entryId());
    }

    @Test
    void aDetailNoOtherEntryOfTheTopicFitsGetsAPerson() {
        search.confident("How do I reset my password?", PASSWORD)
                .unsure("checked spam already", SHIPPING, ORDER)
                .confident("How do I reset my password? checked spam already", PASSWORD);
        flow.says("How do I reset my password?");
        assertThat(main(flow.says("checked spam already"), Action.OfferPerson.class).why())
                .as("a detail is no complaint: never 'sorry that didn't help'")
                .isEqualTo(Action.OfferPerson.Why.UNSURE);
    }

    @Test
    void theSameQuestionAskedAgainGetsItsAnswerAgain() {
        flow.says("where do I find my tracking number");
        assertThat(main(flow.says("where do I find my tracking number"), Action.FaqAnswer.class).entry())
                .isEqualTo(ORDER);
    }

    @Test
    void sayThatAgainStillRepeatsTheAnswer() {
        flow.says("where do I find my tracking number");
        assertThat(main(flow.says("say that again"), Action.Repeat.class).text()).isEqualTo(ORDER.answer());
    }

    @ParameterizedTest
    @ValueSource(strings = {"🙏", "👍", "❤️", "👍🏽", "🙏🙏"})
    void thanksEmojiAfterAnAnswerAreThanksAndConfirmIt(String emoji) {
        flow.says("where do I find my tracking number");
        var d = flow.says(emoji);
        assertThat(main(d, Action.ActReply.class).act()).isEqualTo(Act.THANKS);
        assertThat(d.confirmed()).isTrue();
    }

    @Test
    void anAngryEmojiIsAnger() {
        assertThat(main(flow.says("😡"), Action.OfferPerson.class).apologising()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"asdfgh", "jkjkjk", "qwertz", "sdfsdf dfgdfg", "🤔"})
    void aKeyboardMashOrAnEmojiOfNoMeaningIsNotCaughtNeverTheGreeting(String text) {
        var d = flow.says(text);
        assertThat(d.main()).isInstanceOf(Action.NotCaught.class);
        assertThat(d.act()).as("stored as no question, never listed for the owner to learn from").contains(Act.NOISE);
        assertThat(flow.state().handedOver()).isFalse();
    }

    private static final FaqMatch LOST = new FaqMatch(5, "My parcel is lost", "We send a new one.", 0.6);

    @Test
    void thatDidntHelpOffersWhatTheWholeConversationIsAbout() {
        search.unsure("I ordered a mug two weeks ago", ORDER, SHIPPING)
                .confident("it still hasn't arrived", ORDER, SHIPPING)
                .unsure("I ordered a mug two weeks ago. it still hasn't arrived", LOST, ORDER, SHIPPING);
        flow.says("I ordered a mug two weeks ago");
        assertThat(main(flow.says("it still hasn't arrived"), Action.FaqAnswer.class).entry()).isEqualTo(ORDER);
        var next = main(flow.says("that didn't help"), Action.Clarify.class);
        assertThat(next.choices()).containsExactly(LOST, SHIPPING);
        assertThat(search.retrieved).contains("I ordered a mug two weeks ago. it still hasn't arrived");
    }

    @Test
    void thatDidntHelpReadsTheCustomersQuestionsNotTheirThanksOrTheBotsReplies() {
        search.confident("it still hasn't arrived", ORDER, SHIPPING);
        flow.says("hi");
        flow.says("thanks");
        flow.says("it still hasn't arrived");
        var next = main(flow.says("that didn't help"), Action.Clarify.class);
        assertThat(next.choices()).containsExactly(SHIPPING);
        assertThat(search.retrieved).noneMatch(q -> q.contains("thanks") || q.contains("See your tracking page"));
    }

    @Test
    void aRepliedNoReadsTheWholeConversationToo() {
        search.unsure("I ordered a mug two weeks ago", ORDER, SHIPPING)
                .confident("it still hasn't arrived", ORDER, SHIPPING)
                .far("I ordered a mug two weeks ago. it still hasn't arrived", LOST);
        flow.says("I ordered a mug two weeks ago");
        flow.says("it still hasn't arrived");
        assertThat(main(flow.says("no"), Action.Clarify.class).choices()).containsExactly(SHIPPING);
    }

    private static final FaqMatch PAYMENT = new FaqMatch(6, "Which payment methods do you accept?",
            "We accept Visa, PayPal and Klarna (pay later).", 0.9);

    @Test
    void theEntryJustGivenAnswersAgainAQuestionItIsTheBestReadingOf() {
        search.confident("what payment methods do you take", PAYMENT)
                .confident("can I pay with klarna?", PAYMENT, SHIPPING)
                .confident("can I pay in bitcoin?", PAYMENT, SHIPPING);
        flow.says("what payment methods do you take");
        assertThat(main(flow.says("can I pay with klarna?"), Action.FaqAnswer.class).entry()).isEqualTo(PAYMENT);
        // the FAQ's best answer to the question, which says what is accepted (not bitcoin); before set 4, "sorry
        // that didn't help" and the next-best entries, the apology set 4 judged wrong ("was kostet die lieferung nach
        // zähringen" after the delivery prices)
        assertThat(main(flow.says("can I pay in bitcoin?"), Action.FaqAnswer.class).entry()).isEqualTo(PAYMENT);
    }
}
