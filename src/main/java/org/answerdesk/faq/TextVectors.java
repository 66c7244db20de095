package org.answerdesk.faq;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.answerdesk.retrieval.Embedder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Vectors of fixed texts the app embeds besides the FAQ's phrasings (the shipped off-topic questions, the act
 * phrasings), stored per model in PostgreSQL: a start reads them instead of embedding them again, as the FAQ's own
 * vectors are read. Texts of no use as a key (very long ones) are embedded every time.
 */
@Component
public class TextVectors {

    private static final Logger log = LoggerFactory.getLogger(TextVectors.class);
    /** Longer texts are not stored: a primary key on them would not fit an index page. */
    static final int MAX_STORED_LENGTH = 1000;
    /** Models whose vectors are kept: the configured one and the latest adaptations. */
    static final int MODELS_KEPT = 3;

    private final JdbcClient jdbc;

    TextVectors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code texts} as {@code embedder}'s vectors, in order: stored ones read, the rest embedded and stored. */
    public List<float[]> embedAll(Embedder embedder, List<String> texts) {
        String model = embedder.modelName();
        Map<String, float[]> known = new HashMap<>();
        List<String> keys = texts.stream().filter(t -> t.length() <= MAX_STORED_LENGTH).distinct().toList();
        try {
            for (int from = 0; from < keys.size(); from += 500) {
                jdbc.sql("SELECT text, vector FROM text_vector WHERE model = :m AND text IN (:t)")
                        .param("m", model).param("t", keys.subList(from, Math.min(keys.size(), from + 500)))
                        .query((rs, n) -> known.put(rs.getString(1), FaqRepository.fromBytes(rs.getBytes(2))))
                        .list();
            }
        } catch (RuntimeException e) {
            // the table only saves work: with the database away, the texts are embedded as before it existed
            log.warn("Could not read stored text vectors of {}: {}; embedding them", model, e.toString());
            known.clear();
        }
        List<String> missing = new ArrayList<>(new LinkedHashSet<>(texts));
        missing.removeIf(known::containsKey);
        if (!missing.isEmpty()) {
            List<float[]> vectors = embedder.embedAll(missing);
            for (int i = 0; i < missing.size(); i++) {
                known.put(missing.get(i), vectors.get(i));
            }
            store(model, missing, vectors);
        }
        return texts.stream().map(known::get).toList();
    }

    private void store(String model, List<String> texts, List<float[]> vectors) {
        try {
            for (int i = 0; i < texts.size(); i++) {
                if (texts.get(i).length() <= MAX_STORED_LENGTH) {
                    jdbc.sql("INSERT INTO text_vector (model, text, vector) VALUES (:m, :t, :v) ON CONFLICT DO NOTHING")
                            .param("m", model).param("t", texts.get(i))
                            .param("v", FaqRepository.toBytes(vectors.get(i))).update();
                }
            }
            jdbc.sql("""
                    DELETE FROM text_vector WHERE model NOT IN (
                        SELECT model FROM text_vector GROUP BY model ORDER BY max(written_at) DESC LIMIT :kept)""")
                    .param("kept", MODELS_KEPT).update();
        } catch (RuntimeException e) {
            // the vectors are still returned: the next start embeds them again
            log.warn("Could not store {} text vectors of {}: {}", texts.size(), model, e.toString());
        }
    }
}
