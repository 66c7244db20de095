package org.answerdesk.retrieval.adapt;

import java.nio.charset.StandardCharsets;

/**
 * Protobuf's wire format, as far as {@link OnnxGraph} needs it: varints, tags, length-delimited fields, read from a
 * window of the model file's bytes without copying them.
 */
final class ProtobufReader {

    final byte[] bytes;
    int pos;
    final int end;

    ProtobufReader(byte[] bytes, int pos, int end) {
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
