package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.main;
import static org.answerdesk.dialogue.FakeSearch.ORDER;
import static org.answerdesk.dialogue.FakeSearch.SHIPPING;
import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.llm.LlmFollowUp;
import org.junit.jupiter.api.Test;

/**
 * Follow-ups with an LLM configured: the model rewrites a short message that leans on the question before into one
 * that stands alone, and the FAQ is asked with the rewrite; without a confident rewrite the follow-up is read with
 * the previous question as without an LLM. Acts, presses and messages without a previous question are never sent.
 */
class FollowUpRewriteTest {

    static final String DELIVERY = "How long does delivery take?";
    static final String TO_THE_UK = "How long does delivery to the UK take?";

    private final FakeSearch search = new FakeSearch().llm(null, null).confident(DELIVERY, SHIPPING);
    private final DialogueFlow flow = new DialogueFlow(search);

    @Test
    void aFollowUpIsRewrittenWithThePreviousQuestionAndItsEntryAndTheRewriteAnswered() {
        search.rewrite("and to the UK?", TO_THE_UK).confident(TO_THE_UK, SHIPPING);
        flow.says(DELIVERY);
        assertThat(main(flow.says("and to the UK?"), Action.FaqAnswer.class).entry()).isEqualTo(SHIPPING);
        assertThat(search.rewriteAsked).containsExactly(
                new LlmFollowUp("and to the UK?", DELIVERY, SHIPPING.question()));
        assertThat(search.retrieved).as("the rewrite answered: not read with the previous question")
                .doesNotContain(DELIVERY + " and to the UK?");
    }

    @Test
    void aShortMessageUnsureAloneIsRewrittenAndMayFindAnotherEntry() {
        String alone = "it says delivered but I don't have it";
        String standalone = "My parcel shows as delivered but I have not received it. Where is it?";
        search.far(alone, SHIPPING).rewrite(alone, standalone).confident(standalone, ORDER);
        flow.says(DELIVERY);
        assertThat(main(flow.says(alone), Action.FaqAnswer.class).entry()).isEqualTo(ORDER);
        assertThat(search.rewriteAsked).hasSize(1);
    }

    @Test
    void aRewriteTheFaqIsNotConfidentOfFallsBackToReadingWithThePreviousQuestion() {
        search.rewrite("and to the UK?", "Which medieval castle has the tallest tower?")
                .confident(DELIVERY + " and to the UK?", SHIPPING);
        flow.says(DELIVERY);
        assertThat(main(flow.says("and to the UK?"), Action.FaqAnswer.class).entry()).isEqualTo(SHIPPING);
        assertThat(search.retrieved).contains("Which medieval castle has the tallest tower?");
    }

    @Test
    void aFailedRewriteFallsBackToReadingWithThePreviousQuestion() {
        search.confident(DELIVERY + " and to the UK?", SHIPPING); // no rewrite set: the call fails
        flow.says(DELIVERY);
        assertThat(main(flow.says("and to the UK?"), Action.FaqAnswer.class).entry()).isEqualTo(SHIPPING);
        assertThat(search.rewriteAsked).hasSize(1);
    }

    @Test
    void theModelIsAskedOncePerMessageEvenWhenNothingAnswersIt() {
        search.far("and to the moon?", SHIPPING);
        flow.says(DELIVERY);
        assertThat(flow.says("and to the moon?").main()).as("a follow-up is no ticket by itself")
                .isInstanceOf(Action.OfferPerson.class);
        assertThat(search.rewriteAsked).hasSize(1);
    }

    @Test
    void withoutAnLlmNothingIsRewritten() {
        var noLlm = new FakeSearch().confident(DELIVERY, SHIPPING).confident(DELIVERY + " and to the UK?", SHIPPING);
        var plain = new DialogueFlow(noLlm);
        plain.says(DELIVERY);
        assertThat(main(plain.says("and to the UK?"), Action.FaqAnswer.class).entry()).isEqualTo(SHIPPING);
        assertThat(noLlm.rewriteAsked).isEmpty();
    }

    @Test
    void actsAndPressesAreNeverSent() {
        search.act("and what is your name?", Act.CHITCHAT);
        var chat = new DialogueFlow(search); // the policy reads the acts it was made with
        chat.says(DELIVERY);
        assertThat(main(chat.says("and what is your name?"), Action.ActReply.class).act()).isEqualTo(Act.CHITCHAT);
        chat.says(DELIVERY);
        assertThat(main(chat.says("thanks"), Action.ActReply.class).act()).isEqualTo(Act.THANKS);
        chat.says(DELIVERY);
        assertThat(main(chat.presses(Press.entry(ORDER.entryId(), ORDER.question(), ORDER.answer())),
                Action.FaqAnswer.class).entry().entryId()).isEqualTo(ORDER.entryId());
        assertThat(search.rewriteAsked).isEmpty();
    }

    @Test
    void aMessageAfterAnActHasNoQuestionToBeRewrittenFrom() {
        search.rewrite("and to the UK?", TO_THE_UK).confident(TO_THE_UK, SHIPPING);
        flow.says(DELIVERY);
        flow.says("thanks");
        flow.says("and to the UK?");
        assertThat(search.rewriteAsked).isEmpty();
    }

    @Test
    void nothingIsRewrittenWithoutAPreviousQuestionNorAcrossAStartOver() {
        search.rewrite("and to the UK?", TO_THE_UK).confident(TO_THE_UK, SHIPPING);
        assertThat(flow.says("and to the UK?").main()).isInstanceOf(Action.Handoff.class);
        flow.says(DELIVERY);
        flow.says("start over");
        assertThat(flow.says("and to the UK?").main()).isInstanceOf(Action.Handoff.class);
        assertThat(search.rewriteAsked).isEmpty();
    }

    @Test
    void aLongMessageIsNotAFollowUp() {
        String longer = "and could you also tell me whether the parcel can be left with a neighbour?";
        search.far(longer, SHIPPING).rewrite(longer, TO_THE_UK).confident(TO_THE_UK, SHIPPING);
        flow.says(DELIVERY);
        assertThat(flow.says(longer).main()).isInstanceOf(Action.Handoff.class);
        assertThat(search.rewriteAsked).isEmpty();
    }

    @Test
    void aRewriteNamingWhatAPageNamesGetsThePage() {
        String svalbard = "How long does delivery to Svalbard take?";
        search.rewrite("and to Svalbard?", svalbard).confident(svalbard, SHIPPING)
                .page(svalbard, true, "Delivery to Svalbard takes nine to twelve days.");
        flow.says(DELIVERY);
        var passage = main(flow.says("and to Svalbard?"), Action.PassageAnswer.class);
        assertThat(passage.text()).contains("Svalbard");
    }
}
