package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.main;
import static org.answerdesk.dialogue.FakeSearch.LEARNED;
import static org.answerdesk.dialogue.FakeSearch.ORDER;
import static org.answerdesk.dialogue.FakeSearch.PASSWORD;
import static org.answerdesk.dialogue.FakeSearch.SHIPPING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import java.util.Locale;
import org.answerdesk.llm.LlmAnswer;
import org.answerdesk.llm.LlmQuestion;
import org.junit.jupiter.api.Test;

/** What a question gets, by the FAQ's verdict, the shop's pages and the LLM: scripted over fixed scores. */
class QuestionDecisionTest {

    private final FakeSearch search = new FakeSearch();
    private final DialogueFlow flow = new DialogueFlow(search);

    @Test
    void aConfidentEntryIsTheAnswerWithOwnerWordedRelatedQuestions() {
        search.confident("reset pw", PASSWORD, LEARNED, ORDER);
        var answer = main(flow.says("reset pw"), Action.FaqAnswer.class);
        assertThat(answer.entry()).isEqualTo(PASSWORD);
        assertThat(answer.picked()).isFalse();
        assertThat(answer.chosenBy()).isNull();
        assertThat(answer.related()).containsExactly(ORDER);
        assertThat(search.asked).isEmpty();
    }

    @Test
    void anUnsureQuestionIsOfferedTheOwnerWordedChoices() {
        search.unsure("my stuff", ORDER, LEARNED, SHIPPING);
        var clarify = main(flow.says("my stuff"), Action.Clarify.class);
        assertThat(clarify.choices()).containsExactly(ORDER, SHIPPING);
        assertThat(clarify.closest()).isEqualTo(ORDER.entryId());
        assertThat(clarify.handsOver()).isFalse();
    }

    @Test
    void choicesThatAreAllCustomerWordedAreNotOffered() {
        search.unsure("pw?", LEARNED);
        assertThat(main(flow.says("pw?"), Action.OfferPerson.class).why()).isEqualTo(Action.OfferPerson.Why.NOT_FOUND);
        var handoff = main(flow.says("pw?"), Action.Handoff.class);
        assertThat(handoff.reason()).isEqualTo(HandoffReasons.NO_ANSWER);
    }

    @Test
    void aConfidentPassageGoesBeforeDidYouMean() {
        search.unsure("svalbard delivery", SHIPPING, ORDER).page("svalbard delivery", true, "Nine to twelve days.");
        var passage = main(flow.says("svalbard delivery"), Action.PassageAnswer.class);
        assertThat(passage.text()).contains("**Delivery**", "Nine to twelve days.", "https://shop.example/delivery");
        assertThat(passage.related()).containsExactly(SHIPPING, ORDER);
    }

    @Test
    void anUnsurePassageLeavesTheChoices() {
        search.unsure("svalbard", SHIPPING, ORDER).page("svalbard", false, "Nine to twelve days.");
        assertThat(flow.says("svalbard").main()).isInstanceOf(Action.Clarify.class);
    }

    @Test
    void withoutAnLlmAFirstMissOffersAPersonAndTheSecondIsHandedOverWithTheClosestEntry() {
        search.far("a claim", ORDER, SHIPPING);
        var offer = flow.says("a claim");
        assertThat(main(offer, Action.OfferPerson.class).why()).isEqualTo(Action.OfferPerson.Why.NOT_FOUND);
        assertThat(offer.main().handsOver()).as("no ticket the customer did not ask for").isFalse();
        var handoff = main(flow.says("a claim"), Action.Handoff.class);
        assertThat(handoff.reason()).isEqualTo(HandoffReasons.NO_ANSWER);
        assertThat(handoff.closest()).isEqualTo(ORDER.entryId());
        assertThat(handoff.related()).containsExactly(ORDER, SHIPPING);
        assertThat(handoff.model()).isNull();
    }

    @Test
    void withoutAnLlmAConfidentPassageAnswersAMiss() {
        search.far("opening hours", ORDER).page("opening hours", true, "We open at nine.");
        assertThat(main(flow.says("opening hours"), Action.PassageAnswer.class).text()).contains("We open at nine.");
    }

    @Test
    void withoutAnLlmAnUnsurePassageIsNoAnswer() {
        search.far("opening hours", ORDER).page("opening hours", false, "We open at nine.");
        assertThat(main(flow.says("opening hours"), Action.OfferPerson.class).why())
                .isEqualTo(Action.OfferPerson.Why.NOT_FOUND);
        assertThat(main(flow.says("opening hours"), Action.Handoff.class).reason())
                .isEqualTo(HandoffReasons.NO_ANSWER);
    }

    @Test
    void aQuestionNothingIsCloseToHasNoClosestEntry() {
        var handoff = main(flow.missesTwice("the moon landing"), Action.Handoff.class);
        assertThat(handoff.closest()).isNull();
        assertThat(handoff.related()).isEmpty();
    }

    @Test
    void theLlmPicksAnEntryWhoseOwnAnswerIsSent() {
        search.far("where's my parcel", SHIPPING, ORDER).llm(ORDER.entryId(), null);
        var answer = main(flow.says("where's my parcel"), Action.FaqAnswer.class);
        assertThat(answer.entry()).isEqualTo(ORDER);
        assertThat(answer.chosenBy()).isEqualTo("test-model");
        assertThat(answer.related()).containsExactly(SHIPPING);
        assertThat(search.asked).as("no free text once an entry is chosen").isEmpty();
    }

    @Test
    void theLlmWritesWhenItPicksNoEntry() {
        search.far("gift wrap?", ORDER).llm(null, new LlmAnswer("Yes, we wrap gifts.", "m1", 10, 5, false));
        var answer = main(flow.says("gift wrap?"), Action.LlmAnswer.class);
        assertThat(answer.text()).isEqualTo("Yes, we wrap gifts.");
        assertThat(answer).extracting(Action.LlmAnswer::model, Action.LlmAnswer::tokensIn, Action.LlmAnswer::tokensOut)
                .containsExactly("m1", 10, 5);
        assertThat(answer.closest()).isEqualTo(ORDER.entryId());
        assertThat(search.asked.get(0).context()).extracting(LlmQuestion.Context::question)
                .containsExactly(ORDER.question());
    }

    @Test
    void theLlmIsGivenTheLatestTurnsOfTheConversation() {
        var turns = List.of(new HistoryTurn(true, "one"), new HistoryTurn(false, "two"),
                new HistoryTurn(true, "three"), new HistoryTurn(false, "four"),
                new HistoryTurn(true, "five"));
        flow.state(DialogueState.fresh(Locale.ENGLISH).withHistory(turns));
        search.llm(null, new LlmAnswer("Sure.", "m1", 1, 1, false));
        flow.says("and then?");
        assertThat(search.asked.get(0).history()).extracting(LlmQuestion.Turn::text)
                .containsExactly("two", "three", "four", "five");
    }

    @Test
    void aFailedLlmHandsOver() {
        search.far("gift wrap?", ORDER).llm(null, null);
        assertThat(main(flow.says("gift wrap?"), Action.Handoff.class).reason()).isEqualTo(HandoffReasons.LLM_FAILED);
    }

    @Test
    void aFailedLlmFallsBackToAConfidentPassage() {
        search.far("gift wrap?", ORDER).llm(null, null).page("gift wrap?", true, "Gift wrapping costs 2 EUR.");
        assertThat(main(flow.says("gift wrap?"), Action.PassageAnswer.class).text()).contains("2 EUR");
    }

    @Test
    void aDecliningLlmHandsOverKeepingItsModelAndTokens() {
        search.far("a claim", ORDER).llm(null, new LlmAnswer("", "m1", 30, 2, true));
        var handoff = main(flow.says("a claim"), Action.Handoff.class);
        assertThat(handoff.reason()).isEqualTo(HandoffReasons.LLM_DECLINED);
        assertThat(handoff).extracting(Action.Handoff::model, Action.Handoff::tokensIn).containsExactly("m1", 30);
    }

    @Test
    void anLlmAnswerCitingAPassageLinksIt() {
        search.far("svalbard", SHIPPING).page("svalbard", false, "Nine to twelve days.")
                .llm(null, new LlmAnswer("It takes nine to twelve days [2].", "m1", 1, 1, false));
        var answer = main(flow.says("svalbard"), Action.LlmAnswer.class);
        assertThat(answer.text()).isEqualTo("It takes nine to twelve days ([Delivery](https://shop.example/delivery)).");
        assertThat(search.asked.get(0).sources()).hasSize(1);
    }

    @Test
    void anLlmAnswerCitingNothingItWasGivenIsNotSent() {
        search.far("svalbard", SHIPPING).page("svalbard", false, "Nine to twelve days.")
                .llm(null, new LlmAnswer("About a week, I think.", "m1", 7, 3, false));
        var handoff = main(flow.says("svalbard"), Action.Handoff.class);
        assertThat(handoff.reason()).isEqualTo(HandoffReasons.LLM_UNCITED);
        assertThat(handoff.tokensOut()).isEqualTo(3);
    }

    @Test
    void aVerdictWorkedOutBeforeIsNotWorkedOutAgain() {
        search.unsure("my stuff", ORDER, SHIPPING);
        var prepared = new DialoguePolicy(search, search, search, search.acts).prepare("my stuff", java.util.Locale.ENGLISH);
        assertThat(prepared.answer()).isEmpty();
        flow.turn(new Incoming(Intent.QUESTION, "my stuff", null, prepared.retrieval()));
        assertThat(search.retrieved).containsExactly("my stuff");
    }

    @Test
    void aConfidentAnswerIsPreparedWithoutTheConversation() {
        search.confident("reset pw", PASSWORD);
        var prepared = new DialoguePolicy(search, search, search, search.acts).prepare("reset pw", java.util.Locale.ENGLISH);
        assertThat(prepared.answer()).get().isInstanceOf(Action.FaqAnswer.class);
    }

    @Test
    void personRequestsAndYesAreNeverPrepared() {
        var policy = new DialoguePolicy(search, search, search, search.acts);
        search.confident("yes", PASSWORD).confident("talk to a human", PASSWORD);
        assertThat(policy.prepare("talk to a human", java.util.Locale.ENGLISH).answer()).isEmpty();
        assertThat(policy.prepare("yes", java.util.Locale.ENGLISH).answer()).isEmpty();
        assertThat(search.retrieved).isEmpty();
    }

    @Test
    void aPageThatNamesWhatTheQuestionNamesAnswersInsteadOfTheGenericEntry() {
        search.confident("How long does shipping to Svalbard take?", SHIPPING)
                .page("How long does shipping to Svalbard take?", true, "Delivery to Svalbard takes nine to twelve days.");
        var passage = main(flow.says("How long does shipping to Svalbard take?"), Action.PassageAnswer.class);
        assertThat(passage.text()).contains("Svalbard", "https://shop.example/delivery");
        assertThat(passage.related()).containsExactly(SHIPPING);
    }

    @Test
    void aPageThatIsNotSureLeavesTheEntrysAnswer() {
        search.confident("How long does shipping to Svalbard take?", SHIPPING)
                .page("How long does shipping to Svalbard take?", false, "Delivery to Svalbard takes nine days.");
        assertThat(flow.says("How long does shipping to Svalbard take?").main()).isInstanceOf(Action.FaqAnswer.class);
    }

    @Test
    void aQuestionNamingNothingTheEntryLacksSearchesNoPages() {
        search.confident("Do you ship to the UK?", SHIPPING).confident("How do I reset my password?", PASSWORD);
        assertThat(flow.says("Do you ship to the UK?").main()).isInstanceOf(Action.FaqAnswer.class);
        assertThat(flow.says("How do I reset my password?").main()).isInstanceOf(Action.FaqAnswer.class);
        assertThat(search.searched).isEmpty();
    }
}
