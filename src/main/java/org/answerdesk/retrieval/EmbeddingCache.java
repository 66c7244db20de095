package org.answerdesk.retrieval;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A small LRU cache of question vectors: customers ask the same few questions again and again, and the model
 * costs milliseconds per question. Keys are lower-cased with collapsed spaces (MiniLM is uncased).
 */
final class EmbeddingCache {

    private static final Pattern SPACES = Pattern.compile("\\s+"); // compiled once: String.replaceAll compiles per call

    private final int capacity;
    private final Map<String, float[]> entries;
    private long hits;
    private long misses;

    EmbeddingCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > EmbeddingCache.this.capacity;
            }
        };
    }

    float[] get(String text, Function<String, float[]> embed) {
        if (capacity <= 0) {
            return embed.apply(text);
        }
        String key = SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        synchronized (this) {
            float[] v = entries.get(key);
            if (v != null) {
                hits++;
                return v;
            }
            misses++;
        }
        float[] v = embed.apply(text);
        synchronized (this) {
            entries.put(key, v);
        }
        return v;
    }

    synchronized long hits() {
        return hits;
    }

    synchronized long misses() {
        return misses;
    }
}
