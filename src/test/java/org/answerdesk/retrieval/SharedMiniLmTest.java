package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import org.junit.jupiter.api.Test;

/** The test JVM's shared model embeds each text once, also when two apps ask for it at the same time. */
class SharedMiniLmTest {

    /** A model whose vector of a text is its length and first character, counting what it embeds. */
    private static class Counting implements EmbeddingModel {
        final Map<String, Integer> embedded = new ConcurrentHashMap<>();

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            segments.forEach(s -> embedded.merge(s.text(), 1, Integer::sum));
            return Response.from(segments.stream()
                    .map(s -> Embedding.from(new float[] {s.text().length(), s.text().charAt(0)})).toList());
        }

        @Override
        public int dimension() {
            return 2;
        }
    }

    @Test
    void aTextAnotherCallIsEmbeddingIsWaitedForNotEmbeddedAgain() throws Exception {
        CountDownLatch firstInModel = new CountDownLatch(1);
        CountDownLatch secondInModel = new CountDownLatch(1);
        Counting model = new Counting() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                if (firstInModel.getCount() > 0) { // the first call holds its texts until the second call embeds
                    firstInModel.countDown();
                    await(secondInModel);
                } else {
                    secondInModel.countDown();
                }
                return super.embedAll(segments);
            }
        };
        var memo = new SharedMiniLm.Memo(model);
        var first = CompletableFuture.supplyAsync(() -> vectors(memo, "alpha", "beta", "gamma"));
        await(firstInModel);
        var second = CompletableFuture.supplyAsync(() -> vectors(memo, "beta", "gamma", "delta"));

        assertThat(first.get(1, TimeUnit.MINUTES)).containsExactly(v(5, 'a'), v(4, 'b'),
                v(5, 'g'));
        assertThat(second.get(1, TimeUnit.MINUTES)).containsExactly(v(4, 'b'), v(5, 'g'),
                v(5, 'd'));
        assertThat(model.embedded).containsExactlyInAnyOrderEntriesOf(
                Map.of("alpha", 1, "beta", 1, "gamma", 1, "delta", 1));
        // kept: asked again, nothing is embedded
        assertThat(vectors(memo, "delta", "alpha")).containsExactly(v(5, 'd'), v(5, 'a'));
        assertThat(model.embedded.values()).containsOnly(1);
    }

    @Test
    void twoCallsThatNeedTheSameTextsShareThemOutInsteadOfOneWaitingForAll() throws Exception {
        CountDownLatch firstInModel = new CountDownLatch(1);
        CountDownLatch secondInModel = new CountDownLatch(1);
        Map<String, String> embeddedBy = new ConcurrentHashMap<>();
        Counting model = new Counting() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                if (firstInModel.getCount() > 0) { // the first call's first text waits until the second call embeds
                    firstInModel.countDown();
                    await(secondInModel);
                } else {
                    secondInModel.countDown();
                }
                segments.forEach(s -> embeddedBy.put(s.text(), Thread.currentThread().getName()));
                return super.embedAll(segments);
            }
        };
        var memo = new SharedMiniLm.Memo(model);
        var first = CompletableFuture.supplyAsync(() -> vectors(memo, "alpha", "beta", "gamma", "delta"));
        await(firstInModel);
        var second = CompletableFuture.supplyAsync(() -> vectors(memo, "alpha", "beta", "gamma", "delta"));

        List<List<Float>> all = List.of(v(5, 'a'), v(4, 'b'), v(5, 'g'), v(5, 'd'));
        assertThat(first.get(1, TimeUnit.MINUTES)).isEqualTo(all);
        assertThat(second.get(1, TimeUnit.MINUTES)).isEqualTo(all);
        assertThat(model.embedded).containsExactlyInAnyOrderEntriesOf(
                Map.of("alpha", 1, "beta", 1, "gamma", 1, "delta", 1));
        assertThat(new java.util.HashSet<>(embeddedBy.values())).as("the calls that embedded").hasSize(2);
    }

    @Test
    void textsWhoseEmbeddingFailedAreEmbeddedByTheNextCall() {
        AtomicBoolean fail = new AtomicBoolean(true);
        Counting model = new Counting() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                if (fail.getAndSet(false)) {
                    throw new IllegalStateException("the model failed");
                }
                return super.embedAll(segments);
            }
        };
        var memo = new SharedMiniLm.Memo(model);
        assertThatThrownBy(() -> vectors(memo, "alpha")).hasMessage("the model failed");
        assertThat(memo.size()).isZero();
        assertThat(vectors(memo, "alpha")).containsExactly(v(5, 'a'));
        assertThat(model.embedded).containsExactlyEntriesOf(Map.of("alpha", 1));
    }

    private static List<List<Float>> vectors(EmbeddingModel model, String... texts) {
        return model.embedAll(List.of(texts).stream().map(TextSegment::from).toList()).content().stream()
                .map(e -> List.of(e.vector()[0], e.vector()[1])).toList();
    }

    /** The counting model's vector of a text of {@code length} characters starting with {@code first}. */
    private static List<Float> v(int length, char first) {
        return List.of((float) length, (float) first);
    }

    private static void await(CountDownLatch latch) {
        try {
            // a bound that only catches a hang: the other call is on its way
            assertThat(latch.await(1, TimeUnit.MINUTES)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
