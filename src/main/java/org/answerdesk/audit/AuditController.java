package org.answerdesk.audit;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/audit}: the audit trail, newest first, paged by {@code before} (an id). Admin only. */
@RestController
class AuditController {

    private static final int MAX_LIMIT = 500;

    private final Audit audit;

    AuditController(Audit audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit")
    Map<String, List<AuditEvent>> list(@RequestParam(required = false) Long before,
                                       @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        return Map.of("events", audit.latest(before, limit));
    }
}
