package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import org.junit.jupiter.api.Test;

/**
 * While a model adapted to the FAQ serves, the configured model's index of the same FAQ is its second reader
 * ({@link FaqRetriever#replace}): a question the adapted model is unsure of is answered where the configured model is
 * sure of the same first entry, and only there.
 */
class ConfiguredSecondReaderTest {

    private static final List<FaqEntry> ENTRIES = List.of(
            new FaqEntry(1, "Where is my parcel?", "Tracking.", null, List.of(), List.of("parcel gone", "parcel late")),
            new FaqEntry(2, "How do I return an item?", "Returns.", null, List.of(), List.of("send back", "return it")),
            new FaqEntry(3, "Which payment methods?", "Cards.", null, List.of(), List.of("pay by card", "paypal")));

    /** The configured model: each entry on its own axis; the questions as written in {@code questions}. */
    private static final Map<String, float[]> CONFIGURED = Map.ofEntries(
            Map.entry("parcel gone", TestVectors.unit(1, 0.05, 0, 0)), Map.entry("parcel late", TestVectors.unit(1, 0, 0.05, 0)),
            Map.entry("send back", TestVectors.unit(0.05, 1, 0, 0)), Map.entry("return it", TestVectors.unit(0, 1, 0.05, 0)),
            Map.entry("pay by card", TestVectors.unit(0, 0.05, 1, 0)), Map.entry("paypal", TestVectors.unit(0.05, 0, 1, 0)),
            Map.entry("the van came but nothing here", TestVectors.unit(1, 0.02, 0.02, 0)),
            Map.entry("the courier took it away again", TestVectors.unit(0.02, 1, 0.02, 0)),
            Map.entry("hello", TestVectors.unit(0, 0, 0, 1)));

    /** The adapted model: the same phrasings, and both questions about as near to every entry, the parcel entry first. */
    private static final Map<String, float[]> ADAPTED = Map.ofEntries(
            Map.entry("parcel gone", TestVectors.unit(1, 0.05, 0, 0)), Map.entry("parcel late", TestVectors.unit(1, 0, 0.05, 0)),
            Map.entry("send back", TestVectors.unit(0.05, 1, 0, 0)), Map.entry("return it", TestVectors.unit(0, 1, 0.05, 0)),
            Map.entry("pay by card", TestVectors.unit(0, 0.05, 1, 0)), Map.entry("paypal", TestVectors.unit(0.05, 0, 1, 0)),
            Map.entry("the van came but nothing here", TestVectors.unit(1, 0.9, 0.9, 1)),
            Map.entry("the courier took it away again", TestVectors.unit(1, 0.9, 0.9, 1)),
            Map.entry("hello", TestVectors.unit(0, 0, 0, 1)));

    private final Embedder configured = new Embedder(new Table(CONFIGURED), "configured", 4);
    private final Embedder adapted = new Embedder(new Table(ADAPTED), "adapted", 4);

    @Test
    void anAdaptedModelsUnsureQuestionIsAnsweredWhereTheConfiguredModelIsSureOfTheSameEntry() {
        Retrieval alone = adaptedAlone().retrieve("the van came but nothing here");
        assertThat(alone.confident()).isFalse();
        assertThat(alone.best().orElseThrow().entryId()).isEqualTo(1);

        Retrieval r = swappedIn().retrieve("the van came but nothing here");

        assertThat(r.confident()).isTrue();
        assertThat(r.best().orElseThrow().entryId()).isEqualTo(1);
        assertThat(r.matches()).extracting(FaqMatch::entryId).isEqualTo(alone.matches().stream()
                .map(FaqMatch::entryId).toList());
    }

    @Test
    void theConfiguredModelsSureAnswerOfAnotherEntryChangesNothing() {
        Retrieval alone = adaptedAlone().retrieve("the courier took it away again");
        assertThat(alone.best().orElseThrow().entryId()).isEqualTo(1);

        Retrieval r = swappedIn().retrieve("the courier took it away again");

        assertThat(r.confident()).isFalse();
        assertThat(r.choices()).isEqualTo(alone.choices());
        assertThat(r.confidence()).isEqualTo(alone.confidence());
    }

    @Test
    void aLaterIndexOfTheConfiguredModelIsTheSecondReader() {
        FaqRetriever retriever = swappedIn();
        // e.g. its answer model trained after the adapted model was swapped in; here one that has no parcel entry
        retriever.replaceConfiguredIndex(index(configured, ENTRIES.subList(1, 3)));

        assertThat(retriever.retrieve("the van came but nothing here").confident()).isFalse();
    }

    private FaqRetriever swappedIn() {
        FaqRetriever retriever = retriever(configured);
        retriever.replace(configured, index(configured));
        retriever.replace(adapted, index(adapted));
        return retriever;
    }

    private FaqRetriever adaptedAlone() {
        FaqRetriever retriever = retriever(adapted);
        retriever.replaceIndex(index(adapted));
        return retriever;
    }

    private static FaqRetriever retriever(Embedder embedder) {
        return new FaqRetriever(embedder, 0.55, 3, 0, 0.25, 3);
    }

    private static FaqIndex index(Embedder model) {
        return index(model, ENTRIES);
    }

    private static FaqIndex index(Embedder model, List<FaqEntry> entries) {
        List<FaqIndex.Phrasing> phrasings = new ArrayList<>();
        for (FaqEntry e : entries) {
            for (String p : e.phrasings()) {
                phrasings.add(new FaqIndex.Phrasing(e.id(), p, model.embed(p)));
            }
        }
        return FaqIndex.over(4, entries, phrasings).build();
    }

    /** A model that knows the vectors of a few texts. */
    private record Table(Map<String, float[]> vectors) implements EmbeddingModel {
        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            return Response.from(segments.stream().map(s -> Embedding.from(vectors.get(s.text()))).toList());
        }
    }
}
