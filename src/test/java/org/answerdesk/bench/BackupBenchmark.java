package org.answerdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.zip.ZipInputStream;

import org.answerdesk.Await;
import org.answerdesk.HttpApi;
import org.answerdesk.SharedDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A backup of {@code --mb} MB of stored files (default 500; customers' files of 10 MB of random bytes, which do not
 * compress), taken as the operations guide says, with {@code curl -fsS}: how long it takes, its size, whether the zip
 * reads back whole (every entry, the files' table with every row), and the app's peak resident memory. Then a second
 * backup whose database connection is killed while it copies the files: {@code curl -f} must fail. The app is a
 * separate process with the JVM's defaults, on a database of the test PostgreSQL.
 */
public final class BackupBenchmark {

    private static final int FILE_BYTES = 10_000_000;

    public static void main(String[] args) throws Exception {
        int mb = args.length > 1 && args[0].equals("--mb") ? Integer.parseInt(args[1]) : 500;
        Path dir = Files.createTempDirectory("answerdesk-backup-bench");
        String database = SharedDatabase.newDatabase();
        try (var app = AppProcess.start(Optional.empty(), dir.resolve("data"),
                List.of("--spring.datasource.url=" + database), dir.resolve("app.log"))) {
            System.out.println("ready in " + app.awaitReady(Duration.ofMinutes(5)).toSeconds() + " s");
            JdbcClient db = SharedDatabase.client(database);
            int files = store(app, db, mb);
            System.out.printf("stored %d files of %d bytes (%d MB)%n", files, FILE_BYTES, (long) files * FILE_BYTES / 1_000_000);

            Path whole = dir.resolve("whole.zip");
            long started = System.nanoTime();
            int exit = curl(app.port(), whole).waitFor();
            long seconds = (System.nanoTime() - started) / 1_000_000_000;
            long[] rss = app.rssMb();
            System.out.printf("backup: curl -f exit %d after %d s, %d MB; app resident %d MB now, %d MB at most%n",
                    exit, seconds, Files.size(whole) / 1_000_000, rss[0], rss[1]);
            System.out.println("zip read back: " + readBack(whole, files));

            Path cut = dir.resolve("cut.zip");
            Process cutShort = curl(app.port(), cut);
            Await.await(Duration.ofMinutes(5), () -> db.sql("""
                    select count(*) from pg_stat_activity where pid <> pg_backend_pid()
                    and query ilike 'copy "attachment"%'""").query(Long.class).single(), n -> n == 1,
                    "the backup copying the files");
            db.sql("""
                    select pg_terminate_backend(pid) from pg_stat_activity where pid <> pg_backend_pid()
                    and query ilike 'copy "attachment"%'""").query(Boolean.class).list();
            int cutExit = cutShort.waitFor();
            System.out.printf("backup whose database connection was killed while copying the files: curl -f exit %d"
                    + " after %d MB (%s)%n", cutExit, Files.size(cut) / 1_000_000,
                    new String(cutShort.getErrorStream().readAllBytes()).strip());
            Files.delete(whole);
            Files.delete(cut);
            if (exit != 0 || cutExit == 0) {
                throw new IllegalStateException("expected a whole backup and a failed one");
            }
        }
        System.out.println("the app's log: " + dir.resolve("app.log"));
    }

    /** Files of {@link #FILE_BYTES} random bytes on one customer message until {@code mb} MB; how many. */
    private static int store(AppProcess app, JdbcClient db, int mb) {
        long conversation = new HttpApi(app.port()).post("/api/chat", HttpApi.json("session_id",
                "backup-bench-" + UUID.randomUUID(), "message", "Where is my parcel?")).json()
                .get("conversation_id").asLong();
        var random = new Random(53);
        int files = (int) ((long) mb * 1_000_000 / FILE_BYTES);
        byte[] content = new byte[FILE_BYTES];
        for (int i = 0; i < files; i++) {
            random.nextBytes(content);
            db.sql("""
                    insert into attachment (message_id, conversation_id, ordinal, client, name, media_type, size_bytes,
                                            content)
                    select id, conversation_id, :i, 'web:bench', :name, 'application/octet-stream', :n, :b
                    from message where conversation_id = :c and direction = 'IN' order by id limit 1""")
                .param("i", i).param("name", "file-" + i + ".bin").param("n", content.length).param("b", content)
                .param("c", conversation).update();
        }
        return files;
    }

    private static Process curl(int port, Path to) throws IOException {
        return new ProcessBuilder("curl", "-fsS", "-H", "Authorization: Bearer " + AppProcess.ADMIN_TOKEN,
                "http://localhost:" + port + "/api/backup", "-o", to.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Every entry read to its end; the rows of the files' table, which must be every file stored. */
    private static String readBack(Path zip, int files) throws IOException {
        List<String> entries = new ArrayList<>();
        long attachmentRows = 0;
        try (var in = new ZipInputStream(Files.newInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e.getName());
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    if (e.getName().equals("attachment.copy")) {
                        for (int i = 0; i < n; i++) {
                            attachmentRows += buffer[i] == '\n' ? 1 : 0;
                        }
                    }
                }
            }
        }
        if (attachmentRows != files || !entries.contains("manifest.properties")) {
            throw new IllegalStateException("the backup is not whole: " + entries + ", " + attachmentRows + " files");
        }
        return entries.size() + " entries, " + attachmentRows + " rows of files";
    }
}
