package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/**
 * A kept cross-validation stands for a new run only if the run gives the same result for the same inputs, and any
 * input that changes makes another key.
 */
class CrossValidationMemoTest {

    private static final int DIMENSIONS = 16;

    @Test
    void aRunOfTheSameInputsGivesTheSameResult() {
        List<FaqEntry> entries = entries();
        List<FaqIndex.Phrasing> phrasings = phrasings(entries, 7);
        var first = FaqCrossValidation.compute(DIMENSIONS, entries, phrasings, 3);
        var second = FaqCrossValidation.compute(DIMENSIONS, copies(entries), copies(phrasings), 3);
        assertThat(first.calibration().size()).isGreaterThan(40);
        assertThat(first.calibration().outOfScopeCount()).isPositive();
        assertSame(first, second);
    }

    @Test
    void theSameInputsRunOnceAndGetTheRunsResult() {
        List<FaqEntry> entries = entries();
        List<FaqIndex.Phrasing> phrasings = phrasings(entries, 11);
        AtomicInteger runs = new AtomicInteger();
        var first = CrossValidationMemo.get(DIMENSIONS, entries, phrasings, 3, () -> {
            runs.incrementAndGet();
            return FaqCrossValidation.compute(DIMENSIONS, entries, phrasings, 3);
        });
        var again = CrossValidationMemo.get(DIMENSIONS, copies(entries), copies(phrasings), 3, () -> {
            runs.incrementAndGet();
            return FaqCrossValidation.compute(DIMENSIONS, entries, phrasings, 3);
        });
        assertThat(runs).hasValue(1);
        assertThat(again).isSameAs(first);
        assertSame(FaqCrossValidation.run(DIMENSIONS, entries, phrasings, 3),
                FaqCrossValidation.compute(DIMENSIONS, entries, phrasings, 3));
    }

    @Test
    void everyInputTheRunReadsIsInTheKey() {
        List<FaqEntry> entries = entries();
        List<FaqIndex.Phrasing> phrasings = phrasings(entries, 13);
        String key = CrossValidationMemo.key(DIMENSIONS, entries, phrasings, 3);
        assertThat(CrossValidationMemo.key(DIMENSIONS, copies(entries), copies(phrasings), 3)).isEqualTo(key);

        assertThat(CrossValidationMemo.key(DIMENSIONS, entries, phrasings, 4)).isNotEqualTo(key);
        assertThat(CrossValidationMemo.key(DIMENSIONS + 1, entries, phrasings, 3)).isNotEqualTo(key);
        float[] nudged = phrasings.get(5).vector().clone();
        nudged[3] = Math.nextUp(nudged[3]);
        assertThat(CrossValidationMemo.key(DIMENSIONS, entries, replace(phrasings, 5,
                p -> new FaqIndex.Phrasing(p.entryId(), p.text(), nudged)), 3)).isNotEqualTo(key);
        assertThat(CrossValidationMemo.key(DIMENSIONS, entries, replace(phrasings, 5,
                p -> new FaqIndex.Phrasing(p.entryId(), p.text() + "?", p.vector())), 3)).isNotEqualTo(key);
        assertThat(CrossValidationMemo.key(DIMENSIONS, entries, replace(phrasings, 5,
                p -> new FaqIndex.Phrasing(p.entryId() + 1, p.text(), p.vector())), 3)).isNotEqualTo(key);
        List<FaqIndex.Phrasing> swapped = new ArrayList<>(phrasings);
        java.util.Collections.swap(swapped, 0, 1);
        assertThat(CrossValidationMemo.key(DIMENSIONS, entries, swapped, 3)).isNotEqualTo(key);
        assertThat(CrossValidationMemo.key(DIMENSIONS, entries, phrasings.subList(1, phrasings.size()), 3))
                .isNotEqualTo(key);

        assertThat(CrossValidationMemo.key(DIMENSIONS, replace(entries, 2, e -> new FaqEntry(e.id(), e.question(),
                e.answer() + ".", e.category(), e.keywords(), e.phrasings(), e.language())), phrasings, 3))
                .isNotEqualTo(key);
        assertThat(CrossValidationMemo.key(DIMENSIONS, replace(entries, 2, e -> new FaqEntry(e.id(), e.question(),
                e.answer(), "billing", e.keywords(), e.phrasings(), e.language())), phrasings, 3)).isNotEqualTo(key);
        assertThat(CrossValidationMemo.key(DIMENSIONS, replace(entries, 2, e -> new FaqEntry(e.id(), e.question(),
                e.answer(), e.category(), List.of("refund"), e.phrasings(), e.language())), phrasings, 3))
                .isNotEqualTo(key);
        assertThat(CrossValidationMemo.key(DIMENSIONS, replace(entries, 2, e -> new FaqEntry(e.id(), e.question(),
                e.answer(), e.category(), e.keywords(), e.phrasings(), "de")), phrasings, 3)).isNotEqualTo(key);
        // texts whose boundaries move read differently
        assertThat(CrossValidationMemo.key(DIMENSIONS, replace(entries, 2, e -> new FaqEntry(e.id(), e.question(),
                e.answer(), e.category(), List.of("ab", "c"), e.phrasings(), e.language())), phrasings, 3))
                .isNotEqualTo(CrossValidationMemo.key(DIMENSIONS, replace(entries, 2, e -> new FaqEntry(e.id(),
                        e.question(), e.answer(), e.category(), List.of("a", "bc"), e.phrasings(), e.language())),
                        phrasings, 3));
    }

    private static void assertSame(FaqCrossValidation.Result a, FaqCrossValidation.Result b) {
        assertThat(b.confusions()).isEqualTo(a.confusions());
        Calibration x = a.calibration();
        Calibration y = b.calibration();
        assertThat(y.size()).isEqualTo(x.size());
        assertThat(y.outOfScopeCount()).isEqualTo(x.outOfScopeCount());
        assertThat(y.top1()).isEqualTo(x.top1());
        for (double t = 0; t <= 1; t += 0.05) {
            assertThat(y.at(t)).isEqualTo(x.at(t));
            assertThat(y.clarify(t, t / 2)).isEqualTo(x.clarify(t, t / 2));
            assertThat(y.thresholdFor(t)).isEqualTo(x.thresholdFor(t));
        }
    }

    /** Twelve entries (enough for left-out ones), four phrasings each. */
    private static List<FaqEntry> entries() {
        List<FaqEntry> entries = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            List<String> texts = new ArrayList<>();
            for (int j = 0; j < 4; j++) {
                texts.add("question " + i + " asked way " + j);
            }
            entries.add(new FaqEntry(100 + i, "question " + i, "answer " + i, "general", List.of(), texts, "en"));
        }
        return entries;
    }

    /** Each entry's phrasings near a direction of its own, some near another entry's, from {@code seed}. */
    private static List<FaqIndex.Phrasing> phrasings(List<FaqEntry> entries, long seed) {
        Random random = new Random(seed);
        List<FaqIndex.Phrasing> phrasings = new ArrayList<>();
        for (FaqEntry e : entries) {
            int axis = (int) (e.id() % DIMENSIONS);
            for (String text : e.phrasings()) {
                double[] xs = new double[DIMENSIONS];
                xs[axis] = 1;
                xs[(axis + 1) % DIMENSIONS] = random.nextDouble() * 0.9;
                for (int d = 0; d < DIMENSIONS; d++) {
                    xs[d] += random.nextGaussian() * 0.3;
                }
                phrasings.add(new FaqIndex.Phrasing(e.id(), text, TestVectors.unit(xs)));
            }
        }
        return phrasings;
    }

    private static <T> List<T> copies(List<T> items) {
        List<T> copies = new ArrayList<>();
        for (T item : items) {
            copies.add(item instanceof FaqIndex.Phrasing p
                    ? (T) new FaqIndex.Phrasing(p.entryId(), new String(p.text()), p.vector().clone())
                    : item instanceof FaqEntry e ? (T) new FaqEntry(e.id(), new String(e.question()), e.answer(),
                            e.category(), List.copyOf(e.keywords()), List.copyOf(e.phrasings()), e.language())
                    : item);
        }
        return copies;
    }

    private static <T> List<T> replace(List<T> items, int i, UnaryOperator<T> change) {
        List<T> changed = new ArrayList<>(items);
        changed.set(i, change.apply(items.get(i)));
        return changed;
    }
}
