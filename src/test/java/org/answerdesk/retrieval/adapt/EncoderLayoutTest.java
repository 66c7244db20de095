package org.answerdesk.retrieval.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The position ids each layout gives a right-padded batch (issue 51 item 6: XLM-R counts from padding_idx + 1). */
class EncoderLayoutTest {

    // two texts of 3 and 5 tokens, padded to 5
    private static final float[] MASK = {1, 1, 1, 0, 0, 1, 1, 1, 1, 1};

    @Test
    void bertNumbersEverySlotFromZero() {
        assertThat(EncoderLayout.BERT.positionIds(MASK, 2, 5)).containsExactly(0, 1, 2, 3, 4, 0, 1, 2, 3, 4);
        assertThat(EncoderLayout.BERT.lastPosition(128)).isEqualTo(127);
    }

    /** As RoBERTa's create_position_ids_from_input_ids with padding_idx 1: cumsum(mask) + 1, padding at 1. */
    @Test
    void robertaCountsTokensFromTwoAndPutsPaddingAtThePaddingId() {
        assertThat(EncoderLayout.ROBERTA.positionIds(MASK, 2, 5)).containsExactly(2, 3, 4, 1, 1, 2, 3, 4, 5, 6);
        assertThat(EncoderLayout.ROBERTA.tokenTypes()).isFalse();
        assertThat(EncoderLayout.ROBERTA.lastPosition(128)).isEqualTo(129); // XLM-R's table has 514 rows
        assertThat(EncoderLayout.ROBERTA).hasToString("RoBERTa/XLM-R (positions from 2, no token types)");
    }
}
