package org.answerdesk.conversation.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.conversation.Suggestion;
import org.junit.jupiter.api.Test;

/** A reply that says "pick one of these" shows them in its own text, for a channel that shows only text. */
class ChoiceListTest {

    @Test
    void theQuestionsAreNumberedUnderThePrompt() {
        String text = ChoiceList.numbered("Ask in your own words, or pick one of these.",
                List.of(new Suggestion(5, "Where is my parcel?", 0), new Suggestion(6, "Can I pay later?", 0)));
        assertThat(text).isEqualTo("Ask in your own words, or pick one of these.\n1. Where is my parcel?\n"
                + "2. Can I pay later?");
    }

    @Test
    void noQuestionsLeaveThePromptAlone() {
        assertThat(ChoiceList.numbered("Hi!", List.of())).isEqualTo("Hi!");
    }
}
