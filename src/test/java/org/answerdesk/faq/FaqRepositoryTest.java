package org.answerdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the repository stores vectors. */
class FaqRepositoryTest {

    @Test
    void vectorsSurviveTheByteEncoding() {
        float[] v = {0.25f, -1.5f, 3e-7f};
        assertThat(FaqRepository.fromBytes(FaqRepository.toBytes(v))).containsExactly(v);
    }
}
