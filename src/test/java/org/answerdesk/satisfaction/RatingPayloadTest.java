package org.answerdesk.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RatingPayloadTest {

    @Test
    void aScoreForARequestReadsBackAsItWasWritten() {
        String payload = RatingPayload.encode(42, 4);

        assertThat(payload).isEqualTo("csat:42:4").matches(RatingPayload.PATTERN);
        assertThat(RatingPayload.decode(payload)).contains(new RatingPayload(42, 4));
        assertThat(new RatingPayload(42, 4).encode()).isEqualTo(payload);
        assertThat(RatingPayload.forRequest(42)).isEqualTo("csat:42");
    }

    @Test
    void whatIsNotARatingPayloadIsNotRead() {
        assertThat(RatingPayload.decode(null)).isEmpty();
        assertThat(RatingPayload.decode("faq:42")).isEmpty();
        assertThat(RatingPayload.decode("csat:42")).isEmpty();
        assertThat(RatingPayload.decode("csat:42:45")).isEmpty();
        assertThat(RatingPayload.decode("csat:1234567890123456789:4")).isEmpty();
        assertThat(RatingPayload.decode("xcsat:42:4")).isEmpty();
    }
}
