package org.answerdesk.retrieval.adapt;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;

/**
 * Fine-tunes a whole BERT sentence encoder (MiniLM's six layers, BGE-small's twelve; {@link BertEncoder}) on an FAQ's own phrasings with the multiple-negatives
 * ranking loss: a phrasing should be closer to another phrasing of its entry than to the phrasings of the other
 * entries in its batch (SetFit / sentence-transformers' recipe, AdamW; {@link Options} sets how many pairs and
 * epochs). Feedback adds hard negatives: a
 * question a customer rejected an entry's answer for is pushed away from that entry. The result is the same ONNX
 * model file with the trained weights, served by ONNX Runtime like the shipped one.
 */
public final class EncoderTraining {

    /**
     * @param pairsPerPhrasing anchor-positive pairs per phrasing and epoch, its positives drawn without repeating
     *                         until every other phrasing of its entry has been drawn
     * @param epochs           passes over the phrasings, each with pairs drawn anew
     * @param maxPairs         at most this many pairs over all epochs (later epochs are cut first), so a very large
     *                         FAQ adapts in bounded time
     * @param batchSize        pairs per step; the other pairs of a batch are the negatives
     * @param learningRate     AdamW peak step ({@link Schedule#rate}: linear warm-up, then linear decay)
     * @param hardNegatives    each anchor also pushed away from the closest phrasing of another entry (under the
     *                         model before training): one more text per pair to encode, on the confusions that matter
     * @param offTopicNegatives off-topic questions (the job's, {@link #adapt}) added to every step as negatives of
     *                         every anchor: no entry may pull them close; 0 for none
     * @param seed             for the pairs and their order
     * @param maxTime          training (with finding the hard negatives) stops after this long, keeping the steps
     *                         done so far
     */
    public record Options(int pairsPerPhrasing, int epochs, int maxPairs, int batchSize, double learningRate,
                          boolean hardNegatives, int offTopicNegatives, long seed, java.time.Duration maxTime) {
        public Options {
            if (pairsPerPhrasing < 1 || epochs < 1 || maxPairs < 0 || batchSize < 2 || !(learningRate >= 0)
                    || offTopicNegatives < 0) {
                throw new IllegalArgumentException("adaptation options out of range: " + this);
            }
        }

        /** Options without off-topic negatives. */
        public Options(int pairsPerPhrasing, int epochs, int maxPairs, int batchSize, double learningRate,
                       boolean hardNegatives, long seed, java.time.Duration maxTime) {
            this(pairsPerPhrasing, epochs, maxPairs, batchSize, learningRate, hardNegatives, 0, seed, maxTime);
        }

        /**
         * 4 pairs per phrasing at a peak rate of 1e-4: on HWU64 with 5 phrasings per intent top-1 rose from 76.4%
         * (2 pairs at 2e-5: 16 steps, barely trained) to 79.7%; 8 pairs gained 0.3 more at twice the time. At most
         * 4,000 pairs (a 770-phrasing FAQ trains 2,772 in about 2.5 minutes of one core). README "Adapting the model
         * to your FAQ".
         */
        public static Options defaults() {
            return new Options(4, 1, 4000, 32, 1e-4, false, DEFAULT_OFF_TOPIC_NEGATIVES, 42,
                    java.time.Duration.ofMinutes(10));
        }

        /** These options with the bounds a deployment sets (ANSWERDESK_FAQ_ADAPT_MAX_PAIRS, ..._MAX_TIME). */
        public Options withLimits(int maxPairs, java.time.Duration maxTime) {
            return new Options(pairsPerPhrasing, epochs, maxPairs, batchSize, learningRate, hardNegatives,
                    offTopicNegatives, seed, maxTime);
        }

        /** These options with {@code n} off-topic negatives per step (ANSWERDESK_FAQ_ADAPT_OFF_TOPIC_NEGATIVES). */
        public Options withOffTopicNegatives(int n) {
            return new Options(pairsPerPhrasing, epochs, maxPairs, batchSize, learningRate, hardNegatives, n, seed,
                    maxTime);
        }

        /** The options that change what is trained (not the time limit), for the stored model's fingerprint. */
        public String trained() {
            return pairsPerPhrasing + "x" + epochs + "/" + maxPairs + "/" + batchSize + "/" + learningRate
                    + (hardNegatives ? "/hard/" : "/") + (offTopicNegatives > 0 ? "off" + offTopicNegatives + "/" : "")
                    + seed;
        }
    }

    /** How the encoder's token states become the sentence vector: as the served model pools them. */
    public enum Pooling {
        /** the mean over the tokens (sentence-transformers models such as MiniLM) */
        MEAN,
        /** the first ([CLS]) token's state (BGE) */
        CLS
    }

    /**
     * The model is not one this trainer can train: its forward pass could not be reproduced ({@link Verification}).
     * It is served as it is; trying again would fail the same way.
     */
    public static final class Unsupported extends IOException {
        public Unsupported(String reason) {
            super("this model cannot be adapted: " + reason);
        }
    }

    /** One entry's phrasings, and questions known not to belong to it (from feedback). */
    public record Example(long entryId, List<String> phrasings, List<String> rejectedQuestions) {
    }

    /**
     * Off-topic questions per step by default: none. 16 a step changed no {@code cv} figure beyond the spread between
     * folds, at a third more CPU (docs/retrieval.md, "Off-topic questions as training negatives").
     */
    public static final int DEFAULT_OFF_TOPIC_NEGATIVES = 0;

    /**
     * Logged as the first training step begins, past the check for an interruption before it: from then on, an
     * exit waits for a step under way. A test that ends the process during a step waits for this line.
     */
    public static final String FIRST_STEP_STARTED = "adaptation step 1 started";

    private static final Logger log = LoggerFactory.getLogger(EncoderTraining.class);
    private static final float SCALE = 20f;
    /**
     * DJL allows one gradient collector in the whole JVM, and a second one fails after switching its thread's
     * autograd on (the optimizer's in-place updates then fail): trainings take turns.
     */
    private static final Object ONE_AT_A_TIME = new Object();

    private EncoderTraining() {
    }

    /**
     * Trains on the examples and returns the adapted model file; {@code onnx} is the model to start from, served
     * with {@code pooling}. One training at a time per JVM; an interrupted thread stops between steps
     * (InterruptedIOException), and so does one whose JVM is exiting ({@link ExitGuard}).
     */
    public static byte[] adapt(byte[] onnx, InputStream tokenizerJson, Pooling pooling, List<Example> examples,
                               Options options) throws IOException {
        return adapt(onnx, tokenizerJson, pooling, examples, List.of(), options);
    }

    /**
     * As {@link #adapt(byte[], InputStream, Pooling, List, Options)}, with questions the FAQ does not answer: with
     * {@link Options#offTopicNegatives} above 0, every step adds that many of them as negatives of every anchor
     * (those the FAQ has a near-paraphrase of, under the model before training, are left out: the FAQ answers them).
     */
    public static byte[] adapt(byte[] onnx, InputStream tokenizerJson, Pooling pooling, List<Example> examples,
                               List<String> offTopic, Options options) throws IOException {
        return adapt(onnx, tokenizerJson, pooling, examples, offTopic, options, false);
    }

    /**
     * As {@link #adapt(byte[], InputStream, Pooling, List, List, Options)}; {@code alwaysCache} runs every step
     * through the gradient cache, also one that fits a chunk (for the test that both give the same model).
     */
    static byte[] adapt(byte[] onnx, InputStream tokenizerJson, Pooling pooling, List<Example> examples,
                        List<String> offTopic, Options options, boolean alwaysCache) throws IOException {
        synchronized (ONE_AT_A_TIME) {
            try (ExitGuard guard = ExitGuard.forThisThread()) {
                try {
                    return train(onnx, tokenizerJson, pooling, examples, offTopic, options, alwaysCache);
                } catch (java.io.UncheckedIOException e) {
                    throw e.getCause(); // stopped while embedding for hard negatives
                } finally {
                    NativeHeap.trim(); // the weights, moments and gradients, freed with the manager, before the exit
                }
            }
        }
    }

    private static byte[] train(byte[] onnx, InputStream tokenizerJson, Pooling pooling, List<Example> examples,
                                List<String> offTopic, Options options, boolean alwaysCache) throws IOException {
        System.setProperty("ai.djl.offline", "true"); // the natives ship in the jar; never download
        // one PyTorch thread: on a busy machine its spinning worker threads made training ten times slower
        System.setProperty("ai.djl.pytorch.num_threads", System.getProperty("ai.djl.pytorch.num_threads", "1"));
        System.setProperty("ai.djl.pytorch.num_interop_threads",
                System.getProperty("ai.djl.pytorch.num_interop_threads", "1"));
        OnnxWeights weights;
        try {
            weights = OnnxWeights.read(onnx);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new Unsupported("its ONNX file could not be read (" + e.getMessage() + ")");
        }
        if (TrainingPairs.pairs(examples, options, Map.of()).isEmpty()) {
            return onnx;
        }
        try (NDManager base = Engine.getEngine("PyTorch").newBaseManager();
             Tokens tokens = new Tokens(tokenizerJson)) {
            // autograd is on by default in every thread but the one that loaded the engine; a gradient collector
            // restores what it found, so it must find it off, or the optimizer's in-place updates fail
            ai.djl.pytorch.jni.JniUtils.setGradMode(false);
            long start = System.nanoTime();
            long deadline = start + options.maxTime().toNanos();
            BertEncoder model;
            try {
                model = new BertEncoder(weights, pooling, base);
            } catch (IllegalArgumentException e) { // not BERT-shaped, or no float weights under Hugging Face's names
                throw new Unsupported(e.getMessage());
            }
            model.use(Verification.layout(onnx, model, tokens, pooling, base));
            log.info("adaptation: the encoder reproduces the served vectors with the {} layout", model.layout());
            List<String[]> pairs = TrainingPairs.pairs(examples, options, options.hardNegatives()
                    ? TrainingPairs.nearestOtherEntry(examples, texts -> model.vectors(base, tokens, texts))
                    : Map.of());
            AdamW optimizer = new AdamW(model.parameters(), base, options.learningRate());
            List<List<String[]>> batches = TrainingPairs.batches(pairs, options.batchSize());
            List<List<String>> offTopicPerStep = options.offTopicNegatives() == 0 || offTopic.isEmpty() ? List.of()
                    : TrainingPairs.perStep(TrainingPairs.notAnswered(examples, offTopic,
                            texts -> model.vectors(base, tokens, texts)), batches.size(),
                            options.offTopicNegatives(), options.seed());
            int done = 0;
            int planned = batches.size();
            log.info("adaptation training: {} steps of up to {} pairs", planned, options.batchSize());
            long trainingStart = System.nanoTime();
            for (int step = 0; step < planned; step++) {
                if (Thread.currentThread().isInterrupted()) { // the app is stopping: no model from half a training
                    log.info("adaptation interrupted before step {} of {}", step + 1, planned);
                    throw new java.io.InterruptedIOException("adaptation interrupted at step " + (step + 1));
                }
                if (System.nanoTime() > deadline) {
                    log.info("adaptation stopped after {} of {} steps: time limit {}", step, planned,
                            options.maxTime());
                    break;
                }
                if (step == 0) {
                    log.info(FIRST_STEP_STARTED + " ({} planned)", planned);
                }
                float loss = trainStep(model, tokens, base, batches.get(step),
                        offTopicPerStep.isEmpty() ? List.of() : offTopicPerStep.get(step), alwaysCache);
                float norm = optimizer.step(step, planned);
                NativeHeap.trim(); // the step's tensors are freed: without this, memory grew with the steps
                done++;
                log.debug("adaptation step {}/{}: loss {}, gradient norm {}", step + 1, planned, loss, norm);
                if (!Float.isFinite(loss) || !Float.isFinite(norm)) {
                    // never serve such a model (the weights were not updated with it)
                    throw new IllegalStateException("adaptation diverged at step " + (step + 1) + " (loss " + loss
                            + ", gradient norm " + norm + ")");
                }
                long now = System.nanoTime();
                int fits = Schedule.stepsThatFit(planned, done, now - trainingStart, deadline - now);
                if (fits < planned) {
                    log.info("adaptation shortened from {} to {} steps to end within the time limit {}", planned,
                            fits, options.maxTime());
                    planned = fits;
                }
            }
            log.info("adaptation trained {} steps of {} ({} pairs, {} off-topic negatives per step, {}) in {} s", done,
                    batches.size(), pairs.size(), offTopicPerStep.isEmpty() ? 0 : offTopicPerStep.get(0).size(),
                    options.trained(), (System.nanoTime() - start) / 1_000_000_000);
            Map<String, float[]> trained = new LinkedHashMap<>();
            model.parameters().forEach((name, a) -> trained.put(name, a.toFloatArray()));
            for (float[] values : trained.values()) {
                for (float v : values) {
                    if (!Float.isFinite(v)) {
                        throw new IllegalStateException("adaptation produced non-finite weights");
                    }
                }
            }
            return weights.withValues(trained);
        }
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

    /**
     * One batch of [anchor, positive, negative-or-null, entry, negative's entry-or-null] rows: leaves the loss's
     * gradients on the weights. A hard negative is no negative for a row of its own entry (masked out there); the
     * off-topic questions belong to no entry, so they are negatives of every row.
     *
     * <p>With a gradient cache (Gao et al. 2021, "Scaling Deep Contrastive Learning Batch Size under Memory Limited
     * Setup"): every text's vector first, without gradients, a chunk of at most {@value #CHUNK_TOKENS} padded
     * tokens at a time; the loss and its gradient
     * with respect to those vectors; then each chunk again with gradients, its vectors' cached gradient pushed back
     * through the encoder. The weights' gradients add up to the whole batch's (the encoder has no dropout, so the
     * second pass computes the same vectors), with every in-batch negative kept.
     *
     * <p>When the anchors fit one chunk and the candidates one chunk (short phrasings in batches of 32 do), the
     * pass without gradients is skipped: both are embedded once with gradients and the loss pushed back through
     * them, the same graph the cache would build chunk by chunk, so the same gradients (EncoderTrainingTest
     * compares the weights) for a forward pass less per step.
     */
    private static float trainStep(BertEncoder model, Tokens tokens, NDManager base, List<String[]> batch,
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
        List<Integer> anchorChunks = chunkEnds(tokens.lengths(anchors), CHUNK_TOKENS);
        List<Integer> candidateChunks = chunkEnds(tokens.lengths(candidates), CHUNK_TOKENS);
        if (!alwaysCache && anchorChunks.size() == 1 && candidateChunks.size() == 1) {
            try (NDManager step = base.newSubManager(); GradientCollector collector = Engine.getEngine("PyTorch")
                    .newGradientCollector()) {
                NDArray loss = loss(step, model.embed(step, tokens.batch(anchors)),
                        model.embed(step, tokens.batch(candidates)), mask);
                collector.backward(loss);
                return loss.getFloat();
            }
        }
        float[] anchorVectors = vectors(model, tokens, base, anchors, anchorChunks);
        float[] candidateVectors = vectors(model, tokens, base, candidates, candidateChunks);
        try (NDManager step = base.newSubManager(); GradientCollector collector = Engine.getEngine("PyTorch")
                .newGradientCollector()) {
            NDArray a = leaf(step, anchorVectors, anchors.size());
            NDArray c = leaf(step, candidateVectors, candidates.size());
            NDArray loss = loss(step, a, c, mask);
            collector.backward(loss);
            float value = loss.getFloat();
            backward(model, tokens, step, collector, anchors, anchorChunks, a.getGradient().toFloatArray());
            backward(model, tokens, step, collector, candidates, candidateChunks, c.getGradient().toFloatArray());
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

    /** The texts again with gradients, a chunk at a time, each chunk's vectors' gradient pushed into the weights. */
    private static void backward(BertEncoder model, Tokens tokens, NDManager step, GradientCollector collector,
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
    private static float[] vectors(BertEncoder model, Tokens tokens, NDManager base, List<String> texts,
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
    private static NDArray leaf(NDManager manager, float[] values, int rows) {
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
