package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/**
 * A remembered index ({@link FaqIndex.Builder#remembered}) takes the trained parts of an earlier build only when a
 * fresh build would train the same: it ranks every question as a fresh build of its own inputs does, whatever was
 * remembered before it.
 */
class RememberedIndexTest {

    private static final int DIMENSIONS = 24;
    private static final String[] WORDS = {"parcel", "refund", "voucher", "delivery", "size", "colour", "invoice",
            "account", "password", "store", "opening", "warranty", "repair", "booking", "cancel", "deposit"};

    @Test
    void aRememberedBuildOfTheSameInputsRanksAsAFreshOne() {
        List<FaqEntry> entries = entries();
        List<FaqIndex.Phrasing> phrasings = phrasings(entries, 5);
        FaqIndex first = FaqIndex.over(DIMENSIONS, entries, phrasings).remembered().build();
        FaqIndex again = FaqIndex.over(DIMENSIONS, List.copyOf(entries), List.copyOf(phrasings)).remembered().build();
        FaqIndex fresh = FaqIndex.over(DIMENSIONS, entries, phrasings).build();
        assertSameRanking(again, fresh);
        assertSameRanking(first, fresh);
    }

    @Test
    void everyInputTheTrainingReadsTrainsAgain() {
        List<FaqEntry> entries = entries();
        List<FaqIndex.Phrasing> phrasings = phrasings(entries, 7);
        List<FaqIndex.Phrasing> questions = phrasings(entries, 8).subList(0, 30);
        FaqIndex.over(DIMENSIONS, entries, phrasings).remembered().build();

        // each build is remembered right after the plain one, so a key that missed the change would return it
        List<UnaryOperator<FaqIndex.Builder>> changes = List.of(
                b -> b.heldOut(questions),
                b -> b.language("de"),
                b -> b.adapted(p -> p.text().hashCode() % 3 == 0),
                FaqIndex.Builder::exact,
                b -> b.nearWords(0));
        for (UnaryOperator<FaqIndex.Builder> change : changes) {
            FaqIndex.over(DIMENSIONS, entries, phrasings).remembered().build();
            FaqIndex remembered = change.apply(FaqIndex.over(DIMENSIONS, entries, phrasings)).remembered().build();
            FaqIndex fresh = change.apply(FaqIndex.over(DIMENSIONS, entries, phrasings)).build();
            assertSameRanking(remembered, fresh);
        }
        List<FaqIndex.Phrasing> nudged = new ArrayList<>(phrasings);
        float[] vector = nudged.get(4).vector().clone();
        vector[0] += 0.5f;
        nudged.set(4, new FaqIndex.Phrasing(nudged.get(4).entryId(), nudged.get(4).text(), vector));
        FaqIndex.over(DIMENSIONS, entries, phrasings).remembered().build();
        assertSameRanking(FaqIndex.over(DIMENSIONS, entries, nudged).remembered().build(),
                FaqIndex.over(DIMENSIONS, entries, nudged).build());
    }

    @Test
    void theMemoRunsEachKeyOnceAndKeepsOnlyTheLastFew() {
        DigestMemo<Integer> memo = new DigestMemo<>(2);
        AtomicInteger runs = new AtomicInteger();
        assertThat(memo.get("a", runs::incrementAndGet)).isEqualTo(1);
        assertThat(memo.get("a", runs::incrementAndGet)).isEqualTo(1);
        assertThat(memo.get("b", runs::incrementAndGet)).isEqualTo(2);
        assertThat(memo.get("c", runs::incrementAndGet)).isEqualTo(3);
        assertThat(memo.get("a", runs::incrementAndGet)).isEqualTo(4); // the eldest went
        assertThat(runs).hasValue(4);
    }

    /** The same entries and confidences for questions near and between the entries. */
    private static void assertSameRanking(FaqIndex actual, FaqIndex expected) {
        Random random = new Random(3);
        for (int q = 0; q < 40; q++) {
            float[] query = vector(random);
            String text = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
            assertThat(actual.rank(text, query, 3)).isEqualTo(expected.rank(text, query, 3));
        }
    }

    private static List<FaqEntry> entries() {
        List<FaqEntry> entries = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            entries.add(new FaqEntry(i + 1, WORDS[i * 2] + " and " + WORDS[i * 2 + 1] + "?",
                    "About " + WORDS[i * 2] + ": " + (i + 3) + " days.", "general", List.of(WORDS[i * 2 + 1]),
                    List.of()));
        }
        return entries;
    }

    /** Six phrasings per entry, clustered round the entry's own direction. */
    private static List<FaqIndex.Phrasing> phrasings(List<FaqEntry> entries, long seed) {
        Random random = new Random(seed);
        List<FaqIndex.Phrasing> phrasings = new ArrayList<>();
        for (FaqEntry e : entries) {
            float[] centre = vector(new Random(e.id()));
            for (int k = 0; k < 6; k++) {
                float[] v = vector(random);
                for (int d = 0; d < DIMENSIONS; d++) {
                    v[d] = centre[d] + 0.4f * v[d];
                }
                phrasings.add(new FaqIndex.Phrasing(e.id(), e.question() + " " + WORDS[random.nextInt(WORDS.length)]
                        + " " + k, v));
            }
        }
        return phrasings;
    }

    private static float[] vector(Random random) {
        float[] v = new float[DIMENSIONS];
        for (int d = 0; d < DIMENSIONS; d++) {
            v[d] = (float) random.nextGaussian();
        }
        return v;
    }
}
