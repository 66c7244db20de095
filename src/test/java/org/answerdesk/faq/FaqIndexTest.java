package org.answerdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FaqIndexTest {

    static FaqEntry entry(long id) {
        return new FaqEntry(id, "q" + id, "a" + id, null, List.of(), List.of());
    }

    @Test
    void ranksEntriesByTheirBestPhrasing() {
        var index = new FaqIndex(2, List.of(entry(1), entry(2), entry(3)), List.of(
                new FaqIndex.Phrasing(1, "x", new float[] {1, 0}),
                new FaqIndex.Phrasing(2, "y", new float[] {0, 1}),
                new FaqIndex.Phrasing(2, "xy", new float[] {0.8f, 0.6f}),
                new FaqIndex.Phrasing(3, "-x", new float[] {-1, 0})));
        var matches = index.search(new float[] {0.6f, 0.8f}, 2);
        assertThat(matches).extracting(FaqMatch::entryId).containsExactly(2L, 1L);
        assertThat(matches.get(0).score()).isCloseTo(0.96, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(index.phrasingCount()).isEqualTo(4);
    }

    @Test
    void ignoresPhrasingsOfUnknownEntries() {
        var index = new FaqIndex(2, List.of(entry(1)), List.of(
                new FaqIndex.Phrasing(1, "x", new float[] {1, 0}),
                new FaqIndex.Phrasing(9, "gone", new float[] {1, 0})));
        assertThat(index.search(new float[] {1, 0}, 5)).extracting(FaqMatch::entryId).containsExactly(1L);
    }

    @Test
    void anUntrainedIndexRanksByTheClosestPhrasingWithTheSameConfidence() {
        var entries = List.of(entry(1), entry(2), entry(3));
        var phrasings = List.of(
                new FaqIndex.Phrasing(1, "x", new float[] {1, 0}),
                new FaqIndex.Phrasing(1, "x again", new float[] {0.96f, 0.28f}),
                new FaqIndex.Phrasing(2, "y", new float[] {0, 1}),
                new FaqIndex.Phrasing(2, "xy", new float[] {0.8f, 0.6f}),
                new FaqIndex.Phrasing(3, "-x", new float[] {-1, 0}));
        float[] question = {0.6f, 0.8f};
        var untrained = FaqIndex.untrained(2, entries, phrasings).rank("", question, 3);
        var trained = new FaqIndex(2, entries, phrasings).rank("", question, 3);
        assertThat(untrained.matches()).extracting(FaqMatch::entryId).containsExactly(2L, 1L, 3L);
        assertThat(untrained.matches()).extracting(FaqMatch::score)
                .containsExactlyElementsOf(untrained.matches().stream().map(FaqMatch::score).sorted((a, b) -> Double.compare(b, a)).toList());
        assertThat(untrained.confidence()).isEqualTo(trained.confidence());
    }

    @Test
    void vectorsSurviveTheByteEncoding() {
        float[] v = {0.25f, -1.5f, 3e-7f};
        assertThat(FaqRepository.fromBytes(FaqRepository.toBytes(v))).containsExactly(v);
    }
}
