package org.answerdesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The shipped MiniLM's stored vectors of the texts every app embeds on a new database (the 1,464 act phrasings, the
 * off-topic background and its held-out questions: {@code text_vector}), for the tests that start apps as JVMs of
 * their own on a new database and whose subject is not that first embedding (a takeover, a kill): {@link #seed} puts
 * them into the database before the app starts, where the app reads them as a restart would instead of spending some
 * 30-60 s of CPU on them under load beside the other lane. The vectors are the ones an app of this test JVM stored
 * on the shared server (in a full run a Spring test context's database). Seeding only saves work: when no database
 * there holds every act phrasing yet (a class run alone, or before any context stored them), nothing is seeded and
 * the app embeds them itself, as on any first start. The app's FAQ is still loaded and embedded as on a first start.
 */
public final class ShippedVectors {

    private static final String MODEL = "all-minilm-l6-v2";
    /** Text → vector as {@code text_vector} stores it; null until an app stored them. */
    private static Map<String, byte[]> rows;

    private ShippedVectors() {
    }

    /**
     * Migrates the database at {@code url} as the app would (Flyway, the app's migrations) and inserts the shipped
     * model's stored vectors.
     */
    public static void seed(String url, String user, String password) {
        Map<String, byte[]> held = rows();
        org.flywaydb.core.Flyway.configure().dataSource(url, user, password).load().migrate();
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        try (Connection db = DriverManager.getConnection(url, properties);
             var insert = db.prepareStatement("insert into text_vector (model, text, vector) values (?, ?, ?)"
                     + " on conflict do nothing")) {
            for (var row : held.entrySet()) {
                insert.setString(1, MODEL);
                insert.setString(2, row.getKey());
                insert.setBytes(3, row.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot seed the shipped model's vectors", e);
        }
    }

    /**
     * The rows, from the database on the shared server holding the most of them if that holds every act phrasing (in
     * a full run: a Spring test context's), else none (the apps embed them themselves).
     */
    private static synchronized Map<String, byte[]> rows() {
        if (rows == null) {
            rows = fromTheSharedServer().orElse(Map.of());
        }
        return rows;
    }

    private static java.util.Optional<Map<String, byte[]>> fromTheSharedServer() {
        String any = SharedDatabase.newDatabase();
        String before = any.substring(0, any.lastIndexOf('/') + 1);
        String after = any.contains("?") ? any.substring(any.indexOf('?')) : "";
        String most = null;
        int mostRows = 0;
        for (String name : SharedDatabase.client(any).sql("select datname from pg_database where not datistemplate")
                .query(String.class).list()) {
            String url = before + name + after;
            try (Connection db = DriverManager.getConnection(url);
                 var count = db.prepareStatement("select count(*) from text_vector where model = ?")) {
                count.setString(1, MODEL);
                try (var rs = count.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > mostRows && holdsTheActPhrasings(db)) {
                        mostRows = rs.getInt(1);
                        most = url;
                    }
                }
            } catch (SQLException noTableOrGone) {
                // a database not migrated (yet), or dropped meanwhile
            }
        }
        return java.util.Optional.ofNullable(most).map(ShippedVectors::read);
    }

    /** Whether every shipped act phrasing's vector is stored: they are stored together, after all are embedded. */
    private static boolean holdsTheActPhrasings(Connection db) throws SQLException {
        List<String> texts = actPhrasings();
        try (var count = db.prepareStatement("select count(*) from text_vector where model = ? and text = any(?)")) {
            count.setString(1, MODEL);
            count.setArray(2, db.createArrayOf("text", texts.toArray()));
            try (var rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1) == texts.size();
            }
        }
    }

    private static Map<String, byte[]> read(String database) {
        Map<String, byte[]> stored = new HashMap<>();
        SharedDatabase.client(database).sql("select text, vector from text_vector where model = ?")
                .param(MODEL).query((rs, n) -> stored.put(rs.getString(1), rs.getBytes(2))).list();
        return Map.copyOf(stored);
    }

    /** The shipped act phrasings' distinct texts that are stored ({@code TextVectors}: up to 1,000 characters). */
    private static List<String> actPhrasings() {
        try (var in = new java.io.InputStreamReader(ShippedVectors.class.getResourceAsStream("/dialogue/acts.tsv"),
                java.nio.charset.StandardCharsets.UTF_8)) {
            return org.answerdesk.dialogue.ActIndex.read(in).stream().map(org.answerdesk.dialogue.ActIndex.Phrasing::text)
                    .filter(t -> t.length() <= 1000).distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
