package org.answerdesk.faq;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The adapted models in the database (table {@code adapted_model}), shared by every instance: a lease per FAQ
 * fingerprint decides which instance trains it, and the model's files are stored in chunks so the others (and a
 * restart with a fresh data directory) load it instead of training again. A model is stored in one transaction,
 * so it is there whole or not at all; only the newest stored model is kept.
 */
@Repository
class SharedModels {

    /** The files of an adapted model, as {@code retrieval.AdaptedModel} writes them. */
    static final List<String> FILES = List.of("model.onnx", "tokenizer.json");
    private static final int CHUNK = 4 << 20;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    SharedModels(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Whether the model with this fingerprint is stored. */
    boolean stored(String fingerprint) {
        return jdbc.sql("select count(*) from adapted_model where fingerprint = :f and ready")
                .param("f", fingerprint).query(Long.class).single() > 0;
    }

    /**
     * Takes the lease to train this fingerprint for {@code holder}, unless the model is stored already or another
     * holder's lease has not run out.
     *
     * @param length how long the lease lasts: longer than the training may take
     * @return whether {@code holder} now holds it
     */
    boolean lease(String fingerprint, String holder, Duration length) {
        return jdbc.sql("""
                insert into adapted_model (fingerprint, lease_holder, lease_until)
                values (:f, :h, now() + make_interval(secs => :s))
                on conflict (fingerprint) do update
                    set lease_holder = excluded.lease_holder, lease_until = excluded.lease_until
                    where not adapted_model.ready
                      and (adapted_model.lease_until < now() or adapted_model.lease_holder = excluded.lease_holder)
                """).param("f", fingerprint).param("h", holder).param("s", (double) length.toSeconds())
                .update() == 1;
    }

    /** Gives the lease up (a failed training): another instance, or a later attempt, may train it. */
    void release(String fingerprint, String holder) {
        jdbc.sql("delete from adapted_model where fingerprint = :f and not ready and lease_holder = :h")
                .param("f", fingerprint).param("h", holder).update();
    }

    /**
     * Stores the model's files from {@code dir} under this fingerprint and removes every other stored model, in
     * one transaction.
     */
    void store(String fingerprint, Path dir) {
        tx.executeWithoutResult(status -> {
            jdbc.sql("""
                    insert into adapted_model (fingerprint, ready) values (:f, false)
                    on conflict (fingerprint) do nothing
                    """).param("f", fingerprint).update();
            jdbc.sql("delete from adapted_model_chunk where fingerprint = :f").param("f", fingerprint).update();
            for (String file : FILES) {
                try (InputStream in = Files.newInputStream(dir.resolve(file))) {
                    int seq = 0;
                    for (byte[] chunk = in.readNBytes(CHUNK); chunk.length > 0; chunk = in.readNBytes(CHUNK)) {
                        jdbc.sql("insert into adapted_model_chunk (fingerprint, file, seq, bytes) values (:f, :n, :s, :b)")
                                .param("f", fingerprint).param("n", file).param("s", seq++).param("b", chunk)
                                .update();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            jdbc.sql("update adapted_model set ready = true, lease_holder = null, lease_until = null "
                    + "where fingerprint = :f").param("f", fingerprint).update();
            jdbc.sql("delete from adapted_model where fingerprint <> :f and ready").param("f", fingerprint).update();
        });
    }

    /** Writes the stored model's files into {@code dir}, a chunk at a time. */
    void load(String fingerprint, Path dir) throws IOException {
        for (String file : FILES) {
            int chunks = jdbc.sql("select count(*) from adapted_model_chunk where fingerprint = :f and file = :n")
                    .param("f", fingerprint).param("n", file).query(Integer.class).single();
            if (chunks == 0) {
                throw new IOException("the stored model " + fingerprint + " has no " + file);
            }
            try (OutputStream out = Files.newOutputStream(dir.resolve(file))) {
                for (int seq = 0; seq < chunks; seq++) {
                    byte[] bytes = jdbc.sql("select bytes from adapted_model_chunk where fingerprint = :f and file = :n "
                                    + "and seq = :s").param("f", fingerprint).param("n", file).param("s", seq)
                            .query(byte[].class).optional()
                            .orElseThrow(() -> new IOException("the stored model " + fingerprint + " lacks a part"));
                    out.write(bytes);
                }
            }
        }
    }
}
