package org.answerdesk.faq.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import org.answerdesk.faq.Embedder;
import org.junit.jupiter.api.Test;

/**
 * The trainer's MiniLM (DJL operations, weights read from the shipped ONNX file) computes the same sentence vectors
 * as the shipped model run by ONNX Runtime, and weights written back land where they were read from: what is
 * trained is what the bot serves.
 */
class MiniLmForwardIT {

    @Test
    void theTrainersForwardPassEqualsTheShippedEmbeddingAndWeightsRoundTrip() throws Exception {
        System.setProperty("ai.djl.offline", "true");
        byte[] onnx;
        try (InputStream in = getClass().getResourceAsStream("/all-minilm-l6-v2.onnx")) {
            onnx = in.readAllBytes();
        }
        OnnxWeights weights = OnnxWeights.read(onnx);
        assertThat(weights.tensor("encoder.layer.5.output.dense.weight").dims()).containsExactly(1536, 384);

        List<String> texts = List.of("Do you offer engraving?", "How do I reset my password when I forgot it?", "hi");
        var shipped = new AllMiniLmL6V2EmbeddingModel();
        try (NDManager manager = Engine.getEngine("PyTorch").newBaseManager();
             Tokens tokens = new Tokens(getClass().getResourceAsStream("/all-minilm-l6-v2-tokenizer.json"))) {
            float[] mine = new MiniLm(weights, manager).embed(manager, tokens.batch(texts)).toFloatArray();
            for (int i = 0; i < texts.size(); i++) {
                float[] expected = Embedder.normalize(shipped.embed(texts.get(i)).content().vector());
                for (int d = 0; d < 384; d++) {
                    assertThat((double) mine[i * 384 + d]).isCloseTo(expected[d],
                            org.assertj.core.data.Offset.offset(1e-5));
                }
            }
        }

        float[] bias = weights.values("encoder.layer.3.attention.self.query.bias");
        bias[7] += 0.5f;
        OnnxWeights changed = OnnxWeights.read(weights.withValues(Map.of("encoder.layer.3.attention.self.query.bias",
                bias)));
        assertThat(changed.values("encoder.layer.3.attention.self.query.bias")).containsExactly(bias);
        assertThat(changed.values("encoder.layer.3.attention.self.key.bias"))
                .containsExactly(weights.values("encoder.layer.3.attention.self.key.bias"));
    }
}
