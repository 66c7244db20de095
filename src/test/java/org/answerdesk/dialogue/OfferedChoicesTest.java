package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.api.Test;

/**
 * A "yes" or a follow-up typed while "did you mean" shows reads the entries shown from the reply that showed them
 * ({@link LastReply#offered()}): neither looks a shown entry, nor the question they were offered for, up again.
 */
class OfferedChoicesTest {

    private static final Locale EN = Locale.ENGLISH;

    @Test
    void yesToOneChoiceIsItsAnswerWithoutLookingItUp() {
        // the FAQ does not find the entry by its own question: only the reply that offered it knows it
        FakeSearch search = new FakeSearch().unsure(Cleanup.forLookup("pw thing broken", EN), FakeSearch.PASSWORD);
        DialogueFlow flow = new DialogueFlow(search);
        flow.says("pw thing broken");
        search.retrieved.clear();

        assertThat(flow.says("yes").main()).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> {
                    assertThat(a.entry()).isEqualTo(FakeSearch.PASSWORD);
                    assertThat(a.confidence()).as("confirmed, as a press is").isEqualTo(1);
                });
        assertThat(search.retrieved).isEmpty();
    }

    @Test
    void yesToOneChoiceWhoseEntryIsGoneIsNotAnAnswer() {
        FaqMatch gone = new FaqMatch(FakeSearch.PASSWORD.entryId(), FakeSearch.PASSWORD.question(), null, 0.6);
        DialogueFlow flow = new DialogueFlow(new FakeSearch()).state(DialogueState.fresh(EN)
                .after(new LastReply(false, null, "Did you mean", "pw thing broken", true, List.of(gone), 0.3)));

        assertThat(flow.says("yes").main()).isNotInstanceOf(Action.FaqAnswer.class);
    }

    @Test
    void aChoiceTypedAsShownDoesNotLookUpTheQuestionTheChoicesWereOfferedFor() {
        FaqMatch express = new FaqMatch(51, "Do you offer express shipping?", "Express: 1-2 days, 9.90.", 0.6);
        FaqMatch payment = new FaqMatch(52, "What payment methods do you accept?", "Cards and PayPal.", 0.5);
        String vague = Cleanup.forLookup("express delivery", EN);
        FakeSearch search = new FakeSearch().unsure(vague, express, payment)
                .unsure(Cleanup.forLookup(express.question(), EN), express, payment);
        DialogueFlow flow = new DialogueFlow(search);
        flow.says("express delivery");
        search.retrieved.clear();

        assertThat(flow.says(express.question()).main()).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry()).isEqualTo(express));
        assertThat(search.retrieved).doesNotContain(vague);
    }

    @Test
    void theChoicesShownAreKeptWithTheirAnswersAndTheOffersConfidence() {
        FakeSearch search = new FakeSearch().unsure(Cleanup.forLookup("pw thing broken", EN), FakeSearch.PASSWORD,
                FakeSearch.ORDER);
        DialogueFlow flow = new DialogueFlow(search);
        flow.says("pw thing broken");

        LastReply shown = flow.state().lastReply().orElseThrow();
        assertThat(shown.offered()).isEqualTo(Arrays.asList(FakeSearch.PASSWORD, FakeSearch.ORDER));
        assertThat(shown.confidence()).isEqualTo(0.3);
    }
}
