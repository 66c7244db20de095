package org.answerdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * An adapted model's confidence scale comes from the phrasings held out of its training: the last phrasing of every
 * entry with three or more, scored against the closest trained phrasing of its entry.
 */
class AdaptedModelTest {

    private static float[] unit(double angle) {
        return new float[] {(float) Math.cos(angle), (float) Math.sin(angle)};
    }

    @Test
    void theLastPhrasingOfAnEntryWithThreeIsHeldOutAndCalibratesTheIndex() {
        FaqEntry three = new FaqEntry(1, "q1", "a1", null, List.of(), List.of("a", "b", "held out"));
        FaqEntry two = new FaqEntry(2, "q2", "a2", null, List.of(), List.of("c", "d"));
        assertThat(AdaptedModel.trainingPhrasings(three)).containsExactly("a", "b");
        assertThat(AdaptedModel.trainingPhrasings(two)).containsExactly("c", "d");

        List<FaqIndex.Phrasing> phrasings = List.of(
                new FaqIndex.Phrasing(1, "a", unit(0)), new FaqIndex.Phrasing(1, "b", unit(0.05)),
                new FaqIndex.Phrasing(1, "held out", unit(0.65)), // cos(0.6) to its closest trained phrasing
                new FaqIndex.Phrasing(2, "c", unit(2)), new FaqIndex.Phrasing(2, "d", unit(2.1)));
        double[] cosines = AdaptedModel.calibration(List.of(three, two), phrasings);
        assertThat(cosines).hasSize(1);
        assertThat(cosines[0]).isCloseTo(Math.cos(0.6), org.assertj.core.data.Offset.offset(1e-6));

        // leave-one-out would put a question at cos(0.3) below most of the entry's own, very close phrasings;
        // against the held-out phrasing it is as close as a new question gets
        FaqIndex calibrated = new FaqIndex(2, List.of(three, two), phrasings, cosines);
        FaqIndex usual = new FaqIndex(2, List.of(three, two), phrasings);
        assertThat(calibrated.confidence(Math.cos(0.3))).isEqualTo(1.0);
        assertThat(usual.confidence(Math.cos(0.3))).isLessThan(0.5);
    }
}
