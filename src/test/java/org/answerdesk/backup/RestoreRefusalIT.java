package org.answerdesk.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.answerdesk.SharedDatabase;
import org.answerdesk.TestDirs;
import org.answerdesk.WaitLane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A restore that would lose data or plant rows is refused at start, before anything is written: a backup whose
 * manifest lists the admin session tables (which no backup holds: a session planted that way signs anyone in, and
 * its Java-serialised attributes reach a deserialiser), a backup of a newer schema, and a database that already
 * holds an FAQ. Each through a real app start, on a backup downloaded over HTTP and then altered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = WaitLane.OWN_CONTEXT)
// Wait lane: a context of its own, out of the main lane's default one (its longest group; docs/benchmarks.md, "ci43")
@WaitLane
class RestoreRefusalIT {

    @LocalServerPort
    int port;
    @Value("${spring.datasource.url}")
    String ownDatabase;

    private Path backup;

    @BeforeEach
    void download() throws Exception {
        backup = BackupFiles.download(port, TestDirs.create("restore-refusal-")
                .resolve("answerdesk-backup.zip"));
    }

    @Test
    void aBackupThatListsTheSessionTablesIsRefusedAndNothingIsRestored() throws Exception {
        Path tampered = BackupFiles.altered(backup, "tampered.zip", (manifest, entries) -> {
            manifest.setProperty("tables", manifest.getProperty("tables") + ",spring_session");
            manifest.setProperty("columns.spring_session", "primary_id,session_id,creation_time,last_access_time,"
                    + "max_inactive_interval,expiry_time,principal_name");
            entries.put("spring_session.copy", "planted\tplanted-session\t0\t0\t-1\t9999999999999\tadmin\n");
        });
        String fresh = SharedDatabase.newDatabase();

        assertThatThrownBy(() -> BackupFiles.restore(fresh, tampered)).hasStackTraceContaining("spring_session")
                .hasStackTraceContaining("refused");

        var db = SharedDatabase.client(fresh);
        assertThat(db.sql("select count(*) from spring_session").query(Long.class).single()).isZero();
        assertThat(db.sql("select count(*) from faq_entry").query(Long.class).single()).isZero();
    }

    @Test
    void aBackupOfANewerSchemaIsRefused() throws Exception {
        Path newer = BackupFiles.altered(backup, "newer.zip", (manifest, entries) -> manifest.setProperty("schema", "9999"));
        String fresh = SharedDatabase.newDatabase();

        assertThatThrownBy(() -> BackupFiles.restore(fresh, newer)).hasStackTraceContaining("comes from a newer answerdesk");

        assertThat(SharedDatabase.client(fresh).sql("select count(*) from faq_entry").query(Long.class).single())
                .isZero();
    }

    @Test
    void aDatabaseThatHoldsAnFaqIsNotOverwritten() {
        var own = SharedDatabase.client(ownDatabase);
        long entries = own.sql("select count(*) from faq_entry").query(Long.class).single();
        assertThat(entries).isPositive();

        assertThatThrownBy(() -> BackupFiles.restore(ownDatabase, backup)).hasStackTraceContaining("already holds");

        assertThat(own.sql("select count(*) from faq_entry").query(Long.class).single()).isEqualTo(entries);
    }
}
