package org.answerdesk.conversation.work;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A transcript is judged as typed text is: cleaned, nothing readable is nothing heard, the length limit holds. */
class HearingTest {

    @Test
    void aTranscriptIsCleanedAsTypedTextIsAndOneWithNothingToReadIsNotHeard() {
        assertThat(Hearing.asTyped("  How do I\u0000 reset\u0085 my password?\u0007 ")).isEqualTo(
                "How do I reset my password?");
        assertThat(Hearing.asTyped("\u200B\u200D \u0001")).isNull();
        assertThat(Hearing.asTyped(null)).isNull();
    }

    @Test
    void aTranscriptOverTheMessageLimitIsTooLongCountedAsAPersonCounts() {
        String emoji = "\uD83D\uDE00";
        assertThat(Hearing.tooLong(emoji.repeat(4_000), 4_000)).isFalse();
        assertThat(Hearing.tooLong("a".repeat(4_001), 4_000)).isTrue();
    }
}
