package org.answerdesk.retrieval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.answerdesk.retrieval.adapt.EncoderTraining;

/**
 * The model an adaptation starts from: the shipped full MiniLM, or an operator's BERT-style ONNX model
 * ({@code ANSWERDESK_FAQ_MODEL=/path/model.onnx}, e.g. BGE-small) with its tokenizer and pooling. The quantized MiniLM
 * is not one: its int8 weights cannot be trained.
 *
 * @param name      the served model's name (for a custom model it carries a hash of the file), part of the adapted
 *                  model's name and fingerprint
 * @param model     opens the ONNX file
 * @param tokenizer opens its {@code tokenizer.json}
 * @param pooling   how the served model pools, which training must do the same way
 */
public record BaseModel(String name, Source model, Source tokenizer, EncoderTraining.Pooling pooling) {

    /**
     * One of the model's files: a file path, or {@code classpath:/name} for the shipped one. A location (not a
     * stream) so that a training process of its own can open it.
     */
    public record Source(String location) {

        private static final String CLASSPATH = "classpath:";

        /** Opens the file, each time anew. */
        public InputStream open() throws IOException {
            return location.startsWith(CLASSPATH) ? resource(location.substring(CLASSPATH.length()))
                    : Files.newInputStream(Path.of(location));
        }

        /**
         * The whole file in one array of its size: {@code readAllBytes} on a stream of unknown length gathers it in
         * 8 KB pieces and then copies them, and the training process's heap kept both (90 MB more for MiniLM).
         */
        public byte[] readAll() throws IOException {
            if (!location.startsWith(CLASSPATH)) {
                return Files.readAllBytes(Path.of(location));
            }
            java.net.URL url = BaseModel.class.getResource(location.substring(CLASSPATH.length()));
            if (url == null) {
                throw new IOException("the shipped MiniLM model " + location + " is not on the class path");
            }
            java.net.URLConnection connection = url.openConnection();
            long size = connection.getContentLengthLong();
            try (InputStream in = connection.getInputStream()) {
                if (size < 0 || size > Integer.MAX_VALUE - 8) {
                    return in.readAllBytes();
                }
                byte[] all = new byte[(int) size];
                int read = in.readNBytes(all, 0, all.length);
                if (read != all.length || in.read() >= 0) {
                    throw new IOException(location + " is not " + size + " bytes long");
                }
                return all;
            }
        }

        static Source resourceNamed(String name) {
            return new Source(CLASSPATH + name);
        }

        static Source file(Path file) {
            return new Source(file.toAbsolutePath().toString());
        }
    }

    static final String SHIPPED_NAME = "all-minilm-l6-v2";

    /** The full MiniLM inside the jar. */
    public static BaseModel shipped() {
        return new BaseModel(SHIPPED_NAME, Source.resourceNamed("/all-minilm-l6-v2.onnx"),
                Source.resourceNamed("/all-minilm-l6-v2-tokenizer.json"), EncoderTraining.Pooling.MEAN);
    }

    /**
     * The configured model, if it can be adapted: {@code FULL} is the shipped MiniLM, {@code QUANTIZED} cannot be,
     * and a path is a custom model served as {@code served} (whose name it takes) with the tokenizer beside it or
     * given, and the pooling given.
     */
    public static Optional<BaseModel> of(String model, String tokenizer, String pooling, Embedder served) {
        String choice = model.strip();
        if (choice.equalsIgnoreCase("FULL")) {
            return Optional.of(shipped());
        }
        if (choice.equalsIgnoreCase("QUANTIZED")) {
            return Optional.empty();
        }
        Path modelFile = Path.of(choice);
        Path tokenizerFile = tokenizer == null || tokenizer.isBlank()
                ? modelFile.resolveSibling("tokenizer.json") : Path.of(tokenizer.strip());
        EncoderTraining.Pooling mode = EncoderTraining.Pooling.valueOf(CustomModel.pooling(pooling).name());
        return Optional.of(new BaseModel(served.modelName(), Source.file(modelFile), Source.file(tokenizerFile),
                mode));
    }

    /** Whether this is the MiniLM shipped in the jar (not an operator's model file). */
    public boolean isShipped() {
        return name.equals(SHIPPED_NAME);
    }

    /** The name of this model adapted to the FAQ with this fingerprint (stored vectors are matched by it). */
    String adaptedName(String fingerprint) {
        return name + "-adapted-" + fingerprint;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = BaseModel.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("the shipped MiniLM model " + name + " is not on the class path");
        }
        return in;
    }
}
