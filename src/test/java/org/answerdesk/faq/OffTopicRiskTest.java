package org.answerdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.answerdesk.retrieval.FaqEntry;
import org.answerdesk.retrieval.FaqIndex;
import org.answerdesk.retrieval.TestVectors;
import org.junit.jupiter.api.Test;

/** The health report's off-topic figures on vectors small enough to reason about. */
class OffTopicRiskTest {

    static float[] unit(double... xs) {
        return TestVectors.unit(xs);
    }

    static FaqIndex index() {
        List<FaqEntry> entries = List.of(
                new FaqEntry(1, "How do I return an item?", "a", null, List.of(), List.of("a1", "a2")),
                new FaqEntry(2, "Where is my order?", "b", null, List.of(), List.of("b1", "b2")));
        List<FaqIndex.Phrasing> ps = new ArrayList<>();
        ps.add(new FaqIndex.Phrasing(1, "a1", unit(1, 0, 0, 0)));
        ps.add(new FaqIndex.Phrasing(1, "a2", unit(0.95, 0.1, 0, 0)));
        ps.add(new FaqIndex.Phrasing(2, "b1", unit(0, 1, 0, 0)));
        ps.add(new FaqIndex.Phrasing(2, "b2", unit(0.1, 0.95, 0, 0)));
        return FaqIndex.over(4, entries, ps).build();
    }

    @Test
    void theReviewListsTheQuestionsNearestAnEntryNearestFirstWithoutTheFaqsOwnParaphrases() {
        List<String> texts = List.of("far", "near returns", "a paraphrase of returns", "nearer orders", "farther");
        List<float[]> vectors = List.of(unit(0, 0, 1, 0.1), unit(0.6, 0, 0.8, 0), unit(0.99, 0.05, 0, 0),
                unit(0, 0.7, 0.7, 0), unit(0.2, 0, 0, 1));

        List<OffTopicRisk.NearEntry> review = OffTopicRisk.review(index(), texts, vectors, 2);

        assertThat(review).extracting(OffTopicRisk.NearEntry::text).containsExactly("nearer orders", "near returns");
        assertThat(review).extracting(OffTopicRisk.NearEntry::question)
                .containsExactly("Where is my order?", "How do I return an item?");
        assertThat(review.get(0).score()).isGreaterThanOrEqualTo(review.get(1).score());
        assertThat(OffTopicRisk.review(index(), texts, vectors, 10)).hasSize(4)
                .noneMatch(n -> n.text().equals("a paraphrase of returns"));
    }
}
