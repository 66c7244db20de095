package org.answerdesk.faq;

import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The in-process sentence embedder (MiniLM-L6-v2, run by ONNX inside the JVM). Vectors come back unit length, so
 * a dot product is the cosine similarity.
 */
public final class Embedder {

    private final EmbeddingModel model;
    private final String name;

    private Embedder(EmbeddingModel model, String name) {
        this.model = model;
        this.name = name;
    }

    /** Loads the chosen model from its jar; takes a second or two. */
    public static Embedder load(FaqProperties.EmbeddingModelChoice choice) {
        return switch (choice) {
            case FULL -> new Embedder(new AllMiniLmL6V2EmbeddingModel(), "all-minilm-l6-v2");
            case QUANTIZED -> new Embedder(new AllMiniLmL6V2QuantizedEmbeddingModel(), "all-minilm-l6-v2-q");
        };
    }

    /**
     * Serves an ONNX sentence-embedding model from disk (mean pooling), e.g. MiniLM adapted to the FAQ; {@code name}
     * must change whenever the file does, since stored vectors are matched to their model by it.
     */
    public static Embedder onnx(java.nio.file.Path model, java.nio.file.Path tokenizer, String name) {
        return new Embedder(new OnnxEmbeddingModel(model, tokenizer, PoolingMode.MEAN), name);
    }

    /** The model's name, stored beside every vector so a model change re-embeds. */
    public String modelName() {
        return name;
    }

    public int dimensions() {
        return 384;
    }

    public float[] embed(String text) {
        return normalize(model.embed(text).content().vector());
    }

    /** Embeds many texts; the model spreads the batch over the available cores. */
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        List<float[]> out = new ArrayList<>(texts.size());
        for (Embedding e : model.embedAll(segments).content()) {
            out.add(normalize(e.vector()));
        }
        return out;
    }

    /** Cosine similarity of two vectors made by {@link #embed} (unit length: their dot product). */
    public static double cosine(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            sum += a[i] * b[i];
        }
        return sum;
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
