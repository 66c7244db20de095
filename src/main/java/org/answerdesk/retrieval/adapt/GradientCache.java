package org.answerdesk.retrieval.adapt;

import java.util.ArrayList;
import java.util.List;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;

/**
 * The gradient cache's parts ({@link RankingStep}): texts cut into chunks of bounded padded size, their vectors
 * without gradients, and the loss's gradient with respect to those vectors pushed back through the encoder a chunk
 * at a time, so a step's memory is bounded by a chunk's graph, not the batch's.
 */
final class GradientCache {

    private GradientCache() {
    }

    /**
     * Padded tokens (texts x the longest one's tokens) whose graph is built and freed together in a step, the gradient
     * cache's chunk. A whole batch's graph (32 anchors and 32 candidates, every layer's saved activations) was 500 MB
     * of the training process's 1.26 GB peak, and a chunk of 16 texts with one of 128 tokens 450 MB: the attention
     * grows with the square of the length. 512 tokens is 32 short phrasings or 4 long ones.
     */
    static final int CHUNK_TOKENS = 512;

    /**
     * Where each chunk of consecutive texts ends (exclusive): as many as fit {@code budget} padded tokens (count times
     * the longest), at least one.
     */
    static List<Integer> chunkEnds(int[] lengths, int budget) {
        List<Integer> ends = new ArrayList<>();
        int longest = 0;
        int count = 0;
        for (int i = 0; i < lengths.length; i++) {
            int widest = Math.max(longest, lengths[i]);
            if (count > 0 && (count + 1) * widest > budget) {
                ends.add(i);
                count = 0;
                widest = lengths[i];
            }
            longest = widest;
            count++;
        }
        if (count > 0) {
            ends.add(lengths.length);
        }
        return ends;
    }

    /** The texts again with gradients, a chunk at a time, each chunk's vectors' gradient pushed into the weights. */
    static void backward(BertEncoder model, Tokens tokens, NDManager step, GradientCollector collector,
                         List<String> texts, List<Integer> chunks, float[] gradient) {
        int width = gradient.length / texts.size();
        int from = 0;
        for (int to : chunks) {
            try (NDManager chunk = step.newSubManager()) {
                NDArray vectors = model.embed(chunk, tokens.batch(texts.subList(from, to)));
                NDArray cached = BertEncoder.owned(chunk.create(java.util.Arrays.copyOfRange(gradient, from * width,
                        to * width), new ai.djl.ndarray.types.Shape(to - from, width)));
                collector.backward(vectors.mul(cached).sum()); // d(sum v*g)/dv = g: the loss's own gradient
            }
            from = to;
        }
    }

    /** The texts' unit vectors without gradients, row after row, a chunk at a time. */
    static float[] vectors(BertEncoder model, Tokens tokens, NDManager base, List<String> texts,
                           List<Integer> chunks) {
        List<float[]> all = new ArrayList<>(texts.size());
        int from = 0;
        for (int to : chunks) {
            all.addAll(model.vectors(base, tokens, texts.subList(from, to), to - from, false));
            from = to;
        }
        return flat(all);
    }

    /** A (rows x width) array of the given vectors that collects its own gradient (the loss's, per vector). */
    static NDArray leaf(NDManager manager, float[] values, int rows) {
        NDArray leaf = BertEncoder.owned(manager.create(values, new ai.djl.ndarray.types.Shape(rows,
                values.length / rows)));
        leaf.setRequiresGradient(true);
        return leaf;
    }

    private static float[] flat(List<float[]> vectors) {
        int width = vectors.get(0).length;
        float[] out = new float[vectors.size() * width];
        for (int i = 0; i < vectors.size(); i++) {
            System.arraycopy(vectors.get(i), 0, out, i * width, width);
        }
        return out;
    }
}
