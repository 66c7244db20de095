package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * An adapted model's answer decision is fitted on the phrasings held out of its training (the last phrasing of
 * every entry with three or more): the trained ones end up much closer to each other than a customer's question
 * comes to them.
 */
class AdaptedModelTest {

    @Test
    void theBaseModelAndItsPoolingArePartOfTheFingerprintAndTheAdaptedName() {
        List<FaqEntry> faq = List.of(new FaqEntry(1, "q1", "a1", null, List.of(), List.of("a", "b", "c")));
        var options = org.answerdesk.retrieval.adapt.EncoderTraining.Options.defaults();
        BaseModel shipped = BaseModel.shipped();
        BaseModel customMean = new BaseModel("onnx:model.onnx:mean:abc", shipped.model(), shipped.tokenizer(),
                org.answerdesk.retrieval.adapt.EncoderTraining.Pooling.MEAN);
        BaseModel customCls = new BaseModel("onnx:model.onnx:cls:abc", shipped.model(), shipped.tokenizer(),
                org.answerdesk.retrieval.adapt.EncoderTraining.Pooling.CLS);
        var prints = java.util.stream.Stream.of(shipped, customMean, customCls)
                .map(b -> AdaptedModel.fingerprint(b, faq, java.util.Map.of(), options)).distinct().toList();
        assertThat(prints).hasSize(3);
        assertThat(shipped.adaptedName("f00d")).isEqualTo("all-minilm-l6-v2-adapted-f00d"); // as stored before
        assertThat(customCls.adaptedName("f00d")).isEqualTo("onnx:model.onnx:cls:abc-adapted-f00d");
        assertThat(BaseModel.of("quantized", "", "", null)).isEmpty(); // int8 weights: nothing to train
        assertThat(BaseModel.of(" Full ", "", "", null).orElseThrow().isShipped()).isTrue();
    }

    @Test
    void offTopicNegativesAreTheIndexHalfAndTheOwnersNeverTheServeChecksHalf() {
        var none = org.answerdesk.retrieval.adapt.EncoderTraining.Options.defaults().withOffTopicNegatives(0);
        var some = none.withOffTopicNegatives(16);
        assertThat(AdaptedModel.offTopicNegatives(List.of("do you sell cars"), none)).isEmpty();
        List<String> trained = AdaptedModel.offTopicNegatives(List.of("do you sell cars"), some);
        assertThat(trained).containsAll(Backgrounds.shippedForIndex()).contains("do you sell cars")
                .hasSize(Backgrounds.shippedForIndex().size() + 1);
        assertThat(trained).doesNotContainAnyElementsOf(Backgrounds.shippedCheck());

        List<FaqEntry> faq = List.of(new FaqEntry(1, "q1", "a1", null, List.of(), List.of("a", "b", "c")));
        BaseModel shipped = BaseModel.shipped();
        java.util.Map<Long, List<String>> none2 = java.util.Map.of();
        // the owner's questions retrain a model only when it trains on them
        assertThat(AdaptedModel.fingerprint(shipped, faq, none2, List.of("do you sell cars"), none))
                .isEqualTo(AdaptedModel.fingerprint(shipped, faq, none2, none));
        assertThat(AdaptedModel.fingerprint(shipped, faq, none2, List.of("do you sell cars"), some))
                .isNotEqualTo(AdaptedModel.fingerprint(shipped, faq, none2, some));
    }

    @Test
    void theLastPhrasingOfAnEntryWithThreeIsHeldOutOfTraining() {
        FaqEntry three = new FaqEntry(1, "q1", "a1", null, List.of(), List.of("a", "b", "held out"));
        FaqEntry two = new FaqEntry(2, "q2", "a2", null, List.of(), List.of("c", "d"));
        assertThat(AdaptedModel.trainingPhrasings(three)).containsExactly("a", "b");
        assertThat(AdaptedModel.trainingPhrasings(two)).containsExactly("c", "d");

        var unseen = AdaptedModel.unseen(List.of(three, two));
        assertThat(unseen.test(new FaqIndex.Phrasing(1, "held out", new float[2]))).isTrue();
        assertThat(unseen.test(new FaqIndex.Phrasing(1, "a", new float[2]))).isFalse();
        assertThat(unseen.test(new FaqIndex.Phrasing(2, "d", new float[2]))).isFalse();
        assertThat(unseen.test(new FaqIndex.Phrasing(2, "held out", new float[2]))).isFalse(); // another entry's
    }

    @Test
    void anIndexFittedOnTheHeldOutPhrasingsAnswersQuestionsAsFarAsThoseWithMoreConfidence() {
        Random random = new Random(5);
        List<FaqEntry> entries = new ArrayList<>();
        List<FaqIndex.Phrasing> phrasings = new ArrayList<>();
        for (int e = 0; e < 12; e++) {
            List<String> texts = List.of("p0", "p1", "p2", "p3", "customer-like");
            entries.add(new FaqEntry(e + 1, "q" + (e + 1), "a" + (e + 1), null, List.of(), texts));
            for (int p = 0; p < 4; p++) { // trained: pulled tightly together
                phrasings.add(new FaqIndex.Phrasing(e + 1, texts.get(p),
                        FaqIndexTest.noisy(FaqIndexTest.direction(e), random, 0.02)));
            }
            phrasings.add(new FaqIndex.Phrasing(e + 1, texts.get(4),
                    FaqIndexTest.noisy(FaqIndexTest.direction(e), random, 0.15)));
        }
        FaqIndex adapted = FaqIndex.over(FaqIndexTest.DIMS, entries, phrasings).adapted(AdaptedModel.unseen(entries)).build();
        FaqIndex usual = FaqIndex.over(FaqIndexTest.DIMS, entries, phrasings).build();

        double adaptedSum = 0;
        double usualSum = 0;
        for (int i = 0; i < 20; i++) {
            float[] question = FaqIndexTest.noisy(FaqIndexTest.direction(i % 12), random, 0.15);
            assertThat(adapted.rank("", question, 1).matches().get(0).entryId()).isEqualTo(i % 12 + 1L);
            adaptedSum += adapted.rank("", question, 1).confidence();
            usualSum += usual.rank("", question, 1).confidence();
        }
        assertThat(adaptedSum).isGreaterThan(usualSum);
    }
}
