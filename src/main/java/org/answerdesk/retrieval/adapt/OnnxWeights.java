package org.answerdesk.retrieval.adapt;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The float weights of an ONNX model, read straight from its protobuf bytes (ModelProto → GraphProto → initializer
 * TensorProtos with raw_data), and written back in place: a copy of the same file with new values of the same
 * shapes is the same graph with other weights, so ONNX Runtime serves it as before.
 *
 * <p>Exporters leave the weights of MatMul nodes unnamed ("onnx::MatMul_123"); each is given the name of the bias
 * that the Add node after it adds ("...query.bias" → "...query.weight").
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
    private final java.util.Set<String> inputs;

    private OnnxWeights(byte[] file, Map<String, Tensor> byName, java.util.Set<String> inputs) {
        this.file = file;
        this.byName = byName;
        this.inputs = inputs;
    }

    static OnnxWeights read(byte[] file) {
        Map<String, Tensor> initializers = new LinkedHashMap<>();
        List<String[]> nodes = new ArrayList<>(); // op, inputs..., then outputs after a null marker
        java.util.Set<String> inputs = new java.util.LinkedHashSet<>();
        Reader model = new Reader(file, 0, file.length);
        while (model.more()) {
            int tag = model.tag();
            if (tag >>> 3 == 7 && (tag & 7) == 2) {
                int len = model.varint32();
                readGraph(new Reader(file, model.pos, model.pos + len), initializers, nodes, inputs);
                model.pos += len;
            } else {
                model.skip(tag);
            }
        }
        return new OnnxWeights(file, name(initializers, nodes), java.util.Collections.unmodifiableSet(inputs));
    }

    private static void readGraph(Reader g, Map<String, Tensor> initializers, List<String[]> nodes,
                                  java.util.Set<String> inputs) {
        while (g.more()) {
            int tag = g.tag();
            int field = tag >>> 3;
            if ((field == 1 || field == 5 || field == 11) && (tag & 7) == 2) {
                int len = g.varint32();
                Reader sub = new Reader(g.bytes, g.pos, g.pos + len);
                if (field == 1) {
                    nodes.add(readNode(sub));
                } else if (field == 11) {
                    inputName(sub).ifPresent(inputs::add);
                } else {
                    Tensor t = readTensor(sub);
                    if (t != null) {
                        initializers.put(t.onnxName(), t);
                    }
                }
                g.pos += len;
            } else {
                g.skip(tag);
            }
        }
    }

    /** A graph input's name (ValueInfoProto field 1). */
    private static java.util.Optional<String> inputName(Reader v) {
        while (v.more()) {
            int tag = v.tag();
            if (tag >>> 3 == 1 && (tag & 7) == 2) {
                return java.util.Optional.of(v.string());
            }
            v.skip(tag);
        }
        return java.util.Optional.empty();
    }

    /** [op, input1, input2, ..., "->", output1, ...] */
    private static String[] readNode(Reader n) {
        List<String> inputs = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        String op = "";
        while (n.more()) {
            int tag = n.tag();
            int field = tag >>> 3;
            if ((tag & 7) == 2 && (field == 1 || field == 2 || field == 4)) {
                String s = n.string();
                if (field == 1) {
                    inputs.add(s);
                } else if (field == 2) {
                    outputs.add(s);
                } else {
                    op = s;
                }
            } else {
                n.skip(tag);
            }
        }
        List<String> all = new ArrayList<>();
        all.add(op);
        all.addAll(inputs);
        all.add("->");
        all.addAll(outputs);
        return all.toArray(String[]::new);
    }

    private static Tensor readTensor(Reader t) {
        List<Long> dims = new ArrayList<>();
        int type = 0;
        String name = null;
        int offset = -1;
        int length = 0;
        while (t.more()) {
            int tag = t.tag();
            int field = tag >>> 3;
            if (field == 1 && (tag & 7) == 0) {
                dims.add(t.varint());
            } else if (field == 1 && (tag & 7) == 2) {
                int end = t.varint32() + t.pos;
                while (t.pos < end) {
                    dims.add(t.varint());
                }
            } else if (field == 2 && (tag & 7) == 0) {
                type = (int) t.varint();
            } else if (field == 8 && (tag & 7) == 2) {
                name = t.string();
            } else if (field == 9 && (tag & 7) == 2) {
                length = t.varint32();
                offset = t.pos;
                t.pos += length;
            } else {
                t.skip(tag);
            }
        }
        if (type != 1 || name == null || offset < 0) {
            return null; // only float tensors stored as raw_data are weights to train
        }
        return new Tensor(name, dims.stream().mapToLong(Long::longValue).toArray(), offset, length);
    }

    /** Names each MatMul weight after the bias added to its output. */
    private static Map<String, Tensor> name(Map<String, Tensor> initializers, List<String[]> nodes) {
        Map<String, String> biasOfOutput = new HashMap<>();
        for (String[] node : nodes) {
            if (node[0].equals("Add")) {
                int arrow = List.of(node).indexOf("->");
                for (int i = 1; i < arrow; i++) {
                    if (initializers.containsKey(node[i])) {
                        for (int j = 1; j < arrow; j++) {
                            if (j != i) {
                                biasOfOutput.put(node[j], node[i]);
                            }
                        }
                    }
                }
            }
        }
        Map<String, Tensor> named = new LinkedHashMap<>();
        for (Tensor t : initializers.values()) {
            named.put(t.onnxName(), t);
        }
        for (String[] node : nodes) {
            if (node[0].equals("MatMul")) {
                int arrow = List.of(node).indexOf("->");
                String bias = biasOfOutput.get(node[arrow + 1]);
                for (int i = 1; i < arrow; i++) {
                    if (initializers.containsKey(node[i]) && bias != null && bias.endsWith(".bias")) {
                        named.put(bias.substring(0, bias.length() - ".bias".length()) + ".weight",
                                initializers.get(node[i]));
                    }
                }
            }
        }
        return named;
    }

    Map<String, Tensor> tensors() {
        return byName;
    }

    /** The names of the graph's inputs ({@code input_ids}, {@code attention_mask}, maybe {@code token_type_ids}). */
    java.util.Set<String> inputs() {
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

    /** Protobuf wire format: varints, tags, length-delimited fields. */
    private static final class Reader {
        final byte[] bytes;
        int pos;
        final int end;

        Reader(byte[] bytes, int pos, int end) {
            this.bytes = bytes;
            this.pos = pos;
            this.end = end;
        }

        boolean more() {
            return pos < end;
        }

        int tag() {
            return varint32();
        }

        long varint() {
            long result = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte b = bytes[pos++];
                result |= (long) (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return result;
                }
            }
            throw new IllegalArgumentException("malformed varint in the ONNX model");
        }

        int varint32() {
            return (int) varint();
        }

        String string() {
            int len = varint32();
            String s = new String(bytes, pos, len, StandardCharsets.UTF_8);
            pos += len;
            return s;
        }

        void skip(int tag) {
            switch (tag & 7) {
                case 0 -> varint();
                case 1 -> pos += 8;
                case 2 -> {
                    int len = varint32(); // read before pos: "pos += varint32()" would add to the old pos
                    pos += len;
                }
                case 5 -> pos += 4;
                default -> throw new IllegalArgumentException("unsupported wire type " + (tag & 7) + " in the ONNX model");
            }
        }
    }
}
