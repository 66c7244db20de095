package org.answerdesk.retrieval.adapt;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * The float weights of an ONNX model, read straight from its protobuf bytes (ModelProto → GraphProto → initializer
 * TensorProtos with raw_data), and written back in place: a copy of the same file with new values of the same
 * shapes is the same graph with other weights, so ONNX Runtime serves it as before.
 *
 * <p>The weights are found by their Hugging Face names ({@link WeightNames}), in a graph read by {@link OnnxGraph}.
 */
final class OnnxWeights {

    /** One float initializer: where its raw bytes sit in the file, and its shape. */
    record Tensor(String onnxName, long[] dims, int offset, int length) {
        int size() {
            int n = 1;
            for (long d : dims) {
                n *= (int) d;
            }
            return n;
        }
    }

    private final byte[] file;
    private final Map<String, Tensor> byName;
    private final Set<String> inputs;

    private OnnxWeights(byte[] file, Map<String, Tensor> byName, Set<String> inputs) {
        this.file = file;
        this.byName = byName;
        this.inputs = inputs;
    }

    static OnnxWeights read(byte[] file) {
        OnnxGraph graph = OnnxGraph.read(file);
        return new OnnxWeights(file, WeightNames.of(graph), Collections.unmodifiableSet(graph.inputs()));
    }

    Map<String, Tensor> tensors() {
        return byName;
    }

    /** The names of the graph's inputs ({@code input_ids}, {@code attention_mask}, maybe {@code token_type_ids}). */
    Set<String> inputs() {
        return inputs;
    }

    /**
     * The weight's values in place, without a copy (read-only, little-endian): the embedding tables, looked up row by
     * row, would otherwise be held twice (an XLM-R vocabulary of 250,002 rows is 384 MB at width 384).
     */
    java.nio.FloatBuffer floats(String name) {
        Tensor t = tensor(name);
        return ByteBuffer.wrap(file, t.offset(), t.length()).slice().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer()
                .asReadOnlyBuffer();
    }

    float[] values(String name) {
        Tensor t = tensor(name);
        float[] out = new float[t.size()];
        ByteBuffer.wrap(file, t.offset(), t.length()).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
        return out;
    }

    Tensor tensor(String name) {
        Tensor t = byName.get(name);
        if (t == null) {
            throw new IllegalArgumentException("the ONNX model has no float weight " + name + " (adapting needs a "
                    + "BERT-style model with float weights under Hugging Face's names; a quantized one cannot be trained)");
        }
        return t;
    }

    /** A copy of the model file with the given weights replaced (each of its tensor's size). */
    byte[] withValues(Map<String, float[]> values) {
        byte[] out = file.clone();
        values.forEach((name, v) -> {
            Tensor t = tensor(name);
            if (v.length != t.size()) {
                throw new IllegalArgumentException(name + " has " + t.size() + " values, got " + v.length);
            }
            ByteBuffer.wrap(out, t.offset(), t.length()).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().put(v);
        });
        return out;
    }
}
