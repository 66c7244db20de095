package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * An FAQ too large for the answer head (100,040 entries needed 13 GB of weights and overflowed an int:
 * {@code NegativeArraySizeException}) is ranked by cosine, as the untrained index is, instead of failing. The limit is
 * lowered here so that a small FAQ stands in for a large one.
 */
class FaqIndexSizeLimitTest {

    @Test
    void aHeadBeyondTheLimitBuildsTheUntrainedIndex() {
        Random random = new Random(3);
        List<FaqEntry> entries = new ArrayList<>();
        List<FaqIndex.Phrasing> phrasings = new ArrayList<>();
        for (int e = 0; e < 12; e++) {
            entries.add(FaqIndexTest.entry(e + 1));
            for (int p = 0; p < 4; p++) {
                phrasings.add(new FaqIndex.Phrasing(e + 1, "p" + p,
                        FaqIndexTest.noisy(FaqIndexTest.direction(e), random, 0.3)));
            }
        }
        float[] question = FaqIndexTest.noisy(FaqIndexTest.direction(4), random, 0.3);
        long needed = SoftmaxHead.weights(12, FaqIndexTest.DIMS, SoftmaxHead.Options.forSize(phrasings.size()));

        var limited = FaqIndex.over(FaqIndexTest.DIMS, entries, phrasings).maxHeadWeights(needed - 1).build()
                .rank("p1", question, 3);
        var untrained = FaqIndex.over(FaqIndexTest.DIMS, entries, phrasings).untrained().build()
                .rank("p1", question, 3);
        var trained = FaqIndex.over(FaqIndexTest.DIMS, entries, phrasings).maxHeadWeights(needed).build()
                .rank("p1", question, 3);

        assertThat(limited).isEqualTo(untrained);
        assertThat(limited.matches().get(0).entryId()).isEqualTo(5L);
        assertThat(trained.confidence()).isNotEqualTo(untrained.confidence()); // at the limit it still trains
    }

    @Test
    void theFaqThatOverflowedIsBeyondTheDefaultLimit() {
        var options = SoftmaxHead.Options.forSize(100_040 * 3);
        assertThat(SoftmaxHead.weights(100_040, 384, options)).isGreaterThan(Integer.MAX_VALUE);
        assertThat(SoftmaxHead.fits(100_040, 384, 100_040 * 3, SoftmaxHead.MAX_WEIGHTS)).isFalse();
        assertThat(SoftmaxHead.fits(1_000, 384, 5_000, SoftmaxHead.MAX_WEIGHTS)).isTrue(); // a large shop's FAQ
    }
}
