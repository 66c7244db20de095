package org.answerdesk.retrieval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import org.springframework.beans.factory.config.InstantiationAwareBeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The MiniLM models that ship in the jar, loaded once per test JVM (with the app's own ONNX Runtime options,
 * {@link OnnxModels}) and shared by every app the tests run in it: the Spring test contexts and the apps tests
 * start themselves. Loading the model and embedding the 201 phrasings of the sample FAQ were about a third of an
 * app's start on the 2-core machine, and a test run starts dozens of apps. Each app still gets an {@link Embedder}
 * of its own (its own count of embedded texts); the vectors are the model's own, computed one text at a time as
 * in the app, and a text's vector is computed once per JVM. A custom model ({@code answerdesk.faq.model} set to a
 * path) is loaded by the app as usual. Registered for every Spring application of the test JVM in
 * {@code META-INF/spring.factories}; apps in JVMs of their own load their model themselves.
 */
public final class SharedMiniLm implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getBeanFactory().addBeanPostProcessor(new SharedEmbedder(context.getEnvironment()));
    }

    /** Creates the app's {@link Embedder} over the shared model, in place of the app's loading one. */
    private record SharedEmbedder(Environment environment) implements InstantiationAwareBeanPostProcessor {
        @Override
        public Object postProcessBeforeInstantiation(Class<?> type, String name) {
            if (!Embedder.class.equals(type)) {
                return null;
            }
            String model = environment.getProperty("answerdesk.faq.model", "FULL").strip().toUpperCase(Locale.ROOT);
            for (var choice : EmbeddingModelChoice.values()) {
                if (choice.name().equals(model)) {
                    String resource = choice == EmbeddingModelChoice.FULL
                            ? "all-minilm-l6-v2" : "all-minilm-l6-v2-q";
                    return new Embedder(memo(resource), resource, 384);
                }
            }
            return null;
        }
    }

    /**
     * The shipped model as {@link Embedder#load(EmbeddingModelChoice)} gives it to everything in the JVM (the apps,
     * and the code that loads it without Spring: the eval commands, {@code EvalCommandIT}), keeping every vector: a
     * text embedded by one of them is not embedded again by another. A model loaded before the first app started is
     * wrapped, not loaded again.
     */
    private static EmbeddingModel memo(String resource) {
        return OnnxModels.SHIPPED.compute(resource, (name, loaded) -> loaded instanceof Memo ? loaded
                : new Memo(loaded != null ? loaded : OnnxModels.load(name)));
    }

    /**
     * The model, keeping the vector of every text it was given. A text another app of the JVM is embedding at the
     * moment is waited for, not embedded a second time: the two lanes' first apps start together and embed the same
     * texts (the sample FAQ, the off-topic background), each of which used to compute all of them. A call claims its
     * texts one at a time, as it comes to them, and each is ready as soon as it is embedded: two calls that need the
     * same texts share them out between them instead of one embedding them all while the other waits, and a call
     * waits only for the texts it asked for, not for the rest of another call's list.
     */
    static final class Memo implements EmbeddingModel {

        private final EmbeddingModel model;
        private final Map<String, CompletableFuture<float[]>> vectors = new ConcurrentHashMap<>();

        Memo(EmbeddingModel model) {
            this.model = model;
        }

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            List<String> texts = segments.stream().map(TextSegment::text).toList();
            for (String text : new LinkedHashSet<>(texts)) {
                CompletableFuture<float[]> claim = new CompletableFuture<>();
                if (vectors.putIfAbsent(text, claim) == null) {
                    compute(text, claim);
                }
            }
            List<Embedding> out = new ArrayList<>(texts.size());
            for (String text : texts) {
                out.add(Embedding.from(vector(text).clone()));
            }
            return Response.from(out);
        }

        /** Embeds a text this call claimed; on a failure it is unclaimed, so that a later call tries again. */
        private void compute(String text, CompletableFuture<float[]> claim) {
            try {
                claim.complete(model.embedAll(List.of(TextSegment.from(text))).content().get(0).vector());
            } catch (RuntimeException | Error e) {
                vectors.remove(text, claim);
                claim.completeExceptionally(e);
                throw e;
            }
        }

        /** The text's vector, once whichever call claimed it has it; embedded here if that call failed. */
        private float[] vector(String text) {
            CompletableFuture<float[]> claim = vectors.get(text);
            if (claim != null) {
                try {
                    return claim.join();
                } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
                    // the call that claimed it failed and unclaimed it: embed it here, as without the memo
                }
            }
            return model.embed(text).content().vector();
        }

        /** How many texts the memo holds or is embedding (for its test). */
        int size() {
            return vectors.size();
        }

        @Override
        public Response<Embedding> embed(String text) {
            return embed(TextSegment.from(text));
        }

        @Override
        public Response<Embedding> embed(TextSegment segment) {
            return Response.from(embedAll(List.of(segment)).content().get(0));
        }

        @Override
        public int dimension() {
            return model.dimension();
        }
    }
}
