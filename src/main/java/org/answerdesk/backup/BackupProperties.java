package org.answerdesk.backup;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Restoring a backup ({@code answerdesk.backup.*}, e.g. {@code ANSWERDESK_BACKUP_RESTORE_FROM}).
 *
 * @param restoreFrom a backup file written by {@code GET /api/backup}, loaded at start into a database that holds
 *                    no conversation and no FAQ yet (a fresh {@code ANSWERDESK_DATA_DIR}); the start fails on a
 *                    database that has data, unless it is this very backup restored before
 */
@ConfigurationProperties("answerdesk.backup")
public record BackupProperties(String restoreFrom) {
}
