package org.answerdesk.retrieval.adapt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.djl.ndarray.NDManager;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Before training, the trainer's forward pass ({@link BertEncoder}) must give the vectors the bot serves: ONNX Runtime
 * runs the model file on a few texts, one at a time as the bot embeds them, and the encoder runs them as one padded
 * batch under each {@link EncoderLayout#KNOWN known layout}. The first layout that agrees is trained with; when none
 * does (another architecture: other activations, relative positions, an export that drops a part), the model is
 * refused ({@link EncoderTraining.Unsupported}) rather than trained as a network it is not.
 */
final class Verification {

    /** Short and long, with digits, accents and another script: a wrong position or type shows in all of them. */
    static final List<String> PROBES = List.of("hi", "Do you ship to Canada?",
            "How do I reset my password when I forgot it and the email never arrives?",
            "Wo ist meine Bestellung 12345?", "¿Puedo pagar con tarjeta de crédito?");
    /** The largest difference in any dimension of a unit vector still counted as the same (float rounding). */
    static final double TOLERANCE = 1e-4;

    private Verification() {
    }

    /** The layout under which {@code encoder} reproduces ONNX Runtime's vectors of the model file. */
    static EncoderLayout layout(byte[] onnx, BertEncoder encoder, Tokens tokens, EncoderTraining.Pooling pooling,
                                NDManager manager) throws EncoderTraining.Unsupported {
        List<float[]> served;
        try {
            served = served(onnx, tokens, pooling, PROBES);
        } catch (OrtException | RuntimeException e) {
            throw new EncoderTraining.Unsupported("ONNX Runtime could not run it on a sentence (" + e.getMessage()
                    + ")");
        }
        double closest = Double.POSITIVE_INFINITY;
        for (EncoderLayout layout : EncoderLayout.KNOWN) {
            if (!encoder.fits(layout, tokens.batch(PROBES).length())) {
                continue;
            }
            double difference;
            try (NDManager m = manager.newSubManager()) {
                difference = difference(served, encoder.embed(m, tokens.batch(PROBES), layout).toFloatArray());
            }
            if (difference <= TOLERANCE) {
                return layout;
            }
            closest = Math.min(closest, difference);
        }
        throw new EncoderTraining.Unsupported("the trainer's encoder does not reproduce its vectors under any layout "
                + "it knows (" + EncoderLayout.KNOWN + "; closest: a difference of "
                + String.format(java.util.Locale.ROOT, "%.3f", closest) + " in a dimension)");
    }

    /** The largest difference in any dimension between the served vectors and the encoder's (row-major). */
    static double difference(List<float[]> served, float[] mine) {
        double worst = 0;
        int width = served.get(0).length;
        if (mine.length != served.size() * width) {
            return Double.POSITIVE_INFINITY;
        }
        for (int i = 0; i < served.size(); i++) {
            for (int d = 0; d < width; d++) {
                worst = Math.max(worst, Math.abs(served.get(i)[d] - mine[i * width + d]));
            }
        }
        return worst;
    }

    /**
     * The unit vectors ONNX Runtime computes from the model file, pooled as the bot pools them: the first output's
     * token states, with {@code token_type_ids} given only where the model takes them (as langchain4j does).
     */
    static List<float[]> served(byte[] onnx, Tokens tokens, EncoderTraining.Pooling pooling, List<String> texts)
            throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setCPUArenaAllocator(false); // freed when the session closes, before training
            try (OrtSession session = env.createSession(onnx, options)) {
                List<float[]> out = new ArrayList<>();
                for (String text : texts) {
                    Tokens.Batch b = tokens.batch(List.of(text));
                    Map<String, OnnxTensor> inputs = new HashMap<>();
                    try {
                        inputs.put("input_ids", OnnxTensor.createTensor(env, new long[][] {longs(b.ids())}));
                        long[] ones = new long[b.length()];
                        java.util.Arrays.fill(ones, 1);
                        inputs.put("attention_mask", OnnxTensor.createTensor(env, new long[][] {ones}));
                        if (session.getInputNames().contains("token_type_ids")) {
                            inputs.put("token_type_ids", OnnxTensor.createTensor(env, new long[][] {longs(b.types())}));
                        }
                        try (OrtSession.Result result = session.run(inputs)) {
                            float[][] states = ((float[][][]) result.get(0).getValue())[0];
                            out.add(unit(pool(states, pooling)));
                        }
                    } finally {
                        inputs.values().forEach(OnnxTensor::close);
                    }
                }
                return out;
            }
        }
    }

    private static float[] pool(float[][] states, EncoderTraining.Pooling pooling) {
        if (pooling == EncoderTraining.Pooling.CLS) {
            return states[0].clone();
        }
        float[] mean = new float[states[0].length];
        for (float[] token : states) {
            for (int d = 0; d < mean.length; d++) {
                mean[d] += token[d] / states.length;
            }
        }
        return mean;
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = (float) (1 / Math.sqrt(norm + 1e-12));
        for (int d = 0; d < v.length; d++) {
            v[d] *= scale;
        }
        return v;
    }

    private static long[] longs(int[] ints) {
        long[] out = new long[ints.length];
        for (int i = 0; i < ints.length; i++) {
            out[i] = ints[i];
        }
        return out;
    }
}
