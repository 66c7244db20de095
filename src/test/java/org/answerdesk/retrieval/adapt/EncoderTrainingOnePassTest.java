package org.answerdesk.retrieval.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/**
 * A step whose anchors and candidates each fit one chunk skips the gradient cache's pass without gradients and
 * embeds them once with gradients: the trained weights are the same as through the cache, so skipping it changes
 * only the time. The two trainings also show that an adaptation is reproducible: the second one, run while another
 * thread keeps a core busy, writes the same model file bit for bit (the bot's answer thresholds must not depend on
 * the machine's load at start).
 */
class EncoderTrainingOnePassTest {

    @Test
    void aStepThatFitsOneChunkTrainsTheSameWeightsWithoutTheCachesExtraPassAlsoOnABusyMachine() throws Exception {
        byte[] onnx;
        try (InputStream in = getClass().getResourceAsStream("/all-minilm-l6-v2.onnx")) {
            onnx = in.readAllBytes();
        }
        // with a hard negative per pair, so the masked columns are in the loss too; two steps, so the second step's
        // gradients come from weights the first one moved
        List<EncoderTraining.Example> examples = List.of(
                new EncoderTraining.Example(1, List.of("how do I reset my password", "forgot my password"),
                        List.of("my password manager app crashes")),
                new EncoderTraining.Example(2, List.of("where is my parcel", "my delivery is late"), List.of()),
                new EncoderTraining.Example(3, List.of("can I get a refund", "I want my money back"), List.of()),
                new EncoderTraining.Example(4, List.of("do you ship abroad", "international delivery"), List.of()));
        var options = new EncoderTraining.Options(1, 1, 100, 4, 1e-3, true, 7, Duration.ofMinutes(5));
        OnnxWeights before = OnnxWeights.read(onnx);
        byte[] onePassFile = EncoderTraining.adapt(onnx, tokenizer(), EncoderTraining.Pooling.MEAN, examples,
                List.of(), options, false);
        OnnxWeights onePass = OnnxWeights.read(onePassFile);
        byte[] cachedFile;
        AtomicBoolean busy = new AtomicBoolean(true);
        Thread load = new Thread(() -> {
            long spins = 0;
            while (busy.get()) {
                spins++;
            }
            assertThat(spins).isNotNegative();
        }, "load");
        load.start();
        try {
            cachedFile = EncoderTraining.adapt(onnx, tokenizer(), EncoderTraining.Pooling.MEAN, examples, List.of(),
                    options, true);
        } finally {
            busy.set(false);
            load.join();
        }
        OnnxWeights cached = OnnxWeights.read(cachedFile);
        String moved = "encoder.layer.5.output.dense.weight";
        assertThat(largestChange(before.values(moved), onePass.values(moved))).isPositive();
        for (String name : BertEncoder.trainableNames(6)) {
            assertThat(largestChange(cached.values(name), onePass.values(name))).as(name).isZero();
        }
        assertThat(TrainingRun.digest(cachedFile)).isEqualTo(TrainingRun.digest(onePassFile));
        assertThat(cachedFile).isEqualTo(onePassFile);
    }

    /** The largest absolute difference between two weight arrays; NaN if either holds a NaN. */
    private static double largestChange(float[] a, float[] b) {
        assertThat(b).hasSameSizeAs(a);
        double largest = 0;
        for (int i = 0; i < a.length; i++) {
            double d = Math.abs((double) a[i] - b[i]);
            if (!(d <= largest)) {
                largest = d;
            }
        }
        return largest;
    }

    private InputStream tokenizer() {
        return getClass().getResourceAsStream("/all-minilm-l6-v2-tokenizer.json");
    }
}
