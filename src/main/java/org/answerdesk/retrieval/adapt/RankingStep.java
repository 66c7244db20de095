package org.answerdesk.retrieval.adapt;

import java.util.ArrayList;
import java.util.List;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;

/**
 * One training step of the multiple-negatives ranking loss: a batch of pairs in, the loss's gradients left on the
 * encoder's weights (the optimizer applies them).
 */
final class RankingStep {

    private static final float SCALE = 20f;

    private RankingStep() {
    }

    /**
     * One batch of [anchor, positive, negative-or-null, entry, negative's entry-or-null] rows: leaves the loss's
     * gradients on the weights. A hard negative is no negative for a row of its own entry (masked out there); the
     * off-topic questions belong to no entry, so they are negatives of every row.
     *
     * <p>With a gradient cache (Gao et al. 2021, "Scaling Deep Contrastive Learning Batch Size under Memory Limited
     * Setup"): every text's vector first, without gradients, a chunk of at most {@value GradientCache#CHUNK_TOKENS}
     * padded tokens at a time; the loss and its gradient with respect to those vectors; then each chunk again with
     * gradients, its vectors' cached gradient pushed back through the encoder. The weights' gradients add up to the
     * whole batch's (the encoder has no dropout, so the second pass computes the same vectors), with every in-batch
     * negative kept.
     *
     * <p>When the anchors fit one chunk and the candidates one chunk (short phrasings in batches of 32 do), the
     * pass without gradients is skipped: both are embedded once with gradients and the loss pushed back through
     * them, the same graph the cache would build chunk by chunk, so the same gradients (EncoderTrainingTest
     * compares the weights) for a forward pass less per step.
     */
    static float train(BertEncoder model, Tokens tokens, NDManager base, List<String[]> batch,
                       List<String> offTopic, boolean alwaysCache) {
        List<String> anchors = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        for (String[] p : batch) {
            anchors.add(p[0]);
            candidates.add(p[1]);
        }
        for (String[] p : batch) {
            if (p[2] != null) {
                candidates.add(p[2]);
            }
        }
        candidates.addAll(offTopic);
        float[] mask = new float[batch.size() * candidates.size()];
        int column = batch.size();
        for (String[] p : batch) {
            if (p[2] != null) {
                for (int row = 0; row < batch.size(); row++) {
                    if (p[4] != null && p[4].equals(batch.get(row)[3])) {
                        mask[row * candidates.size() + column] = -10_000f;
                    }
                }
                column++;
            }
        }
        List<Integer> anchorChunks = GradientCache.chunkEnds(tokens.lengths(anchors), GradientCache.CHUNK_TOKENS);
        List<Integer> candidateChunks = GradientCache.chunkEnds(tokens.lengths(candidates),
                GradientCache.CHUNK_TOKENS);
        if (!alwaysCache && anchorChunks.size() == 1 && candidateChunks.size() == 1) {
            try (NDManager step = base.newSubManager(); GradientCollector collector = Engine.getEngine("PyTorch")
                    .newGradientCollector()) {
                NDArray loss = loss(step, model.embed(step, tokens.batch(anchors)),
                        model.embed(step, tokens.batch(candidates)), mask);
                collector.backward(loss);
                return loss.getFloat();
            }
        }
        float[] anchorVectors = GradientCache.vectors(model, tokens, base, anchors, anchorChunks);
        float[] candidateVectors = GradientCache.vectors(model, tokens, base, candidates, candidateChunks);
        try (NDManager step = base.newSubManager(); GradientCollector collector = Engine.getEngine("PyTorch")
                .newGradientCollector()) {
            NDArray a = GradientCache.leaf(step, anchorVectors, anchors.size());
            NDArray c = GradientCache.leaf(step, candidateVectors, candidates.size());
            NDArray loss = loss(step, a, c, mask);
            collector.backward(loss);
            float value = loss.getFloat();
            GradientCache.backward(model, tokens, step, collector, anchors, anchorChunks,
                    a.getGradient().toFloatArray());
            GradientCache.backward(model, tokens, step, collector, candidates, candidateChunks,
                    c.getGradient().toFloatArray());
            return value;
        }
    }

    /** The multiple-negatives ranking loss of anchors against candidates (row i's positive is candidate i). */
    private static NDArray loss(NDManager step, NDArray a, NDArray c, float[] mask) {
        long rows = a.getShape().get(0);
        long columns = c.getShape().get(0);
        NDArray logits = a.matMul(c.transpose()).mul(BertEncoder.constant(step, SCALE)).add(BertEncoder.owned(
                step.create(mask, new ai.djl.ndarray.types.Shape(rows, columns))));
        NDArray target = step.eye((int) rows, (int) columns, 0, ai.djl.ndarray.types.DataType.FLOAT32);
        return logits.logSoftmax(1).mul(target).sum().neg().div(BertEncoder.constant(step, rows));
    }
}
