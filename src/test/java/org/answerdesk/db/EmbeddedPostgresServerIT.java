package org.answerdesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.answerdesk.WaitLane;
import org.junit.jupiter.api.Test;

/**
 * The embedded server is durable, takes connections on loopback only and only with the password kept owner-only
 * in the data directory; older data directories are upgraded; what a killed app leaves behind does not stop the
 * next start.
 */
@WaitLane
class EmbeddedPostgresServerIT {

    /** One first start (unpack, initdb) for both: what it sets up is what every later start finds. */
    @Test
    void aFirstStartIsDurableListensOnLoopbackOnlyAndEveryConnectionNeedsThePasswordKeptOwnerOnly() throws Exception {
        Path dir = DataDirs.fresh("first-start");
        try (var server = EmbeddedPostgresServer.start(dir)) {
            try (Connection c = connect(server.port(), server.password())) {
                assertThat(show(c, "fsync")).isEqualTo("on");
                assertThat(show(c, "synchronous_commit")).isEqualTo("on");
                assertThat(show(c, "full_page_writes")).isEqualTo("on");
                assertThat(show(c, "listen_addresses")).isEqualTo("localhost");
                // what a reload would read agrees with the running server: no "contains errors" in the log
                assertThat(rows(c, "select name || ': ' || error from pg_file_settings where error is not null"))
                        .isEmpty();
            }

            Path file = dir.resolve("postgres-password");
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.readString(file).strip()).isEqualTo(server.password()).hasSizeGreaterThanOrEqualTo(32);

            assertThatThrownBy(() -> connect(server.port(), null).close()).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> connect(server.port(), "wrong").close()).isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
            try (Connection c = connect(server.port(), server.password())) {
                assertThat(rows(c, "select auth_method from pg_hba_file_rules"))
                        .isNotEmpty().containsOnly("scram-sha-256");
            }
        }
    }

    @Test
    void aRestartKeepsThePassword() throws Exception {
        Path dir = DataDirs.startedOnce("restart");
        String first = Files.readString(dir.resolve("postgres-password")).strip();
        try (var server = EmbeddedPostgresServer.start(dir); Connection c = connect(server.port(), first)) {
            assertThat(server.password()).isEqualTo(first);
            assertThat(show(c, "fsync")).isEqualTo("on");
        }
    }

    @Test
    void aLostPasswordFileGetsANewPasswordAndTheOldOneStopsWorking() throws Exception {
        Path dir = DataDirs.startedOnce("lost");
        String first = Files.readString(dir.resolve("postgres-password")).strip();
        Files.delete(dir.resolve("postgres-password"));
        try (var server = EmbeddedPostgresServer.start(dir)) {
            assertThat(server.password()).isNotEqualTo(first);
            assertThatThrownBy(() -> connect(server.port(), first).close()).isInstanceOf(SQLException.class);
            try (Connection c = connect(server.port(), server.password())) {
                assertThat(rows(c, "select auth_method from pg_hba_file_rules")).containsOnly("scram-sha-256");
            }
        }
    }

    @Test
    void aDataDirectoryOfTheOldVersionIsUpgradedAndKeepsItsData() throws Exception {
        Path dir = DataDirs.fresh("upgrade");
        // what the earlier version ran: the library's defaults, trust, no password file
        try (var old = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("postgres"))
                .setCleanDataDirectory(false).start();
             Connection c = old.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("create table kept (note text); insert into kept values ('from before')");
        }
        assertThat(dir.resolve("postgres-password")).doesNotExist();

        try (var server = EmbeddedPostgresServer.start(dir)) {
            assertThatThrownBy(() -> connect(server.port(), null).close()).isInstanceOf(SQLException.class);
            try (Connection c = connect(server.port(), server.password())) {
                assertThat(rows(c, "select note from kept")).containsExactly("from before");
                assertThat(show(c, "fsync")).isEqualTo("on");
            }
            assertThat(Files.readString(dir.resolve("postgres-password")).strip()).isEqualTo(server.password());
        }
    }

    @Test
    void aPasswordFileTheServerDoesNotAcceptFailsTheStartAtOnceNamingItAndLeavesNoServerRunning() throws Exception {
        Path dir = DataDirs.startedOnce("wrong-password");
        Path file = dir.resolve("postgres-password");
        Files.writeString(file, "not-the-password-of-this-server\n");

        // "at once": this message comes only from the password check (SQL state 28P01), never from the 60 s wait
        // for a server that does not come up
        assertThatThrownBy(() -> EmbeddedPostgresServer.start(dir).close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not accept the password in " + file.toAbsolutePath().normalize());
        assertThat(LeftoverPostmaster.pid(dir.resolve("postgres")).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)).isEmpty();

        // the remedy the message names: without the file, a new password is generated and set
        Files.delete(file);
        try (var server = EmbeddedPostgresServer.start(dir); Connection c = connect(server.port(), server.password())) {
            assertThat(show(c, "fsync")).isEqualTo("on");
        }
    }

    @Test
    void aPostmasterLeftRunningOnTheDataDirectoryIsStoppedAndTheServerStarts() throws Exception {
        Path dir = DataDirs.startedOnce("orphan");
        Path pgData = dir.resolve("postgres");
        ProcessHandle.Info postmaster;
        try (var server = EmbeddedPostgresServer.start(dir)) {
            postmaster = ProcessHandle.of(LeftoverPostmaster.pid(pgData).orElseThrow()).orElseThrow().info();
        }
        // the same postmaster again, started as the library starts it (pg_ctl, detached) but now unknown to any
        // app: what an app killed with SIGKILL leaves behind
        List<String> arguments = List.of(postmaster.arguments().orElseThrow());
        Path pgCtl = Path.of(postmaster.command().orElseThrow()).resolveSibling("pg_ctl");
        List<String> command = new ArrayList<>(List.of(pgCtl.toString(), "-D", pgData.toString(),
                "-o", String.join(" ", arguments.subList(2, arguments.size())), "-w", "start"));
        if (PgCtl.runningAsRoot()) {
            command.addAll(0, List.of("unshare", "-U")); // as the library does: PostgreSQL refuses to run as root
        }
        int exit = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(dir.resolve("orphan.log").toFile()).start().waitFor();
        assertThat(exit).isZero();
        ProcessHandle orphan = ProcessHandle.of(LeftoverPostmaster.pid(pgData).orElseThrow()).orElseThrow();

        try (var server = EmbeddedPostgresServer.start(dir); Connection c = connect(server.port(), server.password())) {
            assertThat(orphan.isAlive()).isFalse();
            assertThat(LeftoverPostmaster.pid(pgData)).isPresent().get().isNotEqualTo(orphan.pid());
            assertThat(show(c, "fsync")).isEqualTo("on");
        } finally {
            orphan.destroyForcibly();
        }
    }

    @Test
    void aPidFileNamingAnotherLiveProcessIsRemovedAndThatProcessLeftAlone() throws Exception {
        Path dir = DataDirs.startedOnce("stale");
        Path pgData = dir.resolve("postgres");
        Process unrelated = new ProcessBuilder("sleep", "120").start();
        try {
            // the pid file of a postmaster that died with the machine, its pid since reused by another process
            Files.writeString(pgData.resolve("postmaster.pid"),
                    unrelated.pid() + "\n" + pgData + "\n1700000000\n5432\n/tmp\nlocalhost\n  1234  5678\nready\n");
            try (var server = EmbeddedPostgresServer.start(dir);
                 Connection c = connect(server.port(), server.password())) {
                assertThat(show(c, "fsync")).isEqualTo("on");
                assertThat(unrelated.isAlive()).isTrue();
            }
        } finally {
            unrelated.destroyForcibly();
        }
    }

    @Test
    void aSecondAppOnTheSameDataDirectoryIsRefusedWithoutTouchingTheFirst() throws Exception {
        Path dir = DataDirs.startedOnce("twice");
        try (var first = EmbeddedPostgresServer.start(dir)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(dir).close())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("Another answerdesk");
            try (Connection c = connect(first.port(), first.password())) {
                assertThat(show(c, "fsync")).isEqualTo("on");
            }
        }
    }

    static Connection connect(int port, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", EmbeddedPostgresServer.USER);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", properties);
    }

    private static String show(Connection c, String setting) throws SQLException {
        return rows(c, "show " + setting).get(0);
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (var rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
