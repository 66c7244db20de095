package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class FaqIndexTest {

    static FaqEntry entry(long id) {
        return new FaqEntry(id, "q" + id, "a" + id, null, List.of(), List.of());
    }

    @Test
    void ranksEntriesByTheirBestPhrasing() {
        var index = FaqIndex.over(2, List.of(entry(1), entry(2), entry(3)), List.of(
                new FaqIndex.Phrasing(1, "x", new float[] {1, 0}),
                new FaqIndex.Phrasing(2, "y", new float[] {0, 1}),
                new FaqIndex.Phrasing(2, "xy", new float[] {0.8f, 0.6f}),
                new FaqIndex.Phrasing(3, "-x", new float[] {-1, 0}))).build();
        var matches = index.search(new float[] {0.6f, 0.8f}, 2);
        assertThat(matches).extracting(FaqMatch::entryId).containsExactly(2L, 1L);
        assertThat(matches.get(0).score()).isCloseTo(0.96, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(index.phrasingCount()).isEqualTo(4);
    }

    @Test
    void ignoresPhrasingsOfUnknownEntries() {
        var index = FaqIndex.over(2, List.of(entry(1)), List.of(
                new FaqIndex.Phrasing(1, "x", new float[] {1, 0}),
                new FaqIndex.Phrasing(9, "gone", new float[] {1, 0}))).build();
        assertThat(index.search(new float[] {1, 0}, 5)).extracting(FaqMatch::entryId).containsExactly(1L);
    }

    @Test
    void anUntrainedIndexRanksByTheClosestPhrasingWithAProbabilityAsConfidence() {
        var entries = List.of(entry(1), entry(2), entry(3));
        var phrasings = List.of(
                new FaqIndex.Phrasing(1, "x", new float[] {1, 0}),
                new FaqIndex.Phrasing(1, "x again", new float[] {0.96f, 0.28f}),
                new FaqIndex.Phrasing(2, "y", new float[] {0, 1}),
                new FaqIndex.Phrasing(2, "xy", new float[] {0.8f, 0.6f}),
                new FaqIndex.Phrasing(3, "-x", new float[] {-1, 0}));
        float[] question = {0.6f, 0.8f};
        var untrained = FaqIndex.over(2, entries, phrasings).untrained().build().rank("", question, 3);
        assertThat(untrained.matches()).extracting(FaqMatch::entryId).containsExactly(2L, 1L, 3L);
        assertThat(untrained.matches()).extracting(FaqMatch::score)
                .containsExactlyElementsOf(untrained.matches().stream().map(FaqMatch::score).sorted((a, b) -> Double.compare(b, a)).toList());
        assertThat(untrained.confidence()).isStrictlyBetween(0.0, 1.0);
    }

    /** 12 entries of 5 phrasings, each a noisy copy of the entry's own direction in 32 dimensions. */
    static final int DIMS = 32;

    static float[] direction(int entry) {
        float[] v = new float[DIMS];
        v[entry] = 1;
        v[DIMS - 1] = 0.8f; // every entry shares a common part, as sentences of one domain do
        return Embedder.normalize(v);
    }

    static float[] noisy(float[] v, Random random, double noise) {
        float[] out = new float[v.length];
        for (int d = 0; d < v.length; d++) {
            out[d] = (float) (v[d] + random.nextGaussian() * noise);
        }
        return Embedder.normalize(out);
    }

    static List<FaqIndex.Phrasing> phrasings(int entries, Random random) {
        List<FaqIndex.Phrasing> out = new ArrayList<>();
        for (int e = 0; e < entries; e++) {
            for (int p = 0; p < 5; p++) {
                out.add(new FaqIndex.Phrasing(e + 1, "p" + p, noisy(direction(e), random, 0.12)));
            }
        }
        return out;
    }

    static List<FaqEntry> entries(int count) {
        List<FaqEntry> out = new ArrayList<>();
        for (int e = 1; e <= count; e++) {
            out.add(entry(e));
        }
        return out;
    }

    @Test
    void confidenceIsHighNearAnEntryLowerBetweenTwoAndLowestFarFromAll() {
        Random random = new Random(7);
        var index = FaqIndex.over(DIMS, entries(12), phrasings(12, random)).build();
        float[] between = new float[DIMS];
        for (int d = 0; d < DIMS; d++) {
            between[d] = direction(0)[d] + direction(1)[d];
        }
        float[] elsewhere = new float[DIMS];
        elsewhere[20] = 1;
        double near = index.rank("", noisy(direction(0), random, 0.05), 1).confidence();
        double middle = index.rank("", Embedder.normalize(between), 1).confidence();
        double far = index.rank("", elsewhere, 1).confidence();
        assertThat(index.rank("", noisy(direction(0), random, 0.05), 1).matches().get(0).entryId()).isEqualTo(1L);
        assertThat(near).isGreaterThan(0.5).isGreaterThan(middle);
        assertThat(middle).isGreaterThan(far);
        assertThat(far).isLessThan(0.1);
    }

    @Test
    void heldOutQuestionsTheFaqCannotAnswerLowerTheConfidenceOfQuestionsLikeThem() {
        Random random = new Random(11);
        var phrasings = phrasings(12, random);
        // questions about entry 12's topic, which this FAQ lacks: close to entry 1, right for none
        List<FaqIndex.Phrasing> heldOut = new ArrayList<>();
        float[] unanswerable = new float[DIMS];
        for (int d = 0; d < DIMS; d++) {
            unanswerable[d] = 0.7f * direction(0)[d] + 0.3f * direction(11)[d];
        }
        for (int i = 0; i < 200; i++) {
            heldOut.add(new FaqIndex.Phrasing(-1, "oos", noisy(Embedder.normalize(unanswerable), random, 0.03)));
        }
        var plain = FaqIndex.over(DIMS, entries(11), phrasings.subList(0, 55)).build();
        var informed = FaqIndex.over(DIMS, entries(11), phrasings.subList(0, 55)).heldOut(heldOut).build();
        float[] question = Embedder.normalize(unanswerable);
        assertThat(informed.rank("", question, 1).confidence()).isLessThan(plain.rank("", question, 1).confidence());
    }

    @Test
    void excludedEntriesAreLeftOutOfTheRankingAndItsConfidence() {
        Random random = new Random(3);
        var index = FaqIndex.over(DIMS, entries(12), phrasings(12, random)).build();
        float[] question = noisy(direction(4), random, 0.05);
        var all = index.rank("", question, 3);
        var without = index.rank("", question, 3, java.util.Set.of(5L));
        assertThat(all.matches().get(0).entryId()).isEqualTo(5L);
        assertThat(without.matches()).extracting(FaqMatch::entryId).doesNotContain(5L).hasSize(3);
        assertThat(without.confidence()).isLessThan(all.confidence());
    }
}
