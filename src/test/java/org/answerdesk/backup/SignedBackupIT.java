package org.answerdesk.backup;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.answerdesk.AnswerdeskApplication;
import org.answerdesk.Await;
import org.answerdesk.HttpApi;
import org.answerdesk.SharedDatabase;
import org.answerdesk.TestDirs;
import org.answerdesk.WaitLane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With ANSWERDESK_BACKUP_KEY set, a backup carries an HMAC of its content: restored with the same key it loads; a
 * row changed after it was written, or the signature removed, is refused at start and nothing is loaded. The app
 * runs with a 1 s async request time-out, and its backups are held up past it by a lock on their last table: the
 * backup still arrives whole. A backup whose database connection is killed, or whose table read is cancelled, after
 * the 200 was sent ends the connection without the chunked body's last chunk: the client sees an error, not a
 * complete file.
 */
@WaitLane
class SignedBackupIT {

    private static final String KEY = "--answerdesk.backup.key=backup-signing-key-0123456789";
    private static final long ASYNC_TIMEOUT_MS = 1000;

    static String source;
    static ConfigurableApplicationContext app;
    static int port;

    @BeforeAll
    static void start() throws Exception {
        source = SharedDatabase.newDatabase();
        app = new SpringApplicationBuilder(AnswerdeskApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + source, KEY,
                "--spring.mvc.async.request-timeout=" + ASYNC_TIMEOUT_MS + "ms");
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
        // a customer's file of 256 KB before the locked table: the 200 and the zip's start are sent while it waits
        var asked = new HttpApi(port).post("/api/chat", json("session_id", "backup-" + UUID.randomUUID(),
                "message", "Where is my parcel?")).json();
        byte[] content = new byte[256 * 1024];
        new Random(53).nextBytes(content);
        SharedDatabase.client(source).sql("""
                insert into attachment (message_id, conversation_id, client, name, media_type, size_bytes, content)
                select id, conversation_id, 'web:test', 'big.bin', 'application/octet-stream', :n, :b from message
                where conversation_id = :c and direction = 'IN'""")
            .param("c", asked.get("conversation_id").asLong()).param("n", content.length).param("b", content)
            .update();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void onlyTheUnchangedSignedBackupIsRestored() throws Exception {
        Path backup = TestDirs.create("signed-backup-").resolve("signed.zip");
        List<String> tables = tables();
        try (Connection lock = lockTable(tables.get(tables.size() - 1))) {
            var response = requestBackup();
            assertThat(response.statusCode()).isEqualTo(200);
            awaitBackupWaitingForLock();
            Await.pause(2 * ASYNC_TIMEOUT_MS); // the backup now takes longer than the async time-out
            lock.commit();
            try (InputStream body = response.body()) {
                Files.copy(body, backup);
            }
        }
        List<String> entries = new ArrayList<>();
        try (var zip = new ZipInputStream(Files.newInputStream(backup))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.add(e.getName());
                zip.readAllBytes();
            }
        }
        List<String> expected = new ArrayList<>(List.of(Backup.MANIFEST));
        tables.forEach(t -> expected.add(t + ".copy"));
        expected.add(Signature.ENTRY);
        assertThat(entries).as("the whole backup, though it outlasted the async time-out").isEqualTo(expected);

        Path changed = BackupFiles.altered(backup, "changed.zip", (manifest, rows) -> {
            String faq = rows.get("faq_entry.copy");
            rows.put("faq_entry.copy", faq.replaceFirst(" the ", " teh "));
            assertThat(rows.get("faq_entry.copy")).as("one answer changed").isNotEqualTo(faq);
        });
        Path unsigned = BackupFiles.altered(backup, "unsigned.zip",
                (manifest, rows) -> assertThat(rows.remove(Signature.ENTRY)).isNotBlank());
        String fresh = SharedDatabase.newDatabase();
        var restored = SharedDatabase.client(fresh);

        assertThatThrownBy(() -> BackupFiles.restore(fresh, changed, KEY))
                .hasStackTraceContaining("does not match its signature");
        assertThat(restored.sql("select count(*) from faq_entry").query(Long.class).single()).isZero();
        assertThatThrownBy(() -> BackupFiles.restore(fresh, unsigned, KEY)).hasStackTraceContaining("is not signed");
        assertThat(restored.sql("select count(*) from faq_entry").query(Long.class).single()).isZero();

        BackupFiles.restore(fresh, backup, KEY);
        assertThat(restored.sql("select count(*) from faq_entry").query(Long.class).single())
                .isEqualTo(SharedDatabase.client(source).sql("select count(*) from faq_entry").query(Long.class).single())
                .isPositive();
        assertThat(restored.sql("select length(content) from attachment where name = 'big.bin'")
                .query(Integer.class).single()).isEqualTo(256 * 1024);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pg_terminate_backend", "pg_cancel_backend"})
    void aBackupThatFailsMidwayEndsInAnErrorTheClientSees(String kill) throws Exception {
        try (Connection lock = lockTable(last())) {
            var response = requestBackup();
            assertThat(response.statusCode()).isEqualTo(200);
            awaitBackupWaitingForLock();
            assertThat(SharedDatabase.client(source).sql("select " + kill + "(pid) from pg_stat_activity"
                    + " where pid <> pg_backend_pid() and query ilike 'copy %' and wait_event_type = 'Lock'")
                    .query(Boolean.class).list()).containsExactly(true);
            try (InputStream body = response.body()) {
                assertThatThrownBy(body::readAllBytes).as("the body cut short, not ended as if whole")
                        .isInstanceOf(java.io.IOException.class);
            }
            lock.rollback();
        }
        // the app goes on: the next backup is whole
        var next = requestBackup();
        assertThat(next.statusCode()).isEqualTo(200);
        try (InputStream body = next.body(); var zip = new ZipInputStream(body)) {
            int entries = 0;
            while (zip.getNextEntry() != null) {
                entries++;
            }
            assertThat(entries).isEqualTo(tables().size() + 2);
        }
    }

    @Test
    void aBackupWhoseDatabaseConnectionIsKilledBeforeItsFirstBytesIsA503() throws Exception {
        var db = SharedDatabase.client(source);
        HttpResponse<String> response;
        try (Connection lock = lockTable(tables().get(0))) {
            var pending = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/backup"))
                    .header(HttpApi.ADMIN[0], HttpApi.ADMIN[1]).build(), HttpResponse.BodyHandlers.ofString());
            awaitBackupWaitingForLock();
            assertThat(db.sql("select pg_terminate_backend(pid) from pg_stat_activity where pid <> pg_backend_pid()"
                    + " and query ilike 'copy %' and wait_event_type = 'Lock'").query(Boolean.class).list())
                    .containsExactly(true);
            response = pending.get(60, TimeUnit.SECONDS);
            lock.rollback();
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        assertThat(response.body()).contains("the database is unavailable");
    }

    private static List<String> tables() throws Exception {
        try (Connection c = DriverManager.getConnection(source)) {
            List<String> tables = new ArrayList<>(Tables.inLoadOrder(c).keySet());
            assertThat(tables.indexOf("attachment")).as("the big file is sent before the last table")
                .isBetween(0, tables.size() - 2);
            return tables;
        }
    }

    private static String last() throws Exception {
        List<String> tables = tables();
        return tables.get(tables.size() - 1);
    }

    /** A transaction holding {@code table} locked against the backup's COPY until it commits. */
    private static Connection lockTable(String table) throws Exception {
        Connection c = DriverManager.getConnection(source);
        c.setAutoCommit(false);
        c.createStatement().execute("lock table " + Tables.quote(table) + " in access exclusive mode");
        return c;
    }

    /** {@code GET /api/backup}, once its head has arrived. */
    private static HttpResponse<InputStream> requestBackup() throws Exception {
        return HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/backup"))
                .header(HttpApi.ADMIN[0], HttpApi.ADMIN[1]).build(), HttpResponse.BodyHandlers.ofInputStream())
            .get(60, TimeUnit.SECONDS);
    }

    private static void awaitBackupWaitingForLock() {
        JdbcClient db = SharedDatabase.client(source);
        Await.await(() -> db.sql("""
                select count(*) from pg_stat_activity
                where pid <> pg_backend_pid() and query ilike 'copy %' and wait_event_type = 'Lock'""")
                .query(Long.class).single(), n -> n == 1, "the backup waiting for the locked table");
    }
}
