package org.answerdesk.conversation.work;

import org.answerdesk.conversation.Channel;
import org.answerdesk.dialogue.Act;
import org.answerdesk.dialogue.Outcome;
import org.answerdesk.dialogue.Transition;
import org.answerdesk.dialogue.Intent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The right to answer an inbound message, in PostgreSQL: a claim with a lease, so that each message is answered
 * once whichever worker or instance takes it, and one whose worker died is taken over once the lease ran out.
 */
@Repository
public class InboundClaims {

    private final JdbcClient jdbc;

    InboundClaims(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the right to answer an inbound message: succeeds once, and again only after the lease ran out (the
     * worker that had it died). Already answered messages cannot be claimed. Each claim counts an attempt.
     */
    public Optional<ClaimedInbound> claimInbound(long messageId, Duration lease) {
        return jdbc.sql("""
                update message set claimed_at = now(), claim = :claim, answer_attempts = answer_attempts + 1
                where id = :id and direction = 'IN' and handled_at is null
                  and (claimed_at is null or claimed_at < now() - make_interval(secs => :lease))
                returning id, conversation_id, text, intent, claim, answer_attempts
                """)
            .param("id", messageId).param("lease", seconds(lease)).param("claim", UUID.randomUUID())
            .query(InboundClaims::claimed)
            .optional();
    }

    /**
     * Claims the oldest due message no other worker holds (its lease, if any, ran out), on any instance sharing
     * the database: rows being claimed by another transaction right now are skipped, not waited for.
     */
    Optional<ClaimedInbound> claimNext(Duration lease) {
        return jdbc.sql("""
                update message set claimed_at = now(), claim = :claim, answer_attempts = answer_attempts + 1
                where id = (select id from message
                            where direction = 'IN' and handled_at is null
                              and (claimed_at is null or claimed_at < now() - make_interval(secs => :lease))
                            order by id limit 1
                            for update skip locked)
                returning id, conversation_id, text, intent, claim, answer_attempts
                """)
            .param("lease", seconds(lease)).param("claim", UUID.randomUUID())
            .query(InboundClaims::claimed)
            .optional();
    }

    /**
     * Keeps the claim on a message for {@code wait} more (at most the lease) instead of the rest of its lease: then it
     * is due again, for a worker on any instance, as if the lease ran out. False when the claim was taken over.
     * {@code notAnAttempt}: the claim did not try to answer (it found the transcriber full) and is not counted.
     */
    boolean retryAfter(ClaimedInbound inbound, Duration wait, Duration lease, boolean notAnAttempt) {
        double seconds = seconds(wait.compareTo(lease) < 0 ? wait : lease);
        return jdbc.sql("""
                update message set claimed_at = now() - make_interval(secs => :lease) + make_interval(secs => :wait),
                    answer_attempts = answer_attempts - :uncount
                where id = :id and claim = :claim and handled_at is null""")
            .param("lease", seconds(lease)).param("wait", seconds).param("id", inbound.id())
            .param("uncount", notAnAttempt ? 1 : 0).param("claim", inbound.claim()).update() == 1;
    }

    /** Gives claims back (a worker stopping before it answered), so another worker may take them at once. */
    public void release(List<UUID> claims) {
        if (!claims.isEmpty()) {
            jdbc.sql("update message set claimed_at = null, claim = null where claim in (:claims) and handled_at is null")
                .param("claims", claims).update();
        }
    }

    /**
     * Hands a message the caller stored claimed ({@code Intake#store} with a claim) to the workers: due at once, and
     * its storing not counted as an attempt to answer it. False when the claim was taken over or it was answered.
     */
    public boolean handOver(ClaimedInbound inbound) {
        return jdbc.sql("""
                update message set claimed_at = null, claim = null, answer_attempts = greatest(answer_attempts - 1, 0)
                where id = :id and claim = :claim and handled_at is null""")
            .param("id", inbound.id()).param("claim", inbound.claim()).update() == 1;
    }

    /** Messages of the channel stored and not answered yet (due or being answered). */
    public long unanswered(Channel channel) {
        return jdbc.sql("select count(*) from message where direction = 'IN' and handled_at is null and channel = :c")
            .param("c", channel.name()).query(Long.class).single();
    }

    /** Marks a claimed message answered; false when the claim was taken over meanwhile (its lease ran out). */
    public boolean markHandled(ClaimedInbound inbound) {
        return markHandled(inbound, null, null);
    }

    /**
     * As {@link #markHandled(ClaimedInbound)}, recording in the same statement what the message did as an act
     * (null: none) and what became of it ({@link Transition#outcome}; null: no decision).
     */
    public boolean markHandled(ClaimedInbound inbound, Act act, Outcome outcome) {
        return jdbc.sql("""
                update message set handled_at = now(), act = :act, outcome = :outcome
                where id = :id and claim = :claim and handled_at is null
                """)
            .param("act", act == null ? null : act.name()).param("outcome", outcome == null ? null : outcome.name())
            .param("id", inbound.id()).param("claim", inbound.claim())
            .update() == 1;
    }

    /** Marks a claimed message handled without an answer and with no decision; false when the claim was taken over. */
    public boolean markSkipped(ClaimedInbound inbound, String reason) {
        return markSkipped(inbound, reason, null);
    }

    /** As {@link #markSkipped(ClaimedInbound, String)}, recording what the decision made of it ({@code outcome}). */
    public boolean markSkipped(ClaimedInbound inbound, String reason, Outcome outcome) {
        return jdbc.sql("""
                update message set handled_at = now(), skip_reason = :r, outcome = :outcome
                where id = :id and claim = :claim and handled_at is null
                """)
            .param("r", reason).param("outcome", outcome == null ? null : outcome.name()).param("id", inbound.id())
            .param("claim", inbound.claim()).update() == 1;
    }

    private static ClaimedInbound claimed(ResultSet rs, int row) throws SQLException {
        return new ClaimedInbound(rs.getLong(1), rs.getLong(2), rs.getString(3), Intent.valueOf(rs.getString(4)),
                rs.getObject(5, UUID.class), rs.getInt(6));
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
