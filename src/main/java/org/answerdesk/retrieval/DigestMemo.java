package org.answerdesk.retrieval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last few results of a deterministic computation in this JVM, by an {@link InputDigest} of everything it reads:
 * a hit is the result a new run would give.
 */
final class DigestMemo<V> {

    private final Map<String, V> results;

    DigestMemo(int size) {
        results = new LinkedHashMap<>(8, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > size;
            }
        };
    }

    /** The result kept for {@code key}, or {@code run}'s, then kept. */
    V get(String key, Supplier<V> run) {
        synchronized (results) {
            V kept = results.get(key);
            if (kept != null) {
                return kept;
            }
        }
        V result = run.get(); // outside the lock: two different inputs run side by side
        synchronized (results) {
            results.put(key, result);
        }
        return result;
    }
}
