package org.answerdesk.retrieval.adapt;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A stand-in for an XLM-R sentence encoder (paraphrase-multilingual-MiniLM-L12-v2 is 470 MB and there is no network
 * here), made from the shipped MiniLM by rewriting its ONNX file the way XLM-R's embeddings differ from BERT's:
 * <ul>
 * <li>positions start at {@code shift} (2 for XLM-R): the {@code position_ids} constant counts from there, and the
 * position table's rows move down by as much, so a text of up to 512 - shift tokens gets the vector MiniLM gives
 * it;</li>
 * <li>no {@code token_type_ids} input: the graph no longer declares it, and the type table is looked up with the
 * attention mask instead, both of its rows being MiniLM's row 0 (what XLM-R's buffered zeros select).</li>
 * </ul>
 * The WordPiece tokenizer stays: the layout, not the vocabulary, is what the trainer must get right.
 */
final class XlmRStandIn {

    private XlmRStandIn() {
    }

    static byte[] of(byte[] miniLm, int shift) {
        byte[] model = shiftPositionIds(miniLm.clone(), shift);
        OnnxWeights w = OnnxWeights.read(model);
        float[] positions = w.values("embeddings.position_embeddings.weight");
        float[] moved = new float[positions.length];
        System.arraycopy(positions, 0, moved, shift * 384, positions.length - shift * 384); // rows below shift: 0
        float[] types = w.values("embeddings.token_type_embeddings.weight");
        System.arraycopy(types, 0, types, 384, 384);
        model = w.withValues(Map.of("embeddings.position_embeddings.weight", moved,
                "embeddings.token_type_embeddings.weight", types));
        return withoutTypeInput(model);
    }

    /** The int64 constant 0, 1, ..., 511 that BERT's exports slice their position ids from, counting from shift. */
    private static byte[] shiftPositionIds(byte[] model, int shift) {
        ByteBuffer from = ByteBuffer.allocate(512 * 8).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer to = ByteBuffer.allocate(512 * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long i = 0; i < 512; i++) {
            from.putLong(i);
            to.putLong(i + shift);
        }
        int at = indexOf(model, from.array(), 0);
        if (at < 0 || indexOf(model, from.array(), at + 1) >= 0) {
            throw new IllegalStateException("the position ids constant is not in the model once");
        }
        System.arraycopy(to.array(), 0, model, at, to.capacity());
        return model;
    }

    /**
     * The graph (ModelProto field 7) without its {@code token_type_ids} input (GraphProto field 11), and the node
     * that read it reading {@code attention_mask} (a name of the same length) instead.
     */
    private static byte[] withoutTypeInput(byte[] model) {
        int[] graph = field(model, 0, model.length, 7);
        int[] input = null;
        for (int p = graph[1]; p < graph[2]; ) {
            int[] f = fieldAt(model, p);
            if (f[3] == 11 && new String(model, f[1], f[2] - f[1], StandardCharsets.ISO_8859_1)
                    .contains("\u000etoken_type_ids")) {
                input = f;
            }
            p = f[2];
        }
        if (input == null) {
            throw new IllegalStateException("no token_type_ids input");
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(model, graph[1], input[0] - graph[1]);
        body.write(model, input[2], graph[2] - input[2]);
        byte[] g = body.toByteArray();
        byte[] name = "\u000etoken_type_ids".getBytes(StandardCharsets.ISO_8859_1);
        int use = indexOf(g, name, 0);
        if (use < 0 || indexOf(g, name, use + 1) >= 0) {
            throw new IllegalStateException("token_type_ids is not read by one node");
        }
        System.arraycopy("\u000eattention_mask".getBytes(StandardCharsets.ISO_8859_1), 0, g, use, name.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(model, 0, graph[0]);
        out.write(7 << 3 | 2);
        varint(out, g.length);
        out.write(g, 0, g.length);
        out.write(model, graph[2], model.length - graph[2]);
        return out.toByteArray();
    }

    /** The first length-delimited field {@code number} in [from, to): {tag position, content start, end}. */
    private static int[] field(byte[] b, int from, int to, int number) {
        for (int p = from; p < to; ) {
            int[] f = fieldAt(b, p);
            if (f[3] == number && f[4] == 2) {
                return f;
            }
            p = f[2];
        }
        throw new IllegalStateException("no field " + number);
    }

    /** The field at p: {tag position, content start, end, number, wire type}. */
    private static int[] fieldAt(byte[] b, int p) {
        long[] tag = varint(b, p);
        int number = (int) (tag[0] >>> 3);
        int wire = (int) (tag[0] & 7);
        int q = (int) tag[1];
        return switch (wire) {
            case 0 -> new int[] {p, q, (int) varint(b, q)[1], number, wire};
            case 1 -> new int[] {p, q, q + 8, number, wire};
            case 5 -> new int[] {p, q, q + 4, number, wire};
            case 2 -> {
                long[] len = varint(b, q);
                yield new int[] {p, (int) len[1], (int) (len[1] + len[0]), number, wire};
            }
            default -> throw new IllegalStateException("wire type " + wire);
        };
    }

    private static long[] varint(byte[] b, int p) {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            byte x = b[p++];
            v |= (long) (x & 0x7f) << shift;
            if ((x & 0x80) == 0) {
                return new long[] {v, p};
            }
        }
    }

    private static void varint(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7fL) != 0) {
            out.write((int) (v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
