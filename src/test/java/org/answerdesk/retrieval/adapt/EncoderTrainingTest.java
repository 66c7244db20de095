package org.answerdesk.retrieval.adapt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The training pairs, their batches, the learning-rate schedule and the options' fingerprint, without a model. */
class EncoderTrainingTest {

    private static EncoderTraining.Options options(int pairsPerPhrasing, int epochs, int maxPairs) {
        return new EncoderTraining.Options(pairsPerPhrasing, epochs, maxPairs, 8, 5e-5, false, 42, Duration.ofMinutes(1));
    }

    private static List<EncoderTraining.Example> faq(int entries, int phrasings) {
        List<EncoderTraining.Example> examples = new ArrayList<>();
        for (int e = 0; e < entries; e++) {
            List<String> ps = new ArrayList<>();
            for (int p = 0; p < phrasings; p++) {
                ps.add("entry " + e + " phrasing " + p);
            }
            examples.add(new EncoderTraining.Example(e, ps, List.of()));
        }
        return examples;
    }

    @Test
    void everyPhrasingMeetsEveryOtherPhrasingOfItsEntryBeforeAnyTwice() {
        // 4 phrasings: 3 others each; 3 pairs per phrasing must draw each of them exactly once
        List<String[]> pairs = TrainingPairs.pairs(faq(5, 4), options(3, 1, 10_000), Map.of());
        assertThat(pairs).hasSize(5 * 4 * 3);
        Map<String, Set<String>> positives = new HashMap<>();
        for (String[] p : pairs) {
            assertThat(p[1]).isNotEqualTo(p[0]);
            assertThat(p[1]).startsWith("entry " + p[3] + " ");
            assertThat(positives.computeIfAbsent(p[0], k -> new HashSet<>()).add(p[1])).as(p[0] + " -> " + p[1])
                    .isTrue();
        }
        assertThat(positives.values()).allSatisfy(s -> assertThat(s).hasSize(3));
    }

    @Test
    void epochsMultiplyThePairsAndMaxPairsCutsTheLastEpochs() {
        List<EncoderTraining.Example> faq = faq(10, 5);
        assertThat(TrainingPairs.pairs(faq, options(2, 3, 10_000), Map.of())).hasSize(10 * 5 * 2 * 3);
        List<String[]> cut = TrainingPairs.pairs(faq, options(2, 3, 130), Map.of());
        assertThat(cut).hasSize(130);
        // the first epoch is whole: every phrasing is an anchor twice among the first 100 pairs
        Map<String, Integer> anchors = new HashMap<>();
        cut.subList(0, 100).forEach(p -> anchors.merge(p[0], 1, Integer::sum));
        assertThat(anchors).hasSize(50).allSatisfy((k, v) -> assertThat(v).isEqualTo(2));
        // an entry with one phrasing has no positive
        assertThat(TrainingPairs.pairs(faq(3, 1), options(4, 2, 1000), Map.of())).isEmpty();
    }

    @Test
    void theHardNegativeIsTheClosestPhrasingOfAnotherEntry() {
        List<EncoderTraining.Example> faq = List.of(
                new EncoderTraining.Example(1, List.of("a1", "a2"), List.of()),
                new EncoderTraining.Example(2, List.of("b1", "b2"), List.of()),
                new EncoderTraining.Example(3, List.of("c1", "c2"), List.of("rejected for c")));
        // a1 is closest to a2 (its own entry: never a negative), then to b2
        Map<String, float[]> at = Map.of("a1", new float[] {1, 0}, "a2", new float[] {1, 0},
                "b1", new float[] {0, 1}, "b2", new float[] {0.8f, 0.6f}, "c1", new float[] {-1, 0},
                "c2", new float[] {-0.6f, -0.8f});
        Map<String, String[]> hard = TrainingPairs.nearestOtherEntry(faq, texts -> texts.stream().map(at::get).toList());
        assertThat(hard.get(TrainingPairs.key(1, "a1"))).containsExactly("b2", "2");
        assertThat(hard.get(TrainingPairs.key(2, "b1"))).containsExactly("a1", "1");
        List<String[]> pairs = TrainingPairs.pairs(faq, options(1, 1, 100), hard);
        for (String[] p : pairs) {
            if (p[3].equals("3")) { // a customer's rejection comes first, and belongs to no entry
                assertThat(p[2]).isEqualTo("rejected for c");
                assertThat(p[4]).isNull();
            } else {
                assertThat(p[2]).isEqualTo(hard.get(TrainingPairs.key(Long.parseLong(p[3]), p[0]))[0]);
                assertThat(p[4]).isNotEqualTo(p[3]);
            }
        }
    }

    @Test
    void everyStepGetsItsOwnOffTopicQuestionsAllDrawnBeforeAStepRepeats() {
        List<String> offTopic = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            offTopic.add("off-topic " + i);
        }
        List<List<String>> steps = TrainingPairs.perStep(offTopic, 7, 4, 42);
        assertThat(steps).hasSize(7).allSatisfy(s -> assertThat(s).hasSize(4).doesNotHaveDuplicates()
                .isSubsetOf(offTopic));
        // 4 a step from 10: steps 1-2 draw 8 different questions before the order is shuffled anew
        Set<String> firstTwo = new HashSet<>(steps.get(0));
        firstTwo.addAll(steps.get(1));
        assertThat(firstTwo).hasSize(8);
        Set<String> all = new HashSet<>();
        steps.forEach(all::addAll);
        assertThat(all).hasSize(10);
        assertThat(TrainingPairs.perStep(offTopic, 7, 4, 42)).isEqualTo(steps); // the seed decides
        assertThat(TrainingPairs.perStep(offTopic, 7, 4, 43)).isNotEqualTo(steps);
        assertThat(TrainingPairs.perStep(offTopic, 2, 50, 42)).allSatisfy(s -> assertThat(s).hasSize(10));
        assertThat(TrainingPairs.perStep(offTopic, 3, 0, 42)).isEmpty();
        assertThat(TrainingPairs.perStep(List.of(), 3, 4, 42)).isEmpty();
    }

    @Test
    void anOffTopicQuestionTheFaqHasANearParaphraseOfIsNoNegative() {
        List<EncoderTraining.Example> faq = List.of(
                new EncoderTraining.Example(1, List.of("track my parcel", "where is my order"), List.of()),
                new EncoderTraining.Example(2, List.of("reset my password"), List.of()));
        Map<String, float[]> at = Map.of("track my parcel", new float[] {1, 0, 0},
                "where is my order", new float[] {0.6f, 0.8f, 0}, "reset my password", new float[] {0, 1, 0},
                "when will my delivery come", new float[] {0.8f, 0.6f, 0}, // 0.96 to "where is my order": ours
                "can I book a table", new float[] {0, 0, 1},
                "is the pool heated", new float[] {0.5f, 0, 0.866f}); // 0.5 to "track my parcel": not ours
        List<String> kept = TrainingPairs.notAnswered(faq, List.of("when will my delivery come", "can I book a table",
                "is the pool heated", "can I book a table"), texts -> texts.stream().map(at::get).toList());
        assertThat(kept).containsExactly("can I book a table", "is the pool heated");
    }

    @Test
    void noBatchHoldsAnEntryTwice() {
        List<String[]> pairs = TrainingPairs.pairs(faq(12, 5), options(4, 2, 10_000), Map.of());
        List<List<String[]>> batches = TrainingPairs.batches(pairs, 8);
        int total = 0;
        for (List<String[]> batch : batches) {
            Set<String> entries = new HashSet<>();
            batch.forEach(p -> assertThat(entries.add(p[3])).isTrue());
            assertThat(batch.size()).isBetween(2, 8);
            total += batch.size();
        }
        assertThat(total).isGreaterThan(pairs.size() * 9 / 10); // only a last lone entry's pairs are dropped
    }

    @Test
    void aBatchOfACorpusOfShopsHoldsOneShopsEntries() {
        List<EncoderTraining.Example> shops = new ArrayList<>();
        for (long shop = 1; shop <= 3; shop++) {
            for (EncoderTraining.Example e : faq(6, 4)) {
                shops.add(new EncoderTraining.Example((shop << 32) | e.entryId(),
                        e.phrasings().stream().map(p -> "shop " + e.entryId() + " " + p).toList(), List.of()));
            }
        }
        List<String[]> pairs = TrainingPairs.pairs(shops, options(2, 1, 10_000), Map.of());
        List<List<String[]>> batches = TrainingPairs.batches(pairs, 8);
        int total = 0;
        for (List<String[]> batch : batches) {
            Set<Long> groups = new HashSet<>();
            Set<String> entries = new HashSet<>();
            batch.forEach(p -> {
                groups.add(Long.parseLong(p[3]) >>> 32);
                assertThat(entries.add(p[3])).isTrue();
            });
            assertThat(groups).hasSize(1);
            assertThat(batch.size()).isBetween(2, 6);
            total += batch.size();
        }
        assertThat(total).isGreaterThan(pairs.size() * 8 / 10);
    }

    @Test
    void theLearningRateWarmsUpOverATenthThenDecaysToAboveZero() {
        int steps = 100;
        assertThat(Schedule.rate(1e-4, 0, steps)).isEqualTo(1e-5, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(Schedule.rate(1e-4, 9, steps)).isEqualTo(1e-4, org.assertj.core.api.Assertions.within(1e-12));
        double previous = Double.MAX_VALUE;
        for (int s = 10; s < steps; s++) {
            double r = Schedule.rate(1e-4, s, steps);
            assertThat(r).isPositive().isLessThanOrEqualTo(1e-4 + 1e-15).isLessThan(previous);
            previous = r;
        }
        assertThat(Schedule.rate(1e-4, steps - 1, steps)).isLessThan(1e-5);
        assertThat(Schedule.rate(1e-4, 0, 1)).isEqualTo(1e-4); // one step: the whole rate, not 0
    }

    @Test
    void aTrainingThatWouldOverrunTheTimeLimitIsShortenedToEndWithinIt() {
        long second = 1_000_000_000L;
        // 10 steps in 10 s, 20 s left: 30 steps fit of 100
        assertThat(Schedule.stepsThatFit(100, 10, 10 * second, 20 * second)).isEqualTo(30);
        assertThat(Schedule.stepsThatFit(100, 10, 10 * second, 200 * second)).isEqualTo(100);
        assertThat(Schedule.stepsThatFit(100, 10, 10 * second, 0)).isEqualTo(11); // the deadline stops it
        assertThat(Schedule.stepsThatFit(100, 2, 10 * second, second)).isEqualTo(100); // too early to tell
    }

    @Test
    void theFingerprintCoversEveryTrainingOptionButTheTimeLimit() {
        EncoderTraining.Options d = EncoderTraining.Options.defaults();
        List<EncoderTraining.Options> variants = List.of(
                new EncoderTraining.Options(d.pairsPerPhrasing() + 1, d.epochs(), d.maxPairs(), d.batchSize(),
                        d.learningRate(), d.hardNegatives(), d.seed(), d.maxTime()),
                new EncoderTraining.Options(d.pairsPerPhrasing(), d.epochs() + 1, d.maxPairs(), d.batchSize(),
                        d.learningRate(), d.hardNegatives(), d.seed(), d.maxTime()),
                d.withLimits(d.maxPairs() + 1, d.maxTime()),
                new EncoderTraining.Options(d.pairsPerPhrasing(), d.epochs(), d.maxPairs(), d.batchSize() + 1,
                        d.learningRate(), d.hardNegatives(), d.seed(), d.maxTime()),
                new EncoderTraining.Options(d.pairsPerPhrasing(), d.epochs(), d.maxPairs(), d.batchSize(),
                        d.learningRate() * 2, d.hardNegatives(), d.seed(), d.maxTime()),
                new EncoderTraining.Options(d.pairsPerPhrasing(), d.epochs(), d.maxPairs(), d.batchSize(),
                        d.learningRate(), d.hardNegatives(), d.seed() + 1, d.maxTime()),
                new EncoderTraining.Options(d.pairsPerPhrasing(), d.epochs(), d.maxPairs(), d.batchSize(),
                        d.learningRate(), !d.hardNegatives(), d.seed(), d.maxTime()),
                d.withOffTopicNegatives(d.offTopicNegatives() + 8));
        Set<String> seen = new HashSet<>(List.of(d.trained()));
        variants.forEach(v -> assertThat(seen.add(v.trained())).as(v.toString()).isTrue());
        assertThat(d.withLimits(d.maxPairs(), Duration.ofHours(5)).trained()).isEqualTo(d.trained());
        assertThatThrownBy(() -> options(0, 1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withOffTopicNegatives(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
