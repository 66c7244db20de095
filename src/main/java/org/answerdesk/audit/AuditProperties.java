package org.answerdesk.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit trail ({@code answerdesk.audit.*}, e.g. {@code ANSWERDESK_AUDIT_RETENTION}).
 *
 * @param retention how long audit events are kept (e.g. {@code 730d}); unset keeps them for ever. Deleting old
 *                  events is the only change the trail allows
 * @param sweep     how often events past the retention are looked for
 */
@ConfigurationProperties("answerdesk.audit")
public record AuditProperties(
        Duration retention,
        @DefaultValue("1h") Duration sweep) {
}
