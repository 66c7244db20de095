/**
 * Backups of the database without pg_dump (the embedded PostgreSQL ships none): {@code GET /api/backup} writes a
 * consistent copy of every table, {@code ANSWERDESK_BACKUP_RESTORE_FROM} loads one into a fresh database at start.
 */
@ApplicationModule(displayName = "Backups", allowedDependencies = {"audit"})
package org.answerdesk.backup;

import org.springframework.modulith.ApplicationModule;
