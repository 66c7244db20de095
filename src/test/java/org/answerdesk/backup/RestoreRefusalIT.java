package org.answerdesk.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.answerdesk.AnswerdeskApplication;
import org.answerdesk.HttpApi;
import org.answerdesk.SharedDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A restore that would lose data or plant rows is refused at start, before anything is written: a backup whose
 * manifest lists the admin session tables (which no backup holds: a session planted that way signs anyone in, and
 * its Java-serialised attributes reach a deserialiser), a backup of a newer schema, and a database that already
 * holds an FAQ. Each through a real app start, on a backup downloaded over HTTP and then altered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RestoreRefusalIT {

    @LocalServerPort
    int port;
    @Value("${spring.datasource.url}")
    String ownDatabase;

    private Path dir;
    private Path backup;

    @BeforeEach
    void download() throws Exception {
        dir = Files.createTempDirectory(Path.of("target"), "restore-refusal-");
        backup = dir.resolve("answerdesk-backup.zip");
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/backup"))
                .header(HttpApi.ADMIN[0], HttpApi.ADMIN[1]).build(), HttpResponse.BodyHandlers.ofFile(backup));
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void aBackupThatListsTheSessionTablesIsRefusedAndNothingIsRestored() throws Exception {
        Path tampered = altered("tampered.zip", (manifest, entries) -> {
            manifest.setProperty("tables", manifest.getProperty("tables") + ",spring_session");
            manifest.setProperty("columns.spring_session", "primary_id,session_id,creation_time,last_access_time,"
                    + "max_inactive_interval,expiry_time,principal_name");
            entries.put("spring_session.copy", "planted\tplanted-session\t0\t0\t-1\t9999999999999\tadmin\n");
        });
        String fresh = SharedDatabase.newDatabase();

        assertThatThrownBy(() -> restore(fresh, tampered)).hasStackTraceContaining("spring_session")
                .hasStackTraceContaining("refused");

        var db = SharedDatabase.client(fresh);
        assertThat(db.sql("select count(*) from spring_session").query(Long.class).single()).isZero();
        assertThat(db.sql("select count(*) from faq_entry").query(Long.class).single()).isZero();
    }

    @Test
    void aBackupOfANewerSchemaIsRefused() throws Exception {
        Path newer = altered("newer.zip", (manifest, entries) -> manifest.setProperty("schema", "9999"));
        String fresh = SharedDatabase.newDatabase();

        assertThatThrownBy(() -> restore(fresh, newer)).hasStackTraceContaining("comes from a newer answerdesk");

        assertThat(SharedDatabase.client(fresh).sql("select count(*) from faq_entry").query(Long.class).single())
                .isZero();
    }

    @Test
    void aDatabaseThatHoldsAnFaqIsNotOverwritten() {
        var own = SharedDatabase.client(ownDatabase);
        long entries = own.sql("select count(*) from faq_entry").query(Long.class).single();
        assertThat(entries).isPositive();

        assertThatThrownBy(() -> restore(ownDatabase, backup)).hasStackTraceContaining("already holds");

        assertThat(own.sql("select count(*) from faq_entry").query(Long.class).single()).isEqualTo(entries);
    }

    private static void restore(String database, Path file) {
        new SpringApplicationBuilder(AnswerdeskApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + database, "--answerdesk.backup.restore-from=" + file).close();
    }

    /** A copy of the downloaded backup with its manifest and entries (name to COPY text) changed by {@code edit}. */
    private Path altered(String name, BiConsumer<Properties, Map<String, String>> edit)
            throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (var zip = new ZipInputStream(Files.newInputStream(backup))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        var manifest = new Properties();
        manifest.load(new StringReader(entries.remove(Backup.MANIFEST)));
        edit.accept(manifest, entries);
        var text = new StringWriter();
        manifest.store(text, null);
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            write(zip, Backup.MANIFEST, text.toString());
            for (var e : entries.entrySet()) {
                write(zip, e.getKey(), e.getValue());
            }
        }
        Path file = dir.resolve(name);
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private static void write(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
