package org.answerdesk.audit;

import java.time.Instant;

/** One recorded admin action: who, from where, when, what. */
public record AuditEvent(long id, Instant at, String actor, String address, String action, String detail) {
}
