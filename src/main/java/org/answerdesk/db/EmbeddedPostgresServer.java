package org.answerdesk.db;

import java.io.Closeable;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL run by the app, with its data in {@code <dataDir>/postgres} and its superuser password in
 * {@code <dataDir>/postgres-password} (owner-only). Durable (fsync, synchronous commit and full-page writes on),
 * listening on loopback only, every connection authenticated by the password. Its programs come from
 * {@code <dataDir>/pg-binaries} ({@link PostgresBinaries}) and run with only the environment they need
 * ({@link PgCtl}), never the app's secrets. A data directory of an older version (trust, no password) is upgraded
 * at start; a postmaster or pid file left by a killed app is cleared first; a password file the server does not
 * accept fails the start at once, naming the file, and stops the server it started. A postmaster that dies while
 * the app runs is started again ({@link PostmasterKeeper}).
 */
final class EmbeddedPostgresServer implements Closeable {

    static final String USER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    /** Recovery after a crash replays the WAL before the server accepts connections. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    /** The SQL state of a wrong password. */
    private static final String INVALID_PASSWORD = "28P01";

    private final FileChannel lockChannel;
    private final PgCtl pgCtl;
    private final int port;
    private final String password;
    private final PostmasterKeeper keeper;

    private EmbeddedPostgresServer(FileChannel lockChannel, PgCtl pgCtl, int port, String password,
                                   PostmasterKeeper keeper) {
        this.lockChannel = lockChannel;
        this.pgCtl = pgCtl;
        this.port = port;
        this.password = password;
        this.keeper = keeper;
    }

    static EmbeddedPostgresServer start(Path dataDir) throws IOException {
        Path dir = dataDir.toAbsolutePath().normalize();
        Path pgData = dir.resolve("postgres");
        Files.createDirectories(pgData);
        FileChannel lockChannel = lock(dir.resolve("postgres.lock"));
        try {
            LeftoverPostmaster.clear(pgData);
            PgCtl pgCtl = new PgCtl(PostgresBinaries.install(dir), pgData);
            Path passwordFile = dir.resolve("postgres-password");
            PasswordFile.Password password = PasswordFile.readOrCreate(passwordFile);
            if (!Files.exists(pgData.resolve("postgresql.conf"))) {
                pgCtl.initdb(USER);
            }
            ServerSettings.write(pgData);
            boolean upgrade = password.generated() || !ClientAuthentication.requiresPassword(pgData);
            if (upgrade) {
                ClientAuthentication.allowSettingThePassword(pgData);
            }
            int port = freePort();
            try {
                pgCtl.start(ServerSettings.options(port), STARTUP_WAIT);
                if (upgrade) {
                    requirePassword(port, pgData, password.value());
                } else {
                    checkPassword(port, password.value(), passwordFile);
                }
                var keeper = PostmasterKeeper.keep(pgCtl, pgData, ServerSettings.options(port), STARTUP_WAIT);
                log.info("Embedded PostgreSQL on localhost:{} with data in {}", port, pgData);
                return new EmbeddedPostgresServer(lockChannel, pgCtl, port, password.value(), keeper);
            } catch (IOException | RuntimeException e) {
                // pg_ctl may have started the server before it failed or timed out: never leave it running
                stopQuietly(pgCtl);
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            lockChannel.close();
            throw e;
        }
    }

    String jdbcUrl() {
        return url(port);
    }

    String password() {
        return password;
    }

    int port() {
        return port;
    }

    @Override
    public void close() throws IOException {
        keeper.close(); // first, or it would start the server again
        try {
            stopQuietly(pgCtl);
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

    private static void stopQuietly(PgCtl pgCtl) {
        try {
            pgCtl.stop();
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL: {}", e.getMessage());
        }
    }

    /** Sets the password over the temporary trust rule, then requires it from every connection. */
    private static void requirePassword(int port, Path pgData, String password) throws IOException {
        try (Connection connection = DriverManager.getConnection(url(port), USER, null);
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

    /** A password file that does not match the server (edited, or restored from another copy) fails at once. */
    private static void checkPassword(int port, String password, Path passwordFile) throws IOException {
        try (Connection connection = DriverManager.getConnection(url(port), USER, password)) {
            connection.isValid(5);
        } catch (SQLException e) {
            if (INVALID_PASSWORD.equals(e.getSQLState())) {
                throw new IllegalStateException("The embedded PostgreSQL does not accept the password in "
                        + passwordFile + ": put back the file this data directory was started with, or delete it"
                        + " to have a new password generated and set at the next start");
            }
            throw new IOException("Could not connect to the embedded PostgreSQL", e);
        }
    }

    private static String url(int port) {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
