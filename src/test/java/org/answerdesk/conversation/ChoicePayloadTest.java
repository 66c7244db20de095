package org.answerdesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class ChoicePayloadTest {

    @Test
    void anEntryAndSomethingElseRoundTrip() {
        assertThat(ChoicePayload.decode(ChoicePayload.entry(41, 7)))
                .contains(new ChoicePayload.Pick(41, OptionalLong.of(7)));
        var somethingElse = ChoicePayload.decode(ChoicePayload.somethingElse(41)).orElseThrow();
        assertThat(somethingElse.replyId()).isEqualTo(41);
        assertThat(somethingElse.somethingElse()).isTrue();
    }

    @Test
    void theLongestPayloadFitsTelegramsCallbackData() {
        String longest = ChoicePayload.entry(Long.MAX_VALUE / 10, Long.MAX_VALUE / 10);
        assertThat(longest.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
        assertThat(ChoicePayload.decode(longest)).isPresent();
    }

    @Test
    void anythingElseIsNoChoice() {
        for (String bad : new String[] {null, "", "pick:", "pick:1", "pick:1:", "pick:x:1", "pick:1:2:3",
                "csat:1:5", "faq:3", "pick:-1:2", "pick:1:else2", "pick:1234567890123456789:1", "pick:1:2\u0000"}) {
            assertThat(ChoicePayload.decode(bad)).as(String.valueOf(bad)).isEmpty();
        }
    }
}
