package org.answerdesk.retrieval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * An operator's own ONNX sentence-embedding model (e.g. a multilingual one): the model file, its
 * {@code tokenizer.json} and a pooling mode, run by langchain4j's {@link OnnxEmbeddingModel}. Its name is made from
 * the file name, the pooling and a hash of the model file, so replacing the file or the pooling re-embeds the FAQ
 * once, and moving the file does not.
 */
final class CustomModel {

    private CustomModel() {
    }

    static Embedder load(String model, String tokenizer, String pooling) {
        Path modelFile = Path.of(model.strip());
        Path tokenizerFile = tokenizer == null || tokenizer.isBlank()
                ? modelFile.resolveSibling("tokenizer.json") : Path.of(tokenizer.strip());
        PoolingMode mode = pooling(pooling);
        for (Path p : new Path[] {modelFile, tokenizerFile}) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException("answerdesk.faq.model: no file " + p.toAbsolutePath()
                        + " (expected FULL, QUANTIZED or the path of an ONNX model with its tokenizer.json)");
            }
        }
        OnnxEmbeddingModel onnx = new OnnxEmbeddingModel(modelFile, tokenizerFile, mode);
        String name = "onnx:" + modelFile.getFileName() + ":" + mode.name().toLowerCase(Locale.ROOT) + ":"
                + sha256(modelFile).substring(0, 12);
        int dimensions = onnx.embed("dimensions").content().vector().length;
        return new Embedder(onnx, name, dimensions);
    }

    /** The configured pooling (blank: MEAN), or a clear error naming the setting. */
    static PoolingMode pooling(String pooling) {
        try {
            return PoolingMode.valueOf((pooling == null || pooling.isBlank() ? "MEAN" : pooling.strip())
                    .toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("answerdesk.faq.pooling must be MEAN or CLS, got '" + pooling + "'");
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
