package org.answerdesk.faq;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The phrasing vectors this JVM embedded, by model and text: apps of one JVM (the test contexts, each on a fresh
 * database with the sample FAQ; a restart in place) embed the same FAQ once. A memory, not a store: the stored vectors
 * stay the database's. Bounded: past {@link #MAX_TEXTS} texts it starts again, so a large FAQ costs at most a few MB.
 */
final class EmbeddedPhrasings {

    /** About 3 MB of 384-dimension vectors: the sample FAQ and a few owners' edits of it. */
    static final int MAX_TEXTS = 2000;

    private static final Map<String, float[]> VECTORS = new ConcurrentHashMap<>();

    private EmbeddedPhrasings() {
    }

    /**
     * {@code texts}' vectors of {@code model}, in order: the remembered ones as they were, the others from
     * {@code embed} (called once, with those texts only, not at all when none is missing), then remembered.
     */
    static List<float[]> vectors(String model, List<String> texts, Function<List<String>, List<float[]>> embed) {
        List<float[]> out = new ArrayList<>(texts.size());
        List<String> missing = new ArrayList<>();
        for (String text : texts) {
            float[] known = VECTORS.get(key(model, text));
            out.add(known);
            if (known == null) {
                missing.add(text);
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        List<float[]> embedded = embed.apply(missing);
        if (VECTORS.size() + missing.size() > MAX_TEXTS) {
            VECTORS.clear();
        }
        int next = 0;
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) == null) {
                float[] v = embedded.get(next++);
                out.set(i, v);
                if (missing.size() <= MAX_TEXTS) {
                    VECTORS.put(key(model, texts.get(i)), v);
                }
            }
        }
        return out;
    }

    private static String key(String model, String text) {
        return model + '\n' + text;
    }
}
