package org.answerdesk.retrieval.adapt;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;

/** MiniLM's WordPiece tokenizer (the tokenizer.json served beside the model), padding texts into batches. */
final class Tokens implements AutoCloseable {

    /** A padded batch: ids, attention mask and token types, each {@code size x length}, row-major. */
    record Batch(int size, int length, int[] ids, int[] types, float[] mask) {
    }

    static final int MAX_LENGTH = 128;

    private final HuggingFaceTokenizer tokenizer;

    Tokens(InputStream tokenizerJson) throws IOException {
        this.tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson,
                Map.of("maxLength", Integer.toString(MAX_LENGTH), "truncation", "true", "padding", "false"));
    }

    /** Each text's number of tokens (with the special ones, at most {@value #MAX_LENGTH}). */
    int[] lengths(List<String> texts) {
        int[] out = new int[texts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = tokenizer.encode(texts.get(i)).getIds().length;
        }
        return out;
    }

    Batch batch(List<String> texts) {
        Encoding[] encodings = new Encoding[texts.size()];
        int length = 1;
        for (int i = 0; i < texts.size(); i++) {
            encodings[i] = tokenizer.encode(texts.get(i));
            length = Math.max(length, encodings[i].getIds().length);
        }
        int n = texts.size();
        int[] ids = new int[n * length];
        int[] types = new int[n * length];
        float[] mask = new float[n * length];
        for (int i = 0; i < n; i++) {
            long[] tokenIds = encodings[i].getIds();
            long[] typeIds = encodings[i].getTypeIds();
            for (int t = 0; t < tokenIds.length; t++) {
                ids[i * length + t] = (int) tokenIds[t];
                types[i * length + t] = (int) typeIds[t];
                mask[i * length + t] = 1;
            }
        }
        return new Batch(n, length, ids, types, mask);
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
