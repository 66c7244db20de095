package org.answerdesk.retrieval.adapt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;

/**
 * A BERT sentence encoder's forward pass (embeddings, N layers of self-attention and a GELU feed-forward, each
 * followed by a residual layer norm; mean or CLS pooling; unit length) in DJL operations, so PyTorch's autograd can
 * train it: MiniLM-L6 (6 layers, mean pooling), BGE-small (12 layers, CLS) and other BERT-style exports whose
 * weights carry Hugging Face's names, and RoBERTa/XLM-R ones (paraphrase-multilingual-MiniLM-L12-v2), whose positions
 * and token types differ ({@link EncoderLayout}). The depth and width are read from the weights; the attention has 12 heads
 * below a width of 768 and 64-wide heads from there (every BERT size published). The weights come from the ONNX
 * file the bot serves and go back into it after training.
 * The token, position and type embeddings stay frozen (looked up in Java, no gradient): with a few hundred
 * phrasings, their 12 million values are the part most easily over-fitted, and leaving them out halves the
 * optimizer's memory.
 */
final class BertEncoder {

    private static final float EPS = 1e-12f;

    private final int hidden;
    private final int heads;
    private final int layers;
    private final EncoderTraining.Pooling pooling;

    // views into the model file's bytes (no copy): looked up row by row, never trained
    private final java.nio.FloatBuffer words;
    private final java.nio.FloatBuffer positions;
    /** null where the export left no type table (a model without token types) */
    private final java.nio.FloatBuffer types;
    private final int positionRows;
    private final Map<String, NDArray> trainable = new LinkedHashMap<>();
    /** How positions and token types are read (BERT's unless {@link #use} says otherwise). */
    private EncoderLayout layout = EncoderLayout.BERT;

    BertEncoder(OnnxWeights onnx, EncoderTraining.Pooling pooling, NDManager manager) {
        this.pooling = pooling;
        this.hidden = (int) onnx.tensor("embeddings.word_embeddings.weight").dims()[1];
        this.heads = hidden < 768 ? 12 : hidden / 64;
        this.layers = layers(onnx);
        if (layers == 0 || hidden % heads != 0) {
            throw new IllegalArgumentException("not a BERT-style encoder: " + layers + " layers of width " + hidden);
        }
        this.words = onnx.floats("embeddings.word_embeddings.weight");
        this.positions = onnx.floats("embeddings.position_embeddings.weight");
        this.positionRows = (int) onnx.tensor("embeddings.position_embeddings.weight").dims()[0];
        this.types = onnx.tensors().containsKey("embeddings.token_type_embeddings.weight")
                ? onnx.floats("embeddings.token_type_embeddings.weight") : null;
        for (String name : trainableNames(layers)) {
            NDArray a = owned(manager.create(onnx.values(name), new Shape(onnx.tensor(name).dims())));
            a.setRequiresGradient(true);
            trainable.put(name, a);
        }
    }

    /** How many encoder layers the weights have (layer.0, layer.1, ... without a gap). */
    static int layers(OnnxWeights onnx) {
        int n = 0;
        while (onnx.tensors().containsKey("encoder.layer." + n + ".output.dense.bias")) {
            n++;
        }
        return n;
    }

    static List<String> trainableNames(int layers) {
        List<String> names = new ArrayList<>(List.of("embeddings.LayerNorm.weight", "embeddings.LayerNorm.bias"));
        for (int l = 0; l < layers; l++) {
            String p = "encoder.layer." + l + ".";
            for (String part : List.of("attention.self.query", "attention.self.key", "attention.self.value",
                    "attention.output.dense", "intermediate.dense", "output.dense")) {
                names.add(p + part + ".weight");
                names.add(p + part + ".bias");
            }
            for (String norm : List.of("attention.output.LayerNorm", "output.LayerNorm")) {
                names.add(p + norm + ".weight");
                names.add(p + norm + ".bias");
            }
        }
        return names;
    }

    Map<String, NDArray> parameters() {
        return trainable;
    }

    /**
     * The unit vectors of the texts under the model as it is (no gradients), 64 at a time; an interrupted thread
     * stops between batches, as training stops between steps ({@link ExitGuard}), with an
     * {@link java.io.UncheckedIOException} around an {@link java.io.InterruptedIOException}.
     */
    List<float[]> vectors(NDManager base, Tokens tokens, List<String> texts) {
        List<float[]> out = vectors(base, tokens, texts, 64, true);
        NativeHeap.trim();
        return out;
    }

    /**
     * As {@link #vectors(NDManager, Tokens, List)}, {@code chunk} texts at a time, without trimming the C heap; a
     * training step's own pass ({@code interruptible} false) always ends: an exit waits for the step under way.
     */
    List<float[]> vectors(NDManager base, Tokens tokens, List<String> texts, int chunk, boolean interruptible) {
        List<float[]> out = new ArrayList<>();
        for (int from = 0; from < texts.size(); from += chunk) {
            if (interruptible && Thread.currentThread().isInterrupted()) {
                throw new java.io.UncheckedIOException(new java.io.InterruptedIOException(
                        "adaptation interrupted while embedding, at text " + from + " of " + texts.size()));
            }
            try (NDManager m = base.newSubManager()) {
                float[] flat = embed(m, tokens.batch(texts.subList(from, Math.min(texts.size(), from + chunk))))
                        .toFloatArray();
                for (int at = 0; at < flat.length; at += hidden) {
                    out.add(java.util.Arrays.copyOfRange(flat, at, at + hidden));
                }
            }
        }
        return out;
    }

    /** Trains and embeds with {@code layout} from now on ({@link Verification#layout} finds it). */
    void use(EncoderLayout layout) {
        this.layout = layout;
    }

    EncoderLayout layout() {
        return layout;
    }

    /** Whether a batch of {@code length} tokens has a row in the position table under {@code layout}. */
    boolean fits(EncoderLayout layout, int length) {
        return layout.lastPosition(length) < positionRows && (layout.tokenTypes() ? types != null : true);
    }

    /** Unit sentence vectors (batch x width) of a padded batch of token ids. */
    NDArray embed(NDManager manager, Tokens.Batch batch) {
        return embed(manager, batch, layout);
    }

    /** As {@link #embed(NDManager, Tokens.Batch)}, under the given layout. */
    NDArray embed(NDManager manager, Tokens.Batch batch, EncoderLayout layout) {
        int b = batch.size();
        int len = batch.length();
        if (layout.lastPosition(len) >= positionRows) {
            throw new IllegalArgumentException(len + " tokens need position " + layout.lastPosition(len)
                    + "; the model has " + positionRows);
        }
        int[] position = layout.positionIds(batch.mask(), b, len);
        float[] sum = new float[b * len * hidden];
        for (int i = 0; i < b; i++) {
            for (int t = 0; t < len; t++) {
                int word = batch.ids()[i * len + t] * hidden;
                int type = (layout.tokenTypes() ? batch.types()[i * len + t] : 0) * hidden;
                int pos = position[i * len + t] * hidden;
                int at = (i * len + t) * hidden;
                for (int d = 0; d < hidden; d++) {
                    sum[at + d] = words.get(word + d) + positions.get(pos + d)
                            + (types == null ? 0 : types.get(type + d));
                }
            }
        }
        NDArray mask = owned(manager.create(batch.mask(), new Shape(b, len)));
        NDArray x = layerNorm(owned(manager.create(sum, new Shape(b, len, hidden))), "embeddings.LayerNorm");
        // additive attention mask: 0 for tokens, a large negative for padding (batch x 1 x 1 x len)
        NDArray blocked = mask.sub(constant(manager, 1)).mul(constant(manager, 10_000f)).reshape(b, 1, 1, len);
        NDArray scale = constant(manager, (float) Math.sqrt((double) hidden / heads));
        for (int l = 0; l < layers; l++) {
            x = layer(x, blocked, scale, "encoder.layer." + l + ".", b, len);
        }
        NDArray pooled;
        if (pooling == EncoderTraining.Pooling.CLS) {
            pooled = x.get(":, 0, :"); // the [CLS] token's state
        } else {
            NDArray weights = mask.expandDims(2);
            pooled = x.mul(weights).sum(new int[] {1})
                    .div(weights.sum(new int[] {1}).maximum(constant(manager, 1e-9f)));
        }
        return pooled.div(pooled.square().sum(new int[] {1}, true).add(constant(manager, 1e-12f)).sqrt());
    }

    /**
     * A constant in memory PyTorch owns. Never {@code x.mul(2f)} and the like in the trained graph: DJL makes the
     * number a tensor over a Java direct buffer ({@code from_blob}, no copy) and drops that buffer when the call
     * returns, but autograd keeps the tensor for the backward pass (mul, div and maximum save their operands), so
     * after a garbage collection the gradients were computed from freed memory: NaN after a few steps, even at
     * learning rate 0, while the forward pass stayed exact.
     */
    static NDArray constant(NDManager manager, float value) {
        return manager.full(new Shape(), value);
    }

    private NDArray layer(NDArray x, NDArray blocked, NDArray scale, String p, int b, int len) {
        int headSize = hidden / heads;
        NDArray q = split(linear(x, p + "attention.self.query"), b, len, headSize);
        NDArray k = split(linear(x, p + "attention.self.key"), b, len, headSize);
        NDArray v = split(linear(x, p + "attention.self.value"), b, len, headSize);
        NDArray scores = q.matMul(k.transpose(0, 1, 3, 2)).div(scale).add(blocked);
        NDArray context = scores.softmax(-1).matMul(v).transpose(0, 2, 1, 3).reshape(b, len, hidden);
        x = layerNorm(x.add(linear(context, p + "attention.output.dense")), p + "attention.output.LayerNorm");
        NDArray inner = Activation.gelu(linear(x, p + "intermediate.dense"));
        return layerNorm(x.add(linear(inner, p + "output.dense")), p + "output.LayerNorm");
    }

    /**
     * A copy in memory PyTorch owns: an array made from a Java array may wrap a direct buffer that only the Java
     * side keeps alive (long trainings ended in NaN weights and a crash in libtorch before this copy).
     */
    static NDArray owned(NDArray fromJava) {
        NDArray copy = fromJava.duplicate();
        fromJava.close();
        return copy;
    }

    private NDArray split(NDArray x, int b, int len, int headSize) {
        return x.reshape(b, len, heads, headSize).transpose(0, 2, 1, 3);
    }

    private NDArray linear(NDArray x, String name) {
        return x.matMul(trainable.get(name + ".weight")).add(trainable.get(name + ".bias"));
    }

    private NDArray layerNorm(NDArray x, String name) {
        return ai.djl.nn.norm.LayerNorm.layerNorm(x, new Shape(hidden), trainable.get(name + ".weight"),
                trainable.get(name + ".bias"), EPS).singletonOrThrow();
    }
}
