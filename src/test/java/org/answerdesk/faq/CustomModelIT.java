package org.answerdesk.faq;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.answerdesk.HttpApi;
import org.answerdesk.SideLane;
import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.EmbeddingModelChoice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An operator's own ONNX model ({@code answerdesk.faq.model} = a path): a copy of the shipped MiniLM files, taken
 * out of the langchain4j jar into a temporary directory, serves as the "custom" model.
 */
// In the side lane: no other class has its settings, and its context polls none of the shared fakes.
@SideLane
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomModelIT {

    static final Path DIR = extractMiniLm();

    @DynamicPropertySource
    static void model(DynamicPropertyRegistry registry) {
        registry.add("answerdesk.faq.model", () -> DIR.resolve("model.onnx").toString());
        registry.add("answerdesk.faq.pooling", () -> "mean");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Embedder embedder;

    @Test
    void theFaqIsEmbeddedWithTheCustomModelAndAnswersWithIt() {
        assertThat(embedder.modelName()).startsWith("onnx:model.onnx:mean:");
        assertThat(embedder.dimensions()).isEqualTo(384);
        assertThat(jdbc.sql("select count(*) from faq_phrasing where embedding_model = :m")
                .param("m", embedder.modelName()).query(Long.class).single()).isGreaterThan(100);
        assertThat(jdbc.sql("select count(*) from faq_phrasing where embedding_model is distinct from :m")
                .param("m", embedder.modelName()).query(Long.class).single()).isZero();
        // the same weights as the shipped model: the same vectors
        float[] shipped = Embedder.load(EmbeddingModelChoice.FULL).embed("Where is my parcel?");
        assertThat(Embedder.cosine(shipped, embedder.embed("Where is my parcel?"))).isGreaterThan(0.999);

        var answer = new HttpApi(port).post("/api/chat", json("session_id", "custom-" + UUID.randomUUID(),
                "message", "how long until I get my refund?")).json();
        assertThat(answer.get("source").asString()).isEqualTo("FAQ");
        assertThat(answer.get("reply").asString()).contains("refund");
    }

    @Test
    void aMissingModelFileIsAClearError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Embedder.load(DIR.resolve("nope.onnx").toString(), "", "MEAN"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope.onnx");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Embedder.load(DIR.resolve("model.onnx").toString(), "", "MAX"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MEAN or CLS");
    }

    private static Path extractMiniLm() {
        try {
            Path dir = Files.createTempDirectory("custom-model");
            dir.toFile().deleteOnExit();
            copy("all-minilm-l6-v2.onnx", dir.resolve("model.onnx"));
            copy("all-minilm-l6-v2-tokenizer.json", dir.resolve("tokenizer.json"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(String resource, Path to) throws IOException {
        ClassLoader loader = dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel.class
                .getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            Files.copy(in, to);
        }
        to.toFile().deleteOnExit();
    }
}
