package org.answerdesk.faq.adapt;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;

/**
 * Fine-tunes the whole MiniLM encoder (all six layers) on an FAQ's own phrasings with the multiple-negatives
 * ranking loss: a phrasing should be closer to another phrasing of its entry than to the phrasings of the other
 * entries in its batch (SetFit / sentence-transformers' recipe, one epoch, AdamW). Feedback adds hard negatives: a
 * question a customer rejected an entry's answer for is pushed away from that entry. The result is the same ONNX
 * model file with the trained weights, served by ONNX Runtime like the shipped one.
 */
public final class EncoderAdapter {

    /**
     * @param pairsPerPhrasing anchor-positive pairs drawn per phrasing (one epoch over them)
     * @param maxPairs         at most this many pairs, so a very large FAQ adapts in bounded time
     * @param batchSize        pairs per step; the other pairs of a batch are the negatives
     * @param learningRate     AdamW peak step (10% linear warm-up, then linear decay)
     * @param seed             for the pairs and their order
     * @param maxTime          training stops after this long, keeping the steps done so far
     */
    public record Options(int pairsPerPhrasing, int maxPairs, int batchSize, double learningRate, long seed,
                          java.time.Duration maxTime) {
        public static Options defaults() {
            return new Options(2, 3000, 32, 2e-5, 42, java.time.Duration.ofMinutes(10));
        }

        /** The options that change what is trained (not the time limit), for the stored model's fingerprint. */
        public String trained() {
            return pairsPerPhrasing + "/" + maxPairs + "/" + batchSize + "/" + learningRate + "/" + seed;
        }
    }

    /** One entry's phrasings, and questions known not to belong to it (from feedback). */
    public record Example(long entryId, List<String> phrasings, List<String> rejectedQuestions) {
    }

    private static final Logger log = LoggerFactory.getLogger(EncoderAdapter.class);
    private static final float SCALE = 20f;
    /**
     * DJL allows one gradient collector in the whole JVM, and a second one fails after switching its thread's
     * autograd on (the optimizer's in-place updates then fail): trainings take turns.
     */
    private static final Object ONE_AT_A_TIME = new Object();

    private EncoderAdapter() {
    }

    /**
     * Trains on the examples and returns the adapted model file; {@code onnx} is the model to start from. One
     * training at a time per JVM; an interrupted thread stops between steps (InterruptedIOException).
     */
    public static byte[] adapt(byte[] onnx, InputStream tokenizerJson, List<Example> examples, Options options)
            throws IOException {
        synchronized (ONE_AT_A_TIME) {
            return train(onnx, tokenizerJson, examples, options);
        }
    }

    private static byte[] train(byte[] onnx, InputStream tokenizerJson, List<Example> examples, Options options)
            throws IOException {
        System.setProperty("ai.djl.offline", "true"); // the natives ship in the jar; never download
        // one PyTorch thread: on a busy machine its spinning worker threads made training ten times slower
        System.setProperty("ai.djl.pytorch.num_threads", System.getProperty("ai.djl.pytorch.num_threads", "1"));
        System.setProperty("ai.djl.pytorch.num_interop_threads",
                System.getProperty("ai.djl.pytorch.num_interop_threads", "1"));
        OnnxWeights weights = OnnxWeights.read(onnx);
        List<String[]> pairs = pairs(examples, options);
        if (pairs.isEmpty()) {
            return onnx;
        }
        try (NDManager base = Engine.getEngine("PyTorch").newBaseManager();
             Tokens tokens = new Tokens(tokenizerJson)) {
            // autograd is on by default in every thread but the one that loaded the engine; a gradient collector
            // restores what it found, so it must find it off, or the optimizer's in-place updates fail
            ai.djl.pytorch.jni.JniUtils.setGradMode(false);
            MiniLm model = new MiniLm(weights, base);
            AdamW optimizer = new AdamW(model.parameters(), base, options.learningRate());
            List<List<String[]>> batches = batches(pairs, options.batchSize());
            long deadline = System.nanoTime() + options.maxTime().toNanos();
            for (int step = 0; step < batches.size(); step++) {
                if (Thread.currentThread().isInterrupted()) { // the app is stopping: no model from half a training
                    throw new java.io.InterruptedIOException("adaptation interrupted at step " + (step + 1));
                }
                if (System.nanoTime() > deadline) {
                    log.info("adaptation stopped after {} of {} steps: time limit {}", step, batches.size(),
                            options.maxTime());
                    break;
                }
                float loss = trainStep(model, tokens, base, batches.get(step));
                float norm = optimizer.step(step, batches.size());
                log.debug("adaptation step {}/{}: loss {}, gradient norm {}", step + 1, batches.size(), loss, norm);
                if (!Float.isFinite(loss) || !Float.isFinite(norm)) {
                    // never serve such a model (the weights were not updated with it)
                    throw new IllegalStateException("adaptation diverged at step " + (step + 1) + " (loss " + loss
                            + ", gradient norm " + norm + ")");
                }
            }
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

    /** One batch of [anchor, positive, negative-or-null, entry] rows: leaves the loss's gradients on the weights. */
    private static float trainStep(MiniLm model, Tokens tokens, NDManager base, List<String[]> batch) {
        try (NDManager step = base.newSubManager(); GradientCollector collector = Engine.getEngine("PyTorch")
                .newGradientCollector()) {
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
            NDArray a = model.embed(step, tokens.batch(anchors));
            NDArray c = model.embed(step, tokens.batch(candidates));
            NDArray logits = a.matMul(c.transpose()).mul(MiniLm.constant(step, SCALE));
            NDArray target = step.eye(batch.size(), candidates.size(), 0, ai.djl.ndarray.types.DataType.FLOAT32);
            NDArray loss = logits.logSoftmax(1).mul(target).sum().neg().div(MiniLm.constant(step, batch.size()));
            collector.backward(loss);
            return loss.getFloat();
        }
    }

    /** Each phrasing with other phrasings of its entry (and a rejected question as a hard negative, if any). */
    static List<String[]> pairs(List<Example> examples, Options options) {
        Random random = new Random(options.seed());
        Map<String, List<String>> rejectedBy = new HashMap<>();
        List<String[]> pairs = new ArrayList<>();
        for (Example e : examples) {
            List<String> ps = e.phrasings();
            if (ps.size() < 2) {
                continue;
            }
            for (int i = 0; i < ps.size(); i++) {
                for (int k = 0; k < options.pairsPerPhrasing(); k++) {
                    int j = random.nextInt(ps.size() - 1);
                    String negative = e.rejectedQuestions().isEmpty() ? null
                            : e.rejectedQuestions().get(random.nextInt(e.rejectedQuestions().size()));
                    pairs.add(new String[] {ps.get(i), ps.get(j >= i ? j + 1 : j), negative,
                        Long.toString(e.entryId())});
                }
            }
        }
        Collections.shuffle(pairs, random);
        return pairs.size() > options.maxPairs() ? new ArrayList<>(pairs.subList(0, options.maxPairs())) : pairs;
    }

    /** Batches in which no entry appears twice (another phrasing of the anchor's own entry is no negative). */
    static List<List<String[]>> batches(List<String[]> pairs, int size) {
        List<List<String[]>> batches = new ArrayList<>();
        List<String[]> waiting = new ArrayList<>(pairs);
        while (!waiting.isEmpty()) {
            List<String[]> batch = new ArrayList<>();
            Set<String> entries = new HashSet<>();
            List<String[]> rest = new ArrayList<>();
            for (String[] p : waiting) {
                if (batch.size() < size && entries.add(p[3])) {
                    batch.add(p);
                } else {
                    rest.add(p);
                }
            }
            if (batch.size() > 1) {
                batches.add(batch);
            } else {
                break; // one entry left: no negatives to learn from
            }
            waiting = rest;
        }
        return batches;
    }
}
