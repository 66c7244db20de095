package org.answerdesk.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import org.answerdesk.retrieval.Embedder;

/**
 * The cost of one scan of the chat path's vector lists ({@link Embedder#cosine} against each vector, as the act
 * phrasings' and the off-topic background's scans do), against the same cosine summed in one chain of additions
 * (its form before 2026-11-27), on random unit vectors of MiniLM's size. Not a test: run it by hand,
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/bench.cp) org.answerdesk.bench.CosineBenchmark</pre>
 *
 * It also prints the largest difference between the two sums over the scans.
 */
public final class CosineBenchmark {

    private static final int DIMENSIONS = 384;
    private static final int VECTORS = 2_000;
    private static long[] flush;

    public static void main(String[] args) {
        // --flush: 64 MB are read between scans, as the model's weights pass through the caches between two chats
        flush = Arrays.asList(args).contains("--flush") ? new long[8 << 20] : null;
        Random random = new Random(27);
        float[][] vectors = new float[VECTORS][];
        for (int i = 0; i < VECTORS; i++) {
            vectors[i] = unit(random);
        }
        float[][] queries = new float[200][];
        for (int i = 0; i < queries.length; i++) {
            queries[i] = unit(random);
        }
        double difference = 0;
        for (float[] q : queries) {
            for (float[] v : vectors) {
                difference = Math.max(difference, Math.abs(Embedder.cosine(q, v) - oneChain(q, v)));
            }
        }
        for (int round = 0; round < 5; round++) {
            long[] chain = time(queries, vectors, false);
            long[] four = time(queries, vectors, true);
            System.out.printf(Locale.ROOT, "round %d: scan of %d vectors, median us: one chain %.1f, four sums %.1f%n",
                    round + 1, VECTORS, chain[chain.length / 2] / 1e3, four[four.length / 2] / 1e3);
        }
        System.out.printf(Locale.ROOT, "largest difference between the sums: %.3g%n", difference);
    }

    private static long[] time(float[][] queries, float[][] vectors, boolean four) {
        long[] nanos = new long[queries.length * 5];
        double sink = 0;
        for (int k = 0; k < nanos.length; k++) {
            float[] q = queries[k % queries.length];
            if (flush != null) {
                for (int f = 0; f < flush.length; f += 8) {
                    sink += flush[f]++;
                }
            }
            long t = System.nanoTime();
            double best = -1;
            for (float[] v : vectors) {
                best = Math.max(best, four ? Embedder.cosine(q, v) : oneChain(q, v));
            }
            nanos[k] = System.nanoTime() - t;
            sink += best;
        }
        if (sink == 42) {
            System.out.println(sink);
        }
        Arrays.sort(nanos);
        return nanos;
    }

    /** The cosine as it was summed before: one chain of additions. */
    private static double oneChain(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static float[] unit(Random random) {
        float[] v = new float[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return Embedder.normalize(v);
    }
}
