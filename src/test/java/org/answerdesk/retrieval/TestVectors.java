package org.answerdesk.retrieval;

/** Vectors small enough to reason about, for tests of decisions made on embeddings. */
public final class TestVectors {

    private TestVectors() {
    }

    /** The unit vector in the direction of {@code xs}. */
    public static float[] unit(double... xs) {
        double n = 0;
        for (double x : xs) {
            n += x * x;
        }
        float[] v = new float[xs.length];
        for (int i = 0; i < xs.length; i++) {
            v[i] = (float) (xs[i] / Math.sqrt(n));
        }
        return v;
    }
}
