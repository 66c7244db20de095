package org.answerdesk.alert;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The alerts waiting for delivery, with the contract of the reply and desk outboxes: stored in the transaction that
 * opens the ticket; a delivery first {@link #claim claims} one, which pushes its next attempt out by a lease, so two
 * workers (or instances) never send it at once and one that dies leaves it to be retried when the lease ends.
 */
@Repository
class AlertOutbox {

    enum Target { WEBHOOK, EMAIL }

    /** An alert claimed for one attempt. */
    record Claimed(long id, UUID alertId, long handoffId, Target target, int attempt) {
    }

    private final JdbcClient jdbc;

    AlertOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One alert per ticket and target; empty when it was stored before. */
    Optional<Long> store(long handoffId, Target target) {
        return jdbc.sql("""
                insert into alert (handoff_id, target) values (:h, :t)
                on conflict (handoff_id, target) do nothing returning id
                """).param("h", handoffId).param("t", target.name()).query(Long.class).optional();
    }

    List<Long> due(int limit) {
        return jdbc.sql("""
                select id from alert where status = 'PENDING' and next_attempt_at <= now() order by id limit :limit
                """).param("limit", limit).query(Long.class).list();
    }

    Optional<Claimed> claim(long id, Duration lease) {
        return jdbc.sql("""
                update alert set next_attempt_at = now() + make_interval(secs => :lease), attempts = attempts + 1
                where id = :id and status = 'PENDING' and next_attempt_at <= now()
                returning id, alert_id, handoff_id, target, attempts
                """)
            .param("lease", (double) lease.toSeconds()).param("id", id)
            .query((rs, n) -> new Claimed(rs.getLong(1), rs.getObject(2, UUID.class), rs.getLong(3),
                    Target.valueOf(rs.getString(4)), rs.getInt(5)))
            .optional();
    }

    void markSent(long id) {
        jdbc.sql("""
                update alert set status = 'SENT', sent_at = now(), next_attempt_at = null, last_error = null
                where id = :id
                """).param("id", id).update();
    }

    void retryLater(long id, Duration delay, String error) {
        jdbc.sql("""
                update alert set next_attempt_at = now() + make_interval(secs => :delay), last_error = :err
                where id = :id and status = 'PENDING'
                """).param("delay", delay.toMillis() / 1000.0).param("err", error).param("id", id).update();
    }

    void markFailed(long id, String error) {
        jdbc.sql("update alert set status = 'FAILED', next_attempt_at = null, last_error = :err where id = :id")
            .param("err", error).param("id", id).update();
    }
}
