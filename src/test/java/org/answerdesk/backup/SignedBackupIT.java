package org.answerdesk.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.answerdesk.AnswerdeskApplication;
import org.answerdesk.SharedDatabase;
import org.answerdesk.SideLane;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * With ANSWERDESK_BACKUP_KEY set, a backup carries an HMAC of its content: restored with the same key it loads; a
 * row changed after it was written, or the signature removed, is refused at start and nothing is loaded.
 */
@SideLane
class SignedBackupIT {

    private static final String KEY = "--answerdesk.backup.key=backup-signing-key-0123456789";

    @Test
    void onlyTheUnchangedSignedBackupIsRestored() throws Exception {
        Path backup = Files.createTempDirectory(Path.of("target"), "signed-backup-").resolve("signed.zip");
        String source = SharedDatabase.newDatabase();
        try (var app = new SpringApplicationBuilder(AnswerdeskApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + source, KEY)) {
            BackupFiles.download(((WebServerApplicationContext) app).getWebServer().getPort(), backup);
        }
        Path changed = BackupFiles.altered(backup, "changed.zip", (manifest, entries) -> {
            String rows = entries.get("faq_entry.copy");
            entries.put("faq_entry.copy", rows.replaceFirst(" the ", " teh "));
            assertThat(entries.get("faq_entry.copy")).as("one answer changed").isNotEqualTo(rows);
        });
        Path unsigned = BackupFiles.altered(backup, "unsigned.zip",
                (manifest, entries) -> assertThat(entries.remove(Signature.ENTRY)).isNotBlank());
        String fresh = SharedDatabase.newDatabase();
        var restored = SharedDatabase.client(fresh);

        assertThatThrownBy(() -> BackupFiles.restore(fresh, changed, KEY))
                .hasStackTraceContaining("does not match its signature");
        assertThat(restored.sql("select count(*) from faq_entry").query(Long.class).single()).isZero();
        assertThatThrownBy(() -> BackupFiles.restore(fresh, unsigned, KEY)).hasStackTraceContaining("is not signed");
        assertThat(restored.sql("select count(*) from faq_entry").query(Long.class).single()).isZero();

        BackupFiles.restore(fresh, backup, KEY);
        assertThat(restored.sql("select count(*) from faq_entry").query(Long.class).single())
                .isEqualTo(SharedDatabase.client(source).sql("select count(*) from faq_entry").query(Long.class).single())
                .isPositive();
    }
}
