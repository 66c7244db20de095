package org.answerdesk.retrieval.adapt;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.answerdesk.retrieval.adapt.EncoderTraining.Example;
import org.answerdesk.retrieval.adapt.EncoderTraining.Options;
import org.answerdesk.retrieval.adapt.EncoderTraining.Pooling;
import org.answerdesk.retrieval.adapt.EncoderTraining.Unsupported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;

/**
 * One training, from the served model file to the adapted one ({@link EncoderTraining#adapt} runs it, one at a
 * time): reads the weights, checks the encoder reproduces the served vectors, draws the pairs, runs the steps within
 * the time limit and writes the trained weights into a copy of the file.
 */
final class TrainingRun {

    /** The adaptation's log lines keep the logger operators know them by. */
    private static final Logger log = LoggerFactory.getLogger(EncoderTraining.class);

    private TrainingRun() {
    }

    static byte[] train(byte[] onnx, InputStream tokenizerJson, Pooling pooling, List<Example> examples,
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
            // the budget is CPU time, not the wall clock: other jobs on the machine must not change what is trained
            long cpuStart = CpuTime.ofProcess();
            long budget = options.maxTime().toNanos();
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
            long trainingStart = CpuTime.ofProcess();
            for (int step = 0; step < planned; step++) {
                if (Thread.currentThread().isInterrupted()) { // the app is stopping: no model from half a training
                    log.info("adaptation interrupted before step {} of {}", step + 1, planned);
                    throw new java.io.InterruptedIOException("adaptation interrupted at step " + (step + 1));
                }
                if (CpuTime.ofProcess() - cpuStart > budget) {
                    log.warn("adaptation stopped after {} of {} steps: CPU time limit {}", step, planned,
                            options.maxTime());
                    break;
                }
                if (step == 0) {
                    log.info(EncoderTraining.FIRST_STEP_STARTED + " ({} planned)", planned);
                }
                float loss = RankingStep.train(model, tokens, base, batches.get(step),
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
                long used = CpuTime.ofProcess();
                int fits = Schedule.stepsThatFit(planned, done, used - trainingStart, budget - (used - cpuStart));
                if (fits < planned) {
                    log.warn("adaptation shortened from {} to {} steps to end within the CPU time limit {}", planned,
                            fits, options.maxTime());
                    planned = fits;
                }
            }
            byte[] adapted = weights.withValues(trainedValues(model));
            log.info("adaptation trained {} steps of {} ({} pairs, {} off-topic negatives per step, {}) in {} s, "
                    + "{} s CPU; weights {}", done, batches.size(), pairs.size(),
                    offTopicPerStep.isEmpty() ? 0 : offTopicPerStep.get(0).size(), options.trained(),
                    (System.nanoTime() - start) / 1_000_000_000, (CpuTime.ofProcess() - cpuStart) / 1_000_000_000,
                    digest(adapted));
            return adapted;
        }
    }

    /** The first 16 hex digits of the model file's SHA-256: two trainings of the same job log the same. */
    static String digest(byte[] model) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(model),
                    0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The model's weights after training, by name; none may be non-finite (such a model is never served). */
    private static Map<String, float[]> trainedValues(BertEncoder model) {
        Map<String, float[]> trained = new LinkedHashMap<>();
        model.parameters().forEach((name, a) -> trained.put(name, a.toFloatArray()));
        for (float[] values : trained.values()) {
            for (float v : values) {
                if (!Float.isFinite(v)) {
                    throw new IllegalStateException("adaptation produced non-finite weights");
                }
            }
        }
        return trained;
    }
}
