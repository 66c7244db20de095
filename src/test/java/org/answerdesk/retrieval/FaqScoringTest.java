package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class FaqScoringTest {

    @Test
    void theHeadLearnsToSeparateEntries() {
        float[][] v = {{1, 0}, {0.9f, 0.1f}, {0, 1}, {0.1f, 0.9f}};
        int[][] w = {LexicalFeatures.buckets("card"), LexicalFeatures.buckets("card lost"),
                LexicalFeatures.buckets("top up"), LexicalFeatures.buckets("top up failed")};
        var head = SoftmaxHead.train(v, w, new int[] {0, 0, 1, 1}, 2, SoftmaxHead.Options.forSize(4), 1);
        double[] p = new double[2];
        head.probabilities(new float[] {0.2f, 0.8f}, LexicalFeatures.buckets("top up"), p);
        assertThat(p[1]).isGreaterThan(0.8);
        assertThat(p[0] + p[1]).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void wordsAndPairsAreHashedCaseInsensitively() {
        assertThat(LexicalFeatures.words("Top-up FAILED, twice!")).containsExactly("top", "up", "failed", "twice");
        assertThat(LexicalFeatures.buckets("Top up")).containsExactly(LexicalFeatures.buckets("top UP"));
        assertThat(LexicalFeatures.buckets("top up")).hasSize(3);
    }

    @Test
    void theAnswerModelRecoversTheOddsOfItsExamples() {
        // right answers become likelier with the top cosine: true log-odds -12 + 20 * cosine
        Random random = new Random(5);
        List<AnswerModel.Example> examples = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            double cosine = 0.3 + 0.6 * random.nextDouble();
            boolean right = random.nextDouble() < 1 / (1 + Math.exp(12 - 20 * cosine));
            examples.add(new AnswerModel.Example(AnswerModel.features(cosine, cosine, cosine - 0.1), right, true));
            examples.add(new AnswerModel.Example(AnswerModel.features(cosine, cosine, cosine - 0.1), right, false));
        }
        double[] w = LogisticFit.newton(examples, AnswerModel.PRIOR, AnswerModel.PRIOR_WEIGHT);
        // the cosine's weight is shared by the three features that move with it; the margin's stays near its prior
        assertThat(w[0] + 0.1 * w[2]).isCloseTo(-12, org.assertj.core.data.Offset.offset(0.6));
        assertThat(w[1] + w[3]).isCloseTo(20, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void theAnswerModelOfAnFaqTrustsAQuestionCloseToOneEntryOverOneBetweenTwo() {
        var index = FaqIndex.over(2, List.of(FaqIndexTest.entry(1), FaqIndexTest.entry(2)), List.of(
                phrasing(1, 0), phrasing(1, 0.1), phrasing(1, -0.1), phrasing(2, 1.2), phrasing(2, 1.3),
                phrasing(2, 1.1))).build();
        double close = index.rank("", phrasing(1, 0.05).vector(), 1).confidence();
        double between = index.rank("", phrasing(1, 0.6).vector(), 1).confidence();
        assertThat(close).isGreaterThan(between);
        assertThat(close).isBetween(0.0, 1.0);
    }

    @Test
    void theShortlistOfALargeIndexFindsWhatTheExactScanFinds() {
        Random random = new Random(7);
        List<FaqEntry> entries = new ArrayList<>();
        List<FaqIndex.Phrasing> phrasings = new ArrayList<>();
        for (long e = 1; e <= 20; e++) {
            entries.add(FaqIndexTest.entry(e));
        }
        for (int i = 0; i < 5000; i++) {
            phrasings.add(new FaqIndex.Phrasing(1 + random.nextInt(20), "p" + i, unit(random, 16)));
        }
        var shortlisted = FaqIndex.over(16, entries, phrasings).build();
        var exact = FaqIndex.over(16, entries, phrasings).exact().build();
        int same = 0;
        for (int q = 0; q < 50; q++) {
            float[] query = phrasings.get(q * 97).vector();
            same += shortlisted.search(query, 1).get(0).entryId() == exact.search(query, 1).get(0).entryId() ? 1 : 0;
        }
        assertThat(same).isEqualTo(50);
    }

    @Test
    void theEmbeddingCacheAnswersRepeatsWithoutTheModel() {
        var cache = new EmbeddingCache(2);
        int[] calls = {0};
        java.util.function.Function<String, float[]> model = t -> {
            calls[0]++;
            return new float[] {t.length()};
        };
        cache.get("Where is my card?", model);
        cache.get("where is  my card?", model);
        cache.get("a", model);
        cache.get("b", model);
        cache.get("Where is my card?", model); // evicted by a and b
        assertThat(calls[0]).isEqualTo(4);
        assertThat(cache.hits()).isEqualTo(1);
    }

    private static FaqIndex.Phrasing phrasing(long entry, double angle) {
        return new FaqIndex.Phrasing(entry, "p" + angle, new float[] {(float) Math.cos(angle), (float) Math.sin(angle)});
    }

    private static float[] unit(Random random, int dims) {
        float[] v = new float[dims];
        for (int d = 0; d < dims; d++) {
            v[d] = (float) random.nextGaussian();
        }
        return Embedder.normalize(v);
    }
}
