package org.answerdesk.backup;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import org.answerdesk.audit.Audit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** {@code GET /api/backup}: the whole database as a backup file (see {@link Backup}). Admin only; audited. */
@RestController
class BackupController {

    private final Backup backup;
    private final Audit audit;

    BackupController(Backup backup, Audit audit) {
        this.backup = backup;
        this.audit = audit;
    }

    @GetMapping("/api/backup")
    ResponseEntity<StreamingResponseBody> backup(HttpServletRequest request) {
        audit.record(request, "BACKUP", "started");
        StreamingResponseBody body = out -> {
            try {
                backup.write(out);
            } catch (SQLException e) {
                throw new IOException("backup failed: " + e.getMessage(), e);
            }
        };
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"answerdesk-" + LocalDate.now() + ".zip\"")
                .body(body);
    }
}
