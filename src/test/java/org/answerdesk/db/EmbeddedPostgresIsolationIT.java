package org.answerdesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.answerdesk.WaitLane;
import org.junit.jupiter.api.Test;

/**
 * Nobody but the app's user can change the PostgreSQL programs the app runs, and those programs never see the
 * app's secrets: the binaries live owner-only in the data directory (not in a shared {@code /tmp/embedded-pg}),
 * a tree that others could change is refused before anything in it runs, and the postmaster's environment holds
 * only what PostgreSQL needs. That an app's postmaster is so is checked on {@link CrashRecoveryIT}'s first app
 * ({@link #assertIsolated}).
 */
@WaitLane
class EmbeddedPostgresIsolationIT {

    private static final Set<String> PG_CTL_ADDS = Set.of("PGDATA", "PGSYSCONFDIR", "PG_GRANDPARENT_PID", "PWD");

    /** Secrets as an operator gives them to the app, for {@link #assertIsolated}. */
    static Map<String, String> secrets() {
        return Map.of(
                "ANSWERDESK_ADMIN_TOKEN", "admin-" + UUID.randomUUID(),
                "ANSWERDESK_UNUSED_SECRET", "unused-" + UUID.randomUUID(),
                "SOME_API_TOKEN", "api-" + UUID.randomUUID());
    }

    /**
     * The running postmaster of an app started on {@code dataDir} with {@code secrets} in its environment runs from
     * owner-only binaries in the data directory and sees none of the secrets. Checked on the first app of
     * {@link CrashRecoveryIT}, which starts one on a data directory of its own anyway: an app start of this class's
     * own was its 100 s (in the app's own JVM, as in production: the postmaster is that JVM's grandchild).
     */
    static void assertIsolated(Path dataDir, Map<String, String> secrets) throws Exception {
        long postmaster = LeftoverPostmaster.pid(dataDir.resolve("postgres")).orElseThrow();

        Path program = Path.of("/proc/" + postmaster + "/exe").toRealPath();
        Path binaries = dataDir.toRealPath().resolve(PostgresBinaries.DIRECTORY);
        assertThat(program).startsWith(binaries);
        assertThat(program.startsWith(Path.of("/tmp/embedded-pg"))).isFalse();
        try (Stream<Path> tree = Files.walk(binaries)) {
            assertThat(tree.filter(path -> !Files.isSymbolicLink(path)))
                    .allSatisfy(path -> assertThat(
                                    Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS))
                            .as("permissions of %s", path)
                            .doesNotContain(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE));
        }

        Map<String, String> environment = environment(postmaster);
        assertThat(environment).containsKey("PATH");
        // the allow-list, and what pg_ctl (PGDATA, PGSYSCONFDIR, PG_GRANDPARENT_PID) and its shell (PWD) add
        assertThat(environment.keySet()).allMatch(name -> name.equals("PATH") || name.equals("LANG")
                || name.equals("TZ") || name.startsWith("LC_") || PG_CTL_ADDS.contains(name),
                "only PATH, LANG, LC_*, TZ and what pg_ctl sets");
        assertThat(String.join("\n", environment.values())).doesNotContain(secrets.values());
    }

    @Test
    void aBinaryDirectoryOtherUsersCanWriteIsRefusedBeforeAnythingInItRuns() throws Exception {
        Path dir = DataDirs.startedOnce("tampered");
        // what the attack on /tmp/embedded-pg did: bin/ writable by all, postgres replaced by a script
        Path bin = unpacked(dir).resolve("bin");
        Path ran = dir.resolve("replaced-postgres-ran");
        Files.move(bin.resolve("postgres"), bin.resolve("postgres.real"));
        Files.writeString(bin.resolve("postgres"), "#!/bin/sh\nenv > '" + ran + "'\n"
                + "exec \"$(dirname \"$0\")/postgres.real\" \"$@\"\n");
        Files.setPosixFilePermissions(bin.resolve("postgres"), PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(bin, PosixFilePermissions.fromString("rwxrwxrwx"));

        assertThatThrownBy(() -> EmbeddedPostgresServer.start(dir).close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(bin.toString()).hasMessageContaining("can be changed by other users")
                .hasMessageContaining("chmod go-w");
        assertThat(ran).doesNotExist();
        assertThat(LeftoverPostmaster.pid(dir.resolve("postgres"))).isEmpty();
    }

    @Test
    void whatAnInterruptedUnpackOrAnEarlierVersionLeftIsRemovedAndTheServerStarts() throws Exception {
        Path dir = DataDirs.fresh("leftovers");
        Path root = dir.resolve(PostgresBinaries.DIRECTORY);
        Path half = root.resolve(".unpacking-0123").resolve("bin");
        Path older = root.resolve("0123456789abcdef").resolve("bin");
        for (Path bin : List.of(half, older)) {
            Files.createDirectories(bin, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
            Files.writeString(bin.resolve("postgres"), "partial");
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));

        try (var server = EmbeddedPostgresServer.start(dir)) {
            assertThat(server.port()).isPositive();
        }
        assertThat(half.getParent()).doesNotExist();
        assertThat(older.getParent()).doesNotExist();
        assertThat(unpacked(dir).resolve("bin").resolve("postgres")).isExecutable();
    }

    @Test
    void aDataDirectoryOthersCanRenameThingsInIsRefused() throws Exception {
        Path dir = DataDirs.fresh("shared-parent");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxr-x"));

        assertThatThrownBy(() -> EmbeddedPostgresServer.start(dir).close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(dir.toAbsolutePath().toString()).hasMessageContaining("no sticky bit");
        assertThat(LeftoverPostmaster.pid(dir.resolve("postgres"))).isEmpty();
    }

    @Test
    void aBinaryOwnedByAnotherUserIsRefused() throws Exception {
        assumeTrue(PgCtl.runningAsRoot(), "only root can give a file to another user");
        Path dir = DataDirs.startedOnce("foreign");
        Path initdb = unpacked(dir).resolve("bin").resolve("initdb");
        Files.setOwner(initdb, initdb.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));

        assertThatThrownBy(() -> EmbeddedPostgresServer.start(dir).close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(initdb.toString()).hasMessageContaining("is owned by nobody");
    }

    /** The one unpacked tree under {@code <dataDir>/pg-binaries}. */
    private static Path unpacked(Path dataDir) throws Exception {
        try (Stream<Path> children = Files.list(dataDir.resolve(PostgresBinaries.DIRECTORY))) {
            return children.filter(Files::isDirectory).filter(dir -> !dir.getFileName().toString().startsWith("."))
                    .reduce((a, b) -> {
                        throw new AssertionError("more than one unpacked tree: " + a + ", " + b);
                    }).orElseThrow();
        }
    }

    /** A process's environment as it was started, from {@code /proc/<pid>/environ}. */
    private static Map<String, String> environment(long pid) throws Exception {
        String raw = new String(Files.readAllBytes(Path.of("/proc/" + pid + "/environ")), StandardCharsets.UTF_8);
        Map<String, String> environment = new LinkedHashMap<>();
        for (String entry : raw.split("\0")) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                environment.put(entry.substring(0, equals), entry.substring(equals + 1));
            }
        }
        return environment;
    }
}
