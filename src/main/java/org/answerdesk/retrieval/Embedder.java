package org.answerdesk.retrieval;

import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * The in-process sentence embedder (MiniLM-L6-v2, run by ONNX inside the JVM). Vectors come back unit length, so
 * a dot product is the cosine similarity.
 */
public final class Embedder {

    private final EmbeddingModel model;
    private final String name;
    private final int dimensions;
    private final java.util.concurrent.atomic.AtomicLong embedded = new java.util.concurrent.atomic.AtomicLong();
    /** Only a model this embedder loaded for itself from disk (an adapted one) is freed when it is replaced. */
    private final boolean disposable;

    private Embedder(EmbeddingModel model, String name) {
        this(model, name, 384);
    }

    private Embedder(EmbeddingModel model, String name, boolean disposable) {
        this.model = model;
        this.name = name;
        this.dimensions = 384;
        this.disposable = disposable;
    }

    Embedder(EmbeddingModel model, String name, int dimensions) {
        this.model = model;
        this.name = name;
        this.dimensions = dimensions;
        this.disposable = false;
    }

    /**
     * The chosen model from its jar, with ONNX Runtime set up for a server ({@link OnnxModels}): loaded once per JVM,
     * each embedder its own count.
     */
    public static Embedder load(EmbeddingModelChoice choice) {
        return switch (choice) {
            case FULL -> new Embedder(OnnxModels.shipped("all-minilm-l6-v2"), "all-minilm-l6-v2");
            case QUANTIZED -> new Embedder(OnnxModels.shipped("all-minilm-l6-v2-q"), "all-minilm-l6-v2-q");
        };
    }

    /**
     * Loads a shipped MiniLM ({@code full} or {@code quantized}, any case) or, given anything else, the ONNX
     * sentence-embedding model at that path (see {@link CustomModel}).
     *
     * @param tokenizer the custom model's {@code tokenizer.json}; blank: the one beside the model file
     * @param pooling   the custom model's pooling, MEAN or CLS
     */
    public static Embedder load(String model, String tokenizer, String pooling) {
        for (EmbeddingModelChoice choice : EmbeddingModelChoice.values()) {
            if (choice.name().equalsIgnoreCase(model.strip())) {
                return load(choice);
            }
        }
        return CustomModel.load(model, tokenizer, pooling);
    }

    /**
     * Serves a BERT-style ONNX model from disk (server options), e.g. a model adapted to the FAQ; {@code name} must
     * change whenever the file does, since stored vectors are matched to their model by it.
     */
    public static Embedder onnx(java.nio.file.Path model, java.nio.file.Path tokenizer,
                                dev.langchain4j.model.embedding.onnx.PoolingMode pooling, String name) {
        return new Embedder(OnnxModels.load(model, tokenizer, pooling), name, true);
    }

    /**
     * Frees the native memory of a model loaded by {@link #onnx} once its runs in flight have ended (about 100 MB
     * an adapted model, which an FAQ change replaces); the configured model is never freed. Later runs fail.
     */
    public void release() {
        if (disposable && model instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot free the model " + name, e);
            }
        }
    }

    /** The model's name, stored beside every vector so a model change re-embeds. */
    public String modelName() {
        return name;
    }

    public int dimensions() {
        return dimensions;
    }

    /** How many texts the model has embedded since start (metric {@code answerdesk.faq.embeddings}). */
    public long embeddedTexts() {
        return embedded.get();
    }

    public float[] embed(String text) {
        embedded.incrementAndGet();
        return normalize(model.embed(text).content().vector());
    }

    /** {@link #embed} with the vectors of the last {@code texts} texts kept (for a reader that reads texts again). */
    public java.util.function.Function<String, float[]> remembering(int texts) {
        EmbeddingCache recent = new EmbeddingCache(texts);
        return text -> recent.get(text, this::embed);
    }

    /** Embeds many texts; the model spreads the batch over the available cores. */
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        embedded.addAndGet(texts.size());
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        List<float[]> out = new ArrayList<>(texts.size());
        for (Embedding e : model.embedAll(segments).content()) {
            out.add(normalize(e.vector()));
        }
        return out;
    }

    /** Takes the vectors of one batch of {@link #embedInBatches}: those of the texts from index {@code from} on. */
    @FunctionalInterface
    public interface Batch<X extends Exception> {
        void accept(int from, List<float[]> vectors) throws X;
    }

    /**
     * Embeds the texts {@code size} at a time (as {@link #embedAll}), handing each batch's vectors on as soon as they
     * are made, e.g. to store them, so that the work done survives a failure in a later batch.
     */
    public <X extends Exception> void embedInBatches(List<String> texts, int size, Batch<X> onBatch) throws X {
        for (int from = 0; from < texts.size(); from += size) {
            onBatch.accept(from, embedAll(texts.subList(from, Math.min(texts.size(), from + size))));
        }
    }

    /** Cosine similarity of two vectors made by {@link #embed} (unit length: their dot product). */
    public static double cosine(float[] a, float[] b) {
        int n = Math.min(a.length, b.length);
        // four sums of the (float) products, each its own chain: in one chain every addition waited for the one
        // before, which made the scans over the act phrasings and the off-topic background the hottest Java code on
        // the chat path; the order of the additions moves the sum by rounding only (about 1e-15)
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < n; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** The vector scaled to unit length (a zero vector stays as it is). */
    public static float[] normalize(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        float norm = (float) Math.sqrt(sum);
        if (norm == 0) {
            return v;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] / norm;
        }
        return out;
    }
}
