package org.answerdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.answerdesk.ShippedVectors;
import org.answerdesk.TestDirs;

/**
 * Data directories for the tests of the app's own embedded PostgreSQL: a new, empty one (a first start: binaries
 * unpacked, initdb), or one the server has already run on once ({@link #startedOnce}), for the tests whose subject
 * is a later start, a restart, a kill or an outage, not the unpack and initdb (10-30 s each on the 2-core machine).
 */
public final class DataDirs {

    /** A data directory the server ran on once and stopped cleanly, copied for each test. */
    private static Path startedOnce;

    private DataDirs() {
    }

    /** A new, empty data directory under target/, deleted when the test class that asked for it has passed. */
    public static Path fresh(String name) throws Exception {
        return TestDirs.create("pg-" + name + "-");
    }

    /**
     * A new data directory as the server leaves it after a first start and a clean stop (binaries unpacked, cluster
     * made, password file written): a copy ({@code cp -a}, owners and modes kept) of one made once per test JVM.
     * An app started on it migrates its database and loads the sample FAQ as on a first start.
     */
    public static synchronized Path startedOnce(String name) throws Exception {
        if (startedOnce == null) {
            // the JVM's, not the asking class's: deleted at exit
            Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "pg-started-once-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> TestDirs.delete(dir), "started-once-delete"));
            try (var server = EmbeddedPostgresServer.start(dir)) {
                assertThat(server.port()).isPositive();
            }
            startedOnce = dir;
        }
        Path copy = fresh(name);
        Process cp = new ProcessBuilder("cp", "-a", startedOnce + "/.", copy.toString()).redirectErrorStream(true)
                .start();
        String output = new String(cp.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(cp.waitFor()).as("cp -a: %s", output).isZero();
        return copy;
    }

    /**
     * {@link #startedOnce}, its database migrated and holding the shipped model's stored vectors of the texts every
     * app embeds on a new database ({@link ShippedVectors}): for a test whose subject is a kill or a restart, not the
     * first start's embedding (the app still loads and embeds the sample FAQ as on a first start).
     */
    public static Path startedOnceWithShippedVectors(String name) throws Exception {
        Path dir = startedOnce(name);
        try (var server = EmbeddedPostgresServer.start(dir)) {
            ShippedVectors.seed("jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres",
                    EmbeddedPostgresServer.USER, Files.readString(dir.resolve("postgres-password")).strip());
        }
        return dir;
    }
}
