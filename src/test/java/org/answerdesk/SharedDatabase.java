package org.answerdesk;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.DatabasePreparer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PreparedDbProvider;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * One embedded PostgreSQL server (zonky, as the app's own) for the whole test JVM, and a new database on it for every
 * app a test starts: the app's start skips an initdb and a server start of its own (seconds each on the 2-core
 * machine) and loads the sample FAQ, as on a first start. The database is a copy of one the app's migrations
 * (Flyway, the app's own scripts) were run on once per JVM ({@link #newDatabase}): the app's Flyway then validates it
 * and finds nothing to apply, about a second of CPU less per app than migrating from empty (docs/benchmarks.md, ci52).
 * Tests whose subject is the migration from empty take {@link #newEmptyDatabase}.
 * Every {@code @SpringBootTest} context gets its database from {@link Factory} (registered in
 * {@code META-INF/spring.factories}) unless its properties set {@code spring.datasource.url}; tests that start
 * apps themselves pass {@link #arguments()}. Tests of the app's own embedded server (restarts on a data directory,
 * crash recovery, database outages) do not: their apps run PostgreSQL themselves, as in production.
 */
public final class SharedDatabase {

    /** The server's databases start empty; {@link #newDatabase} copies one migrated once. */
    private static final DatabasePreparer EMPTY = new Empty();
    /** Where the shared servers' data directories are, one per test JVM. */
    private static final Path SERVERS = Path.of("target", "shared-postgres").toAbsolutePath();
    /** This JVM's. */
    private static final Path OWN = SERVERS.resolve(UUID.randomUUID().toString());
    /** The migrated database every {@link #newDatabase} copies; null until the first. */
    private static String migrated;
    /**
     * The shared server is thrown away with the JVM: no fsync (a database per test app, each a few thousand files
     * written, and a shutdown checkpoint over all of them at the JVM's exit). Nor is its data directory deleted at the
     * exit: a database per test context and app leaves on the order of a hundred thousand files after a full run,
     * and their deletion in the library's shutdown hook kept the test JVM from exiting after its last test (ExitWatch
     * caught the hook in {@code unlink}). The directory is under target/ instead of the temporary directory, and the
     * next test JVM deletes it in the background ({@link #deleteLeftovers}); CI's machine is thrown away. The tests
     * of crashes and durability run servers of their own, with the product's settings.
     */
    private static final List<Consumer<EmbeddedPostgres.Builder>> DISPOSABLE = List.of(
            server -> server.setServerConfig("fsync", "off"),
            server -> server.setDataDirectory(OWN.toFile()).setCleanDataDirectory(false),
            server -> server.setRegisterShutdownHook(false)); // stopped after the Spring contexts: see stopAtExit

    static {
        ExitWatch.install();
        Thread leftovers = new Thread(SharedDatabase::deleteLeftovers, "shared-postgres-leftovers");
        leftovers.setDaemon(true); // a deletion cut short by the exit goes on in the next JVM
        leftovers.start();
        Runtime.getRuntime().addShutdownHook(new Thread(SharedDatabase::stopAtExit, "shared-postgres-stop"));
    }

    private SharedDatabase() {
    }

    /**
     * The JDBC URL (user in it, no password) of a new database on the shared server with the app's schema: a copy of
     * a database migrated once per JVM by the app's migrations, as an app's Flyway would have left a new one.
     */
    public static String newDatabase() {
        String template = migratedTemplate();
        String name = "db_" + UUID.randomUUID().toString().replace("-", "");
        synchronized (SharedDatabase.class) { // one copy of the template at a time: it must have no other user
            try (var admin = java.sql.DriverManager.getConnection(sibling(template, "postgres"));
                 var create = admin.createStatement()) {
                create.execute("create database " + name + " template " + databaseName(template));
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create a test database", e);
            }
        }
        return sibling(template, name);
    }

    /** The JDBC URL of a new, empty database on the shared server: for the tests whose subject is the migration. */
    public static String newEmptyDatabase() {
        try {
            return PreparedDbProvider.forPreparer(EMPTY, DISPOSABLE).createDatabase();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database", e);
        }
    }

    /** The database the app's migrations ran on, made at the first call; nothing connects to it afterwards. */
    private static synchronized String migratedTemplate() {
        if (migrated == null) {
            String url = newEmptyDatabase();
            org.flywaydb.core.Flyway.configure().dataSource(url, null, null).load().migrate();
            migrated = url;
        }
        return migrated;
    }

    /** {@code url} with its database name replaced by {@code database}. */
    private static String sibling(String url, String database) {
        int[] name = nameAt(url);
        return url.substring(0, name[0]) + database + url.substring(name[1]);
    }

    private static String databaseName(String url) {
        int[] name = nameAt(url);
        return url.substring(name[0], name[1]);
    }

    /** Where a JDBC URL's database name starts and ends: after the last slash, up to the query if any. */
    private static int[] nameAt(String url) {
        int start = url.lastIndexOf('/') + 1;
        int query = url.indexOf('?', start);
        return new int[] {start, query < 0 ? url.length() : query};
    }

    /** A new database as an app's command-line argument. */
    public static List<String> arguments() {
        return List.of("--spring.datasource.url=" + newDatabase());
    }

    /** A client on one connection to the database at {@code url}, for a test to look at what the app stored. */
    public static JdbcClient client(String url) {
        return JdbcClient.create(new SingleConnectionDataSource(url, true));
    }

    /**
     * Stops the shared server once Spring Boot's shutdown hook has closed the cached test contexts. The library's own
     * hook stopped it beside that one, so the contexts' answer workers and schedulers lost their connections while
     * closing and waited out their poll intervals (2 s each, one context after another) before the JVM could exit.
     * A fast shutdown is asked for and not waited on: the directory is thrown away.
     */
    private static void stopAtExit() {
        Thread springHook = null;
        for (int i = 0; i < 10 && springHook == null; i++) { // the hooks are started together: one may be late
            springHook = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("SpringApplicationShutdownHook")).findFirst().orElse(null);
            if (springHook == null) {
                Await.pause(20);
            }
        }
        try {
            if (springHook != null) {
                springHook.join(30_000);
            }
            Path pid = OWN.resolve("postmaster.pid");
            if (Files.exists(pid)) {
                new ProcessBuilder("kill", "-INT", Files.readAllLines(pid).get(0).strip()).start().waitFor();
            }
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            // left running: PostgreSQL stops by itself once the next test JVM deletes its directory (postmaster.pid)
        }
    }

    /**
     * Deletes the data directories earlier test JVMs left: those whose lock file (held by the library while its
     * server runs) can be locked; a server still running in another JVM on this target/ keeps its directory.
     */
    private static void deleteLeftovers() {
        try (var dirs = Files.list(SERVERS)) {
            for (Path dir : dirs.filter(d -> !d.equals(OWN)).toList()) {
                Path lock = dir.resolve("epg-lock");
                try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE, StandardOpenOption.CREATE);
                     FileLock held = channel.tryLock()) {
                    if (held != null) {
                        try (var tree = Files.walk(dir)) {
                            tree.sorted(Comparator.reverseOrder()).filter(f -> !f.equals(lock) && !f.equals(dir))
                                    .forEach(f -> f.toFile().delete());
                        }
                        Files.deleteIfExists(lock);
                        Files.deleteIfExists(dir);
                    }
                } catch (IOException | OverlappingFileLockException e) {
                    // in use, or gone: left for the next JVM
                }
            }
        } catch (IOException e) {
            // no leftovers yet
        }
    }

    private record Empty() implements DatabasePreparer {
        @Override
        public void prepare(DataSource template) {
        }
    }

    /** Gives every {@code @SpringBootTest} context the same customizer, so the context cache key stays as it was. */
    static final class Factory implements ContextCustomizerFactory {
        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                         List<ContextConfigurationAttributes> attributes) {
            return TestContextAnnotationUtils.hasAnnotation(testClass, SpringBootTest.class) ? new Customizer() : null;
        }
    }

    /** Points a context that is being created at a new database; a cached context keeps the one it got. */
    record Customizer() implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            if (!context.getEnvironment().containsProperty("spring.datasource.url")) {
                TestPropertyValues.of("spring.datasource.url=" + newDatabase()).applyTo(context);
            }
        }
    }
}
