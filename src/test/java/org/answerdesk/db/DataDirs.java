package org.answerdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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

    /** A new, empty data directory under target/. */
    public static Path fresh(String name) throws Exception {
        Files.createDirectories(Path.of("target"));
        return Files.createTempDirectory(Path.of("target"), "pg-" + name + "-");
    }

    /**
     * A new data directory as the server leaves it after a first start and a clean stop (binaries unpacked, cluster
     * made, password file written): a copy ({@code cp -a}, owners and modes kept) of one made once per test JVM.
     * An app started on it migrates its database and loads the sample FAQ as on a first start.
     */
    public static synchronized Path startedOnce(String name) throws Exception {
        if (startedOnce == null) {
            Path dir = fresh("started-once");
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
}
