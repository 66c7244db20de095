package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The calibrated clarify decision on a tiny FAQ, with the real MiniLM. */
class ClarifyDecisionTest {

    static final List<List<String>> FAQ = List.of(
            List.of("How do I reset my password?", "I forgot my password", "Can't log in, need a new password"),
            List.of("How long does shipping take?", "When will my parcel arrive?", "Delivery time for orders"),
            List.of("How do I get a refund?", "I want my money back", "Refund for a returned item"),
            List.of("How do I cancel my order?", "Cancel an order I just placed", "Stop my order before it ships"),
            List.of("How do I change my delivery address?", "Update the shipping address", "Wrong address on order"),
            List.of("Which payment methods do you accept?", "Can I pay with PayPal?", "Do you take credit cards?"),
            List.of("Do you ship abroad?", "International shipping options", "Can you deliver to Canada?"),
            List.of("How do I delete my account?", "Close my account", "Remove my profile and data"));

    static Embedder embedder;
    static FaqRetriever retriever;

    @BeforeAll
    static void index() {
        embedder = Embedder.load(EmbeddingModelChoice.FULL);
        List<FaqEntry> entries = new ArrayList<>();
        List<FaqIndex.Phrasing> phrasings = new ArrayList<>();
        for (int i = 0; i < FAQ.size(); i++) {
            List<String> texts = FAQ.get(i);
            entries.add(new FaqEntry(i + 1, texts.get(0), "answer " + (i + 1), null, List.of(), texts));
            List<float[]> vectors = embedder.embedAll(texts);
            for (int j = 0; j < texts.size(); j++) {
                phrasings.add(new FaqIndex.Phrasing(i + 1, texts.get(j), vectors.get(j)));
            }
        }
        // never confident, so that every question meets the clarify decision at its default
        retriever = new FaqRetriever(embedder, 1.01, 5, 0,
                Double.parseDouble(FaqRetriever.DEFAULT_CLARIFY_THRESHOLD), FaqRetriever.DEFAULT_MAX_CHOICES);
        retriever.replaceIndex(FaqIndex.over(embedder.dimensions(), entries, phrasings).build());
    }

    @Test
    void aParaphraseGetsChoicesContainingItsEntry() {
        Retrieval r = retriever.retrieve("my package still hasn't come, how many days until it's delivered");
        assertThat(r.clarify()).isTrue();
        assertThat(r.choices()).hasSizeBetween(2, 3).extracting(FaqMatch::entryId).contains(2L);
    }

    @Test
    void anOffTopicQuestionGetsNoChoices() {
        Retrieval r = retriever.retrieve("What is the boiling point of water on Mount Everest?");
        assertThat(r.clarify()).isFalse();
        assertThat(r.choices()).isEmpty();
    }

    @Test
    void theEstimateRanksAParaphraseAboveAnOffTopicQuestion() {
        String paraphrase = "forgot the login password, how to set a new one";
        String offTopic = "Recommend a good recipe for banana bread";
        double in = retriever.ranking(paraphrase, embedder.embed(paraphrase)).inTopK();
        double out = retriever.ranking(offTopic, embedder.embed(offTopic)).inTopK();
        assertThat(in).isGreaterThan(out).isGreaterThan(0.5);
        assertThat(out).isLessThan(Double.parseDouble(FaqRetriever.DEFAULT_CLARIFY_THRESHOLD));
    }

    @Test
    void theEstimateIsAboutAsManyEntriesAsAsked() {
        String q = "how do i pay";
        float[] v = embedder.embed(q);
        var one = retriever.index().rank(q, v, 5, java.util.Set.of(), 1);
        var five = retriever.index().rank(q, v, 5, java.util.Set.of(), 5);
        assertThat(one.choices()).isEqualTo(1);
        assertThat(five.inTopK()).isGreaterThan(one.inTopK());
    }

    @Test
    void aHopelessThirdChoiceIsNotOffered() {
        List<FaqMatch> matches = List.of(new FaqMatch(1, "a", "A", 0.6), new FaqMatch(2, "b", "B", 0.5),
                new FaqMatch(3, "c", "C", 0.4));
        var hopeless = new FaqIndex.Ranking(matches, 0.3, 3, 0.8, List.of(0.6, 0.395, 0.005));
        var close = new FaqIndex.Ranking(matches, 0.3, 3, 0.8, List.of(0.5, 0.3, 0.2));
        assertThat(FaqRetriever.choices(hopeless, 3)).extracting(FaqMatch::entryId).containsExactly(1L, 2L);
        assertThat(FaqRetriever.choices(close, 3)).extracting(FaqMatch::entryId).containsExactly(1L, 2L, 3L);
        assertThat(FaqRetriever.choices(close, 2)).extracting(FaqMatch::entryId).containsExactly(1L, 2L);
    }
}
