package org.answerdesk.knowledge;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** A passage's vectors as stored: the floats one after another, little-endian. */
final class VectorBytes {

    private VectorBytes() {
    }

    static byte[] toBytes(float[][] vectors) {
        int dims = vectors.length == 0 ? 0 : vectors[0].length;
        ByteBuffer buf = ByteBuffer.allocate(vectors.length * dims * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float[] v : vectors) {
            for (float x : v) {
                buf.putFloat(x);
            }
        }
        return buf.array();
    }

    static float[][] fromBytes(byte[] bytes, int dims) {
        var floats = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        float[][] out = new float[floats.remaining() / dims][dims];
        for (float[] v : out) {
            floats.get(v);
        }
        return out;
    }
}
