package org.answerdesk.backup;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.answerdesk.AnswerdeskApplication;
import org.answerdesk.HttpApi;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Backup files for the restore tests: downloaded over HTTP, altered as an attacker would, restored at a start. */
final class BackupFiles {

    private BackupFiles() {
    }

    /** {@code GET /api/backup} of the app on {@code port}, with the tests' admin token, into {@code file}. */
    static Path download(int port, Path file) throws IOException, InterruptedException {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/backup"))
                .header(HttpApi.ADMIN[0], HttpApi.ADMIN[1]).build(), HttpResponse.BodyHandlers.ofFile(file));
        assertThat(response.statusCode()).isEqualTo(200);
        return file;
    }

    /** Starts an app on {@code database} that restores {@code file} (and more settings), and closes it. */
    static void restore(String database, Path file, String... settings) {
        var arguments = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=" + database, "--answerdesk.backup.restore-from=" + file));
        arguments.addAll(List.of(settings));
        new SpringApplicationBuilder(AnswerdeskApplication.class).run(arguments.toArray(String[]::new)).close();
    }

    /**
     * A copy of {@code backup} named {@code name}, its manifest and its other entries (name to COPY text, in the
     * zip's order) changed by {@code edit}.
     */
    static Path altered(Path backup, String name, BiConsumer<Properties, Map<String, String>> edit)
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
        Path file = backup.resolveSibling(name);
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private static void write(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
