package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.answerdesk.SideLane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every FAQ change serves a newly adapted model: the one it replaces must give its ONNX session's native memory
 * (about 100 MB) back, while the configured model, which answers between adaptations, is never freed. Real MiniLM
 * files, loaded as an adapted model is.
 */
// In the side lane: no Spring context, no shared fake, its own files and processes (the main lane is the longer)
@SideLane
class AdaptedModelReleaseIT {

    @TempDir
    Path dir;

    @Test
    void aReplacedAdaptedModelIsFreedAndTheConfiguredOneNever() throws IOException {
        copy("all-minilm-l6-v2.onnx", dir.resolve("model.onnx"));
        copy("all-minilm-l6-v2-tokenizer.json", dir.resolve("tokenizer.json"));
        Embedder configured = Embedder.load(EmbeddingModelChoice.FULL);
        Embedder first = Embedder.onnx(dir.resolve("model.onnx"), dir.resolve("tokenizer.json"),
                dev.langchain4j.model.embedding.onnx.PoolingMode.MEAN, "adapted-1");
        Embedder second = Embedder.onnx(dir.resolve("model.onnx"), dir.resolve("tokenizer.json"),
                dev.langchain4j.model.embedding.onnx.PoolingMode.MEAN, "adapted-2");
        FaqRetriever retriever = new FaqRetriever(configured, 0.5, 3);
        FaqEntry entry = new FaqEntry(1, "How do I reset my password?", "Use the link.", null, List.of(),
                List.of("How do I reset my password?"));

        retriever.replace(first, index(first, entry));
        assertThat(retriever.retrieve("password reset").matches()).isNotEmpty();
        retriever.replace(second, index(second, entry));
        assertThatThrownBy(() -> first.embed("anything")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThat(retriever.retrieve("forgot my password").matches().get(0).entryId()).isEqualTo(1L);

        retriever.replace(configured, index(configured, entry)); // the FAQ changed: the configured model answers
        assertThatThrownBy(() -> second.embed("anything")).isInstanceOf(IllegalStateException.class);
        Embedder third = Embedder.onnx(dir.resolve("model.onnx"), dir.resolve("tokenizer.json"),
                dev.langchain4j.model.embedding.onnx.PoolingMode.MEAN, "adapted-3");
        retriever.replace(third, index(third, entry)); // adapted again: the configured model is replaced, not freed
        assertThat(configured.embed("the configured model still runs")).hasSize(384);
    }

    private static FaqIndex index(Embedder embedder, FaqEntry entry) {
        return FaqIndex.over(embedder.dimensions(), List.of(entry),
                List.of(new FaqIndex.Phrasing(entry.id(), entry.question(), embedder.embed(entry.question())))).build();
    }

    private static void copy(String resource, Path to) throws IOException {
        ClassLoader loader = dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel.class
                .getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            Files.copy(in, to);
        }
    }
}
