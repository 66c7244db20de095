package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.main;
import static org.answerdesk.dialogue.FakeSearch.ORDER;
import static org.answerdesk.dialogue.FakeSearch.PASSWORD;
import static org.answerdesk.dialogue.FakeSearch.SHIPPING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A message that asks several questions gets an answer to each, in order; an unsure one is never answered alone. */
class SeveralQuestionsTest {

    private final FakeSearch search = new FakeSearch()
            .confident("Do you ship to Norway?", SHIPPING)
            .confident("which payment methods do you accept?", ORDER)
            .confident("How do I reset my password?", PASSWORD)
            .unsure("what about the thing I mentioned?", ORDER, PASSWORD);
    private final DialogueFlow flow = new DialogueFlow(search);

    @Test
    void eachQuestionGetsItsAnswerInOrder() {
        var d = flow.says("Do you ship to Norway? And which payment methods do you accept?");
        assertThat(d.actions()).hasSize(2);
        assertThat(((Action.FaqAnswer) d.actions().get(0)).entry()).isEqualTo(SHIPPING);
        assertThat(main(d, Action.FaqAnswer.class).entry()).isEqualTo(ORDER);
    }

    @Test
    void anUnsurePartGetsAClarifyOfItsOwnAfterTheAnswers() {
        var d = flow.says("How do I reset my password? And what about the thing I mentioned?");
        assertThat(((Action.FaqAnswer) d.actions().get(0)).entry()).isEqualTo(PASSWORD);
        assertThat(main(d, Action.Clarify.class).choices()).containsExactly(ORDER, PASSWORD);
    }

    @Test
    void theSameEntryTwiceIsAnsweredOnce() {
        search.confident("Can you ship it to Norway?", SHIPPING);
        var d = flow.says("Do you ship to Norway? Can you ship it to Norway?");
        assertThat(d.actions()).hasSize(1);
    }

    @Test
    void aShortSecondSentenceIsNoQuestionOfItsOwn() {
        assertThat(Parts.of("How long does delivery take? To the UK?", Locale.ENGLISH)).hasSize(1);
        assertThat(Parts.of("How long does delivery take? Which payment methods do you accept?", Locale.ENGLISH)).hasSize(2);
    }

    @Test
    void severalQuestionsAreNeverPreparedWithoutTheConversation() {
        var policy = new DialoguePolicy(search, search, search, search.acts);
        assertThat(policy.prepare("Do you ship to Norway? And which payment methods do you accept?", java.util.Locale.ENGLISH).retrieval())
                .isNull();
    }
}
