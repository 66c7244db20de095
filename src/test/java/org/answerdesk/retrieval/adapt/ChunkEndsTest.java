package org.answerdesk.retrieval.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The gradient cache's chunks: as many texts as fit the padded-token budget, a long text alone if need be. */
class ChunkEndsTest {

    @Test
    void shortTextsShareAChunkAndALongOneIsCutApart() {
        assertThat(GradientCache.chunkEnds(new int[] {10, 12, 8, 11}, 48)).containsExactly(4);
        assertThat(GradientCache.chunkEnds(new int[] {10, 12, 8, 11}, 36)).containsExactly(3, 4);
        // padded to the longest: 10 and 128 together are 2 x 128 tokens
        assertThat(GradientCache.chunkEnds(new int[] {10, 128, 10, 10}, 200)).containsExactly(1, 2, 4);
        assertThat(GradientCache.chunkEnds(new int[] {300}, 200)).containsExactly(1);
        assertThat(GradientCache.chunkEnds(new int[0], 200)).isEmpty();
    }
}
