package org.answerdesk;

import java.sql.SQLException;
import java.util.List;
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
 * One embedded PostgreSQL server (zonky, as the app's own) for the whole test JVM, and a new, empty database on it
 * for every app a test starts: the app's start skips an initdb and a server start of its own (seconds each on the
 * 2-core machine) but still migrates its database with Flyway and loads the sample FAQ, as on a first start.
 * Every {@code @SpringBootTest} context gets its database from {@link Factory} (registered in
 * {@code META-INF/spring.factories}) unless its properties set {@code spring.datasource.url}; tests that start
 * apps themselves pass {@link #arguments()}. Tests of the app's own embedded server (restarts on a data directory,
 * crash recovery, database outages) do not: their apps run PostgreSQL themselves, as in production.
 */
public final class SharedDatabase {

    /** Databases start empty: each app migrates its own, so the start runs the real Flyway migration. */
    private static final DatabasePreparer EMPTY = new Empty();
    /**
     * The shared server is thrown away with the JVM: no fsync (a database per test app, each a few thousand files
     * written, and a shutdown checkpoint over all of them at the JVM's exit). The tests of crashes and durability
     * run servers of their own, with the product's settings.
     */
    private static final List<Consumer<EmbeddedPostgres.Builder>> DISPOSABLE = List.of(
            server -> server.setServerConfig("fsync", "off"));

    static {
        ExitWatch.install();
    }

    private SharedDatabase() {
    }

    /** The JDBC URL (user in it, no password) of a new, empty database on the shared server. */
    public static String newDatabase() {
        try {
            return PreparedDbProvider.forPreparer(EMPTY, DISPOSABLE).createDatabase();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database", e);
        }
    }

    /** A new database as an app's command-line argument. */
    public static List<String> arguments() {
        return List.of("--spring.datasource.url=" + newDatabase());
    }

    /** A client on one connection to the database at {@code url}, for a test to look at what the app stored. */
    public static JdbcClient client(String url) {
        return JdbcClient.create(new SingleConnectionDataSource(url, true));
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
