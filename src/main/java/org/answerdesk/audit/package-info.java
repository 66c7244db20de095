/**
 * The append-only audit trail of admin actions: {@link org.answerdesk.audit.Audit#record} for the modules that act,
 * {@code GET /api/audit} to read it, and its own retention.
 */
@ApplicationModule(displayName = "Audit trail", allowedDependencies = {})
package org.answerdesk.audit;

import org.springframework.modulith.ApplicationModule;
