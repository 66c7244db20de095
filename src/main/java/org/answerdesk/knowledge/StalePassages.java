package org.answerdesk.knowledge;

import java.util.List;

import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.Passage;
import org.answerdesk.retrieval.PassageVectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Embeds again the stored passages whose vectors are not of the current name (another model: an operator who
 * changed {@code ANSWERDESK_FAQ_MODEL}): without it they would stay out of search until their page changed, since an unchanged page
 * keeps its passages. Runs on the sync thread, a batch at a time; two instances doing the same passage store the
 * same vectors.
 */
@Component
class StalePassages {

    private static final int BATCH = 64;
    // "< or >", not "<>": the index on the model (V41) serves ranges only; this runs every tick
    static final String STALE_SQL = """
            select id, title, headings, url, text from knowledge_passage
            where embedding_model < :m or embedding_model > :m order by id limit :n""";

    private final JdbcClient jdbc;
    private final KnowledgeRepository repository;
    private final TransactionTemplate tx;
    private final Embedder embedder;

    StalePassages(JdbcClient jdbc, KnowledgeRepository repository, TransactionTemplate tx, Embedder embedder) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.tx = tx;
        this.embedder = embedder;
    }

    /** Embeds every stale passage; how many were stored. */
    int reembed() {
        String name = embedder.modelName();
        int done = 0;
        for (List<Passage> next = stale(name); !next.isEmpty(); next = stale(name)) {
            List<Passage> batch = next;
            List<float[][]> vectors = batch.stream()
                    .map(p -> embedder.embedAll(PassageVectors.texts(p)).toArray(float[][]::new)).toList();
            // one version bump per batch, so that instances reload once per batch, not once per passage
            done += tx.execute(s -> {
                int n = 0;
                for (int i = 0; i < batch.size(); i++) {
                    n += jdbc.sql("""
                                    update knowledge_passage set embedding = :e, embedding_model = :m
                                    where id = :id and embedding_model <> :m""")
                            .param("e", VectorBytes.toBytes(vectors.get(i))).param("m", name)
                            .param("id", batch.get(i).id()).update();
                }
                if (n > 0) {
                    repository.bump();
                }
                return n;
            });
        }
        return done;
    }

    private List<Passage> stale(String name) {
        return jdbc.sql(STALE_SQL).param("m", name).param("n", BATCH)
                .query((rs, n) -> new Passage(rs.getLong("id"), rs.getString("title"), rs.getString("headings"),
                        rs.getString("url"), rs.getString("text"))).list();
    }
}
