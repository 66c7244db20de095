package org.answerdesk.retrieval.adapt;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

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
     * @param maxTime          training (with finding the hard negatives) stops after this much CPU time of its
     *                         process ({@link CpuTime}: not the wall clock, so a loaded machine trains the same
     *                         steps), shortened once its pace shows it would overrun, keeping the steps done
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
                    return TrainingRun.train(onnx, tokenizerJson, pooling, examples, offTopic, options, alwaysCache);
                } catch (java.io.UncheckedIOException e) {
                    throw e.getCause(); // stopped while embedding for hard negatives
                } finally {
                    NativeHeap.trim(); // the weights, moments and gradients, freed with the manager, before the exit
                }
            }
        }
    }
}
