package org.answerdesk.retrieval.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import org.answerdesk.SideLane;
import org.answerdesk.retrieval.Embedder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trainer's encoder (DJL operations, weights read from the shipped ONNX file) computes the same sentence vectors
 * as the model run by ONNX Runtime, with either pooling, and weights written back land where they were read from:
 * what is trained is what the bot serves.
 */
// In the side lane: no Spring context, no shared fake, its own files and processes (the main lane is the longer)
@SideLane
class BertEncoderForwardIT {

    private static final List<String> TEXTS =
            List.of("Do you offer engraving?", "How do I reset my password when I forgot it?", "hi");

    @Test
    void meanPoolingEqualsTheShippedEmbeddingAndWeightsRoundTrip() throws Exception {
        OnnxWeights weights = OnnxWeights.read(shippedModel());
        assertThat(weights.tensor("encoder.layer.5.output.dense.weight").dims()).containsExactly(1536, 384);
        assertThat(BertEncoder.layers(weights)).isEqualTo(6);

        assertSameVectors(weights, EncoderTraining.Pooling.MEAN, new AllMiniLmL6V2EmbeddingModel());

        float[] bias = weights.values("encoder.layer.3.attention.self.query.bias");
        bias[7] += 0.5f;
        OnnxWeights changed = OnnxWeights.read(weights.withValues(Map.of("encoder.layer.3.attention.self.query.bias",
                bias)));
        assertThat(changed.values("encoder.layer.3.attention.self.query.bias")).containsExactly(bias);
        assertThat(changed.values("encoder.layer.3.attention.self.key.bias"))
                .containsExactly(weights.values("encoder.layer.3.attention.self.key.bias"));
    }

    /** CLS pooling (BGE's) takes the first token's state: the same as ONNX Runtime's CLS pooling of the same file. */
    @Test
    void clsPoolingEqualsOnnxRuntimesClsPooling(@TempDir Path dir) throws Exception {
        byte[] onnx = shippedModel();
        Path model = Files.write(dir.resolve("model.onnx"), onnx);
        Path tokenizer = dir.resolve("tokenizer.json");
        try (InputStream in = getClass().getResourceAsStream("/all-minilm-l6-v2-tokenizer.json")) {
            Files.copy(in, tokenizer);
        }
        OnnxEmbeddingModel cls = new OnnxEmbeddingModel(model, tokenizer, PoolingMode.CLS);
        OnnxEmbeddingModel mean = new OnnxEmbeddingModel(model, tokenizer, PoolingMode.MEAN);
        assertThat(cls.embed(TEXTS.get(0)).content().vector()).isNotEqualTo(mean.embed(TEXTS.get(0)).content().vector());
        assertSameVectors(OnnxWeights.read(onnx), EncoderTraining.Pooling.CLS, cls);
    }

    /**
     * Issue 51 item 6: an XLM-R-shaped model (positions from 2, no token_type_ids input; {@link XlmRStandIn}, the
     * shipped MiniLM laid out that way, since the real one is 470 MB). ONNX Runtime serves it as MiniLM; the
     * encoder with BERT's positions computes other vectors (what training such a model trained before), and the
     * verification picks the RoBERTa/XLM-R layout, under which the encoder gives ONNX Runtime's vectors.
     */
    @Test
    void anXlmRShapedModelIsTrainedWithItsOwnPositionsAndNoTokenTypes(@TempDir Path dir) throws Exception {
        byte[] standIn = XlmRStandIn.of(shippedModel(), 2);
        OnnxWeights weights = OnnxWeights.read(standIn);
        assertThat(weights.inputs()).contains("input_ids", "attention_mask").doesNotContain("token_type_ids");
        EmbeddingModel served = onnxModel(dir, standIn, PoolingMode.MEAN);
        EmbeddingModel miniLm = new AllMiniLmL6V2EmbeddingModel();
        for (String text : TEXTS) { // the stand-in is MiniLM's function, only laid out as XLM-R
            assertThat(served.embed(text).content().vector())
                    .containsExactly(miniLm.embed(text).content().vector(), org.assertj.core.data.Offset.offset(1e-5f));
        }
        System.setProperty("ai.djl.offline", "true");
        try (NDManager manager = Engine.getEngine("PyTorch").newBaseManager();
             Tokens tokens = new Tokens(getClass().getResourceAsStream("/all-minilm-l6-v2-tokenizer.json"))) {
            BertEncoder encoder = new BertEncoder(weights, EncoderTraining.Pooling.MEAN, manager);
            List<float[]> expected = TEXTS.stream()
                    .map(t -> Embedder.normalize(served.embed(t).content().vector())).toList();
            double asBert = Verification.difference(expected,
                    encoder.embed(manager, tokens.batch(TEXTS), EncoderLayout.BERT).toFloatArray());
            assertThat(asBert).as("BERT's positions on an XLM-R model").isGreaterThan(0.01);

            assertThat(Verification.layout(standIn, encoder, tokens, EncoderTraining.Pooling.MEAN, manager))
                    .isEqualTo(EncoderLayout.ROBERTA);
            encoder.use(EncoderLayout.ROBERTA);
            assertThat(Verification.difference(expected, encoder.embed(manager, tokens.batch(TEXTS)).toFloatArray()))
                    .isLessThan(1e-5);
            // and the shipped MiniLM keeps BERT's layout
            BertEncoder bert = new BertEncoder(OnnxWeights.read(shippedModel()), EncoderTraining.Pooling.MEAN, manager);
            assertThat(Verification.layout(shippedModel(), bert, tokens, EncoderTraining.Pooling.MEAN, manager))
                    .isEqualTo(EncoderLayout.BERT);
        }
    }

    /** A model whose vectors no known layout reproduces (positions from 3) is refused with its reason, not trained. */
    @Test
    void aModelNoLayoutReproducesIsRefused() throws Exception {
        byte[] odd = XlmRStandIn.of(shippedModel(), 3);
        System.setProperty("ai.djl.offline", "true");
        try (NDManager manager = Engine.getEngine("PyTorch").newBaseManager();
             Tokens tokens = new Tokens(getClass().getResourceAsStream("/all-minilm-l6-v2-tokenizer.json"))) {
            BertEncoder encoder = new BertEncoder(OnnxWeights.read(odd), EncoderTraining.Pooling.MEAN, manager);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Verification.layout(odd, encoder, tokens,
                    EncoderTraining.Pooling.MEAN, manager)).isInstanceOf(EncoderTraining.Unsupported.class)
                    .hasMessageContaining("cannot be adapted").hasMessageContaining("RoBERTa/XLM-R");
        }
    }

    private EmbeddingModel onnxModel(Path dir, byte[] onnx, PoolingMode pooling) throws Exception {
        Path model = Files.write(dir.resolve("model.onnx"), onnx);
        Path tokenizer = dir.resolve("tokenizer.json");
        try (InputStream in = getClass().getResourceAsStream("/all-minilm-l6-v2-tokenizer.json")) {
            Files.copy(in, tokenizer);
        }
        return new OnnxEmbeddingModel(model, tokenizer, pooling);
    }

    /** Embedding for hard negatives runs native code outside the training steps: an interrupt stops it too. */
    @Test
    void anInterruptedThreadStopsBetweenEmbeddingBatches() throws Exception {
        System.setProperty("ai.djl.offline", "true");
        try (NDManager manager = Engine.getEngine("PyTorch").newBaseManager();
             Tokens tokens = new Tokens(getClass().getResourceAsStream("/all-minilm-l6-v2-tokenizer.json"))) {
            BertEncoder encoder = new BertEncoder(OnnxWeights.read(shippedModel()), EncoderTraining.Pooling.MEAN,
                    manager);
            assertThat(encoder.vectors(manager, tokens, TEXTS)).hasSize(TEXTS.size());
            Thread.currentThread().interrupt();
            try {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> encoder.vectors(manager, tokens, TEXTS))
                        .isInstanceOf(java.io.UncheckedIOException.class)
                        .hasCauseInstanceOf(java.io.InterruptedIOException.class);
            } finally {
                Thread.interrupted();
            }
        }
    }

    private void assertSameVectors(OnnxWeights weights, EncoderTraining.Pooling pooling, EmbeddingModel served)
            throws Exception {
        System.setProperty("ai.djl.offline", "true");
        try (NDManager manager = Engine.getEngine("PyTorch").newBaseManager();
             Tokens tokens = new Tokens(getClass().getResourceAsStream("/all-minilm-l6-v2-tokenizer.json"))) {
            float[] mine = new BertEncoder(weights, pooling, manager).embed(manager, tokens.batch(TEXTS))
                    .toFloatArray();
            for (int i = 0; i < TEXTS.size(); i++) {
                float[] expected = Embedder.normalize(served.embed(TEXTS.get(i)).content().vector());
                for (int d = 0; d < 384; d++) {
                    assertThat((double) mine[i * 384 + d]).as(pooling + " text " + i + " dimension " + d)
                            .isCloseTo(expected[d], org.assertj.core.data.Offset.offset(1e-5));
                }
            }
        }
    }

    private byte[] shippedModel() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/all-minilm-l6-v2.onnx")) {
            return in.readAllBytes();
        }
    }
}
