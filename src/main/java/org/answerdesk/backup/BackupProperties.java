package org.answerdesk.backup;

import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Backups and restoring them ({@code answerdesk.backup.*}, e.g. {@code ANSWERDESK_BACKUP_RESTORE_FROM}).
 *
 * @param restoreFrom a backup file written by {@code GET /api/backup}, loaded at start into a database that holds
 *                    no conversation and no FAQ yet (a fresh {@code ANSWERDESK_DATA_DIR}); the start fails on a
 *                    database that has data, unless it is this very backup restored before
 * @param key         a secret of at least 16 characters, kept apart from the backups: every backup then ends with
 *                    an HMAC-SHA256 of its content under it, and a restore refuses a backup that is unsigned or
 *                    does not match (changed after it was written); unset, backups are not signed and a
 *                    signature is not checked
 */
@ConfigurationProperties("answerdesk.backup")
public record BackupProperties(String restoreFrom, String key) {

    static final int MIN_KEY_LENGTH = 16;

    public BackupProperties {
        key = key == null || key.isBlank() ? null : key.strip();
        if (key != null && key.length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("answerdesk.backup.key (ANSWERDESK_BACKUP_KEY) must be at least "
                    + MIN_KEY_LENGTH + " characters: a short key can be guessed from a backup");
        }
    }

    /** A new signature under the key, or empty when no key is set. */
    Optional<Signature> signature() {
        return Optional.ofNullable(key).map(Signature::with);
    }
}
