package org.answerdesk.retrieval.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/**
 * The same FAQ, model and options adapt to the same weights, bit for bit, also while another thread keeps a core
 * busy: the bot's answer thresholds and replies must not depend on the machine's load at start.
 */
class EncoderTrainingRepeatTest {

    @Test
    void twoAdaptationsOfATinyFaqWriteTheSameModelFileEvenOnABusyMachine() throws Exception {
        byte[] onnx;
        try (InputStream in = getClass().getResourceAsStream("/all-minilm-l6-v2.onnx")) {
            onnx = in.readAllBytes();
        }
        List<EncoderTraining.Example> examples = List.of(
                new EncoderTraining.Example(1, List.of("can I change the colour after ordering",
                        "swap the colour of my order", "different colour please"), List.of()),
                new EncoderTraining.Example(2, List.of("is the lamp dimmable", "can I dim it",
                        "does it work with a dimmer switch"), List.of()),
                new EncoderTraining.Example(3, List.of("do you deliver on saturdays", "weekend delivery",
                        "can it come on a sunday"), List.of()),
                new EncoderTraining.Example(4, List.of("how do I pay by invoice", "pay later on account",
                        "invoice instead of card"), List.of()));
        // 3 pairs per phrasing, batches of 4: 9 steps, the schedule's warm-up and decay both run
        var options = new EncoderTraining.Options(3, 1, 100, 4, 1e-3, false, 11, Duration.ofMinutes(5));
        byte[] first = adapt(onnx, examples, options);
        AtomicBoolean busy = new AtomicBoolean(true);
        Thread load = new Thread(() -> {
            long x = 0;
            while (busy.get()) {
                x += System.nanoTime() % 7;
            }
            assertThat(x).isNotNegative();
        }, "load");
        load.setDaemon(true);
        load.start();
        byte[] second;
        try {
            second = adapt(onnx, examples, options);
        } finally {
            busy.set(false);
            load.join();
        }
        String moved = "encoder.layer.5.output.dense.weight";
        assertThat(OnnxWeights.read(first).values(moved)).isNotEqualTo(OnnxWeights.read(onnx).values(moved));
        assertThat(TrainingRun.digest(second)).isEqualTo(TrainingRun.digest(first));
        assertThat(second).isEqualTo(first);
    }

    private byte[] adapt(byte[] onnx, List<EncoderTraining.Example> examples, EncoderTraining.Options options)
            throws IOException {
        try (InputStream tokenizer = getClass().getResourceAsStream("/all-minilm-l6-v2-tokenizer.json")) {
            return EncoderTraining.adapt(onnx, tokenizer, EncoderTraining.Pooling.MEAN, examples, options);
        }
    }
}
