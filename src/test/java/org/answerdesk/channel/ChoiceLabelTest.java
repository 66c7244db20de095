package org.answerdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChoiceLabelTest {

    @Test
    void aShortQuestionIsKeptOnOneLine() {
        assertThat(ChoiceLabel.of("  How do I\n reset my   password? ", 60)).isEqualTo("How do I reset my password?");
    }

    @Test
    void aLongQuestionIsCutAtAWordWithinTheLimit() {
        String label = ChoiceLabel.of("Can I change the delivery address after my order has already been shipped?", 40);
        assertThat(label).isEqualTo("Can I change the delivery address after…");
        assertThat(label.codePointCount(0, label.length())).isLessThanOrEqualTo(40);
    }

    @Test
    void aQuestionWithoutSpacesIsCutHardButNeverInsideAnEmoji() {
        String label = ChoiceLabel.of("x".repeat(8) + "👍".repeat(10), 12);
        assertThat(label).isEqualTo("x".repeat(8) + "👍".repeat(3) + "…");
    }
}
