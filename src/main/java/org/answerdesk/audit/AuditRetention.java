package org.answerdesk.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes audit events older than {@code ANSWERDESK_AUDIT_RETENTION}: the one deletion the table's trigger lets
 * through, because it sets {@code answerdesk.audit_retention} for its own transaction only. Safe on every instance
 * at once (a second instance finds nothing left to delete).
 */
@Component
class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditProperties properties;
    private final Clock clock;

    AuditRetention(JdbcClient jdbc, TransactionTemplate transactions, AuditProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    @Scheduled(initialDelayString = "${answerdesk.audit.sweep:1h}", fixedDelayString = "${answerdesk.audit.sweep:1h}")
    void sweep() {
        if (properties.retention() != null) {
            int deleted = deleteBefore(clock.instant().minus(properties.retention()));
            if (deleted > 0) {
                log.info("Deleted {} audit events older than {}", deleted, properties.retention());
            }
        }
    }

    /** Deletes the events recorded before {@code cutoff}; returns how many. */
    int deleteBefore(Instant cutoff) {
        Integer deleted = transactions.execute(status -> {
            jdbc.sql("select set_config('answerdesk.audit_retention', 'on', true)").query().singleValue();
            return jdbc.sql("delete from audit_event where at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff)).update();
        });
        return deleted == null ? 0 : deleted;
    }
}
