package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import org.junit.jupiter.api.Test;

/**
 * A message is read by the FAQ (the served model) and by the act phrasings (the configured model): through
 * {@link FaqRetriever#vector} each model embeds it once, and an erasure's {@link FaqRetriever#forgetQuestions}
 * forgets every vector kept.
 */
class QuestionVectorsTest {

    private final Counting servedModel = new Counting();
    private final Counting otherModel = new Counting();
    private final Embedder served = new Embedder(servedModel, "served", 3);
    private final Embedder other = new Embedder(otherModel, "other", 3);
    private final FaqRetriever retriever = new FaqRetriever(served, 0.5, 3, 100);

    @Test
    void theServedModelEmbedsAMessageOnceForTheFaqAndForAnotherReader() {
        retriever.retrieve("Where is my order?");
        float[] v = retriever.vector("Where is my order?", served);
        retriever.vector("Where is my order?", served);

        assertThat(servedModel.texts).containsExactly("Where is my order?");
        assertThat(v).containsExactly(TestVectors.unit(18, 1, 1), org.assertj.core.data.Offset.offset(1e-6f));
    }

    @Test
    void anotherModelEmbedsItOnceToo() {
        retriever.retrieve("hello there");
        retriever.vector("hello there", other);
        retriever.vector("hello there", other);

        assertThat(servedModel.texts).containsExactly("hello there");
        assertThat(otherModel.texts).containsExactly("hello there");
    }

    @Test
    void forgottenQuestionsAreEmbeddedAgainByEveryModel() {
        retriever.vector("my address is 1 Main St", served);
        retriever.vector("my address is 1 Main St", other);
        retriever.forgetQuestions();
        retriever.vector("my address is 1 Main St", served);
        retriever.vector("my address is 1 Main St", other);

        assertThat(servedModel.texts).hasSize(2);
        assertThat(otherModel.texts).hasSize(2);
    }

    /** A model that records what it embeds; a text's vector is (its length, 1, 1). */
    private static final class Counting implements EmbeddingModel {

        final List<String> texts = new ArrayList<>();

        @Override
        public synchronized Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            segments.forEach(s -> texts.add(s.text()));
            return Response.from(segments.stream().map(s -> Embedding.from(new float[] {s.text().length(), 1, 1}))
                .toList());
        }
    }
}
