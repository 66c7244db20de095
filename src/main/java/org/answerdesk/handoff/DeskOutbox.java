package org.answerdesk.handoff;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Posts to the agents' desk waiting for delivery, with the contract of the reply outbox: a post is stored in the
 * transaction that causes it and {@link DeskPostStored} goes out after that commits; a delivery first
 * {@link #claim claims} it, which pushes its next attempt out by a lease, so two workers never send the same post
 * and one that dies leaves it to be retried when the lease ends. The posts of one handoff go out in order: a post
 * is not due while an earlier one of its handoff is pending, so nothing is appended before the summary opened the
 * thread.
 */
@Component
public class DeskOutbox {

    private static final String IN_ORDER = """
            not exists (select 1 from desk_post e
                        where e.handoff_id = p.handoff_id and e.id < p.id and e.status = 'PENDING')
            """;
    /** The first key of the per-conversation desk locks (two-key advisory locks; pick evidence uses 7325). */
    private static final int CONVERSATION_LOCKS = 7326;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    DeskOutbox(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Holds, until the caller's transaction ends, the one lock per conversation that a desk takes both when a handoff
     * opens and when a customer's file is kept. Each side reads the other's rows after taking it, so a file kept at the
     * instant the handoff opens is seen by whichever transaction comes second and posted once, never by neither.
     */
    public void lockConversation(long conversationId) {
        jdbc.sql("select pg_advisory_xact_lock(:k, cast(:c % 2147483648 as integer))").param("k", CONVERSATION_LOCKS)
                .param("c", conversationId).query((rs, n) -> 0).list();
    }

    /** The summary that opens the handoff's thread; once per handoff. */
    public void summary(long handoffId) {
        stored(jdbc.sql("""
                insert into desk_post (handoff_id, kind) values (:h, 'SUMMARY')
                on conflict (handoff_id) where kind = 'SUMMARY' do nothing returning id
                """).param("h", handoffId).query(Long.class).optional());
    }

    /** A customer message appended to the handoff's thread; once per message. */
    public void customerMessage(long handoffId, long messageId, String text) {
        stored(jdbc.sql("""
                insert into desk_post (handoff_id, kind, message_id, text) values (:h, 'CUSTOMER', :m, :t)
                on conflict (message_id) where message_id is not null do nothing returning id
                """).param("h", handoffId).param("m", messageId).param("t", text).query(Long.class).optional());
    }

    /** A customer's file for the handoff's thread; once per handoff and file. */
    public void file(long handoffId, long attachmentId) {
        stored(jdbc.sql("""
                insert into desk_post (handoff_id, kind, attachment_id) values (:h, 'FILE', :a)
                on conflict (handoff_id, attachment_id) where attachment_id is not null do nothing returning id
                """).param("h", handoffId).param("a", attachmentId).query(Long.class).optional());
    }

    /** The desk's own text in the handoff's thread, after everything posted there before. */
    public void notice(long handoffId, String text) {
        stored(Optional.of(jdbc.sql("insert into desk_post (handoff_id, kind, text) values (:h, 'NOTICE', :t) returning id")
                .param("h", handoffId).param("t", text).query(Long.class).single()));
    }

    /** The desk's own text in the thread {@code threadRef} (e.g. Slack channel:ts). */
    public void noticeIn(String threadRef, String text) {
        stored(Optional.of(jdbc.sql("insert into desk_post (kind, text, thread_ref) values ('NOTICE', :t, :r) returning id")
                .param("t", text).param("r", threadRef).query(Long.class).single()));
    }

    /** Posts whose next attempt is due and whose earlier posts went out, oldest first. */
    public List<Long> due(int limit) {
        return jdbc.sql("select p.id from desk_post p where p.status = 'PENDING' and p.next_attempt_at <= now() and "
                        + IN_ORDER + " order by p.id limit :limit")
            .param("limit", limit).query(Long.class).list();
    }

    /** Takes the post for one delivery attempt; empty if it is not due, waits for an earlier one, or is taken. */
    public Optional<DeskPost> claim(long postId, Duration lease) {
        int claimed = jdbc.sql("""
                update desk_post p set next_attempt_at = now() + make_interval(secs => :lease), attempts = attempts + 1
                where p.id = :id and p.status = 'PENDING' and p.next_attempt_at <= now() and
                """ + IN_ORDER)
            .param("lease", (double) lease.toSeconds()).param("id", postId).update();
        return claimed == 0 ? Optional.empty() : Optional.of(load(postId));
    }

    /** The post went out as {@code deskRef}; a summary's becomes its handoff's thread, in the same statement. */
    public void markSent(long postId, String deskRef) {
        jdbc.sql("""
                with sent as (
                    update desk_post set status = 'SENT', desk_ref = :ref, next_attempt_at = null, last_error = null
                    where id = :id returning handoff_id, kind)
                update handoff h set desk_ref = :ref from sent
                where h.id = sent.handoff_id and sent.kind = 'SUMMARY'
                """)
            .param("ref", deskRef).param("id", postId).update();
    }

    public void retryLater(long postId, Duration delay, String error) {
        jdbc.sql("""
                update desk_post set next_attempt_at = now() + make_interval(secs => :delay), last_error = :err
                where id = :id and status = 'PENDING'
                """)
            .param("delay", delay.toMillis() / 1000.0).param("err", error).param("id", postId).update();
    }

    /** Gives up on the post (refused for good, or too many attempts); later posts of its handoff are due then. */
    public void markFailed(long postId, String error) {
        jdbc.sql("update desk_post set status = 'FAILED', next_attempt_at = null, last_error = :err where id = :id")
            .param("err", error).param("id", postId).update();
    }

    private void stored(Optional<Long> id) {
        id.ifPresent(postId -> {
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        events.publishEvent(new DeskPostStored(postId));
                    }
                });
            } else {
                events.publishEvent(new DeskPostStored(postId));
            }
        });
    }

    private DeskPost load(long id) {
        return jdbc.sql("""
                select p.id, p.handoff_id, p.kind, p.text,
                       coalesce(p.thread_ref, case when p.kind <> 'SUMMARY' then h.desk_ref end),
                       (select min(c.message_id) from desk_post c where c.handoff_id = p.handoff_id and c.kind = 'CUSTOMER'),
                       p.attempts, p.attachment_id
                from desk_post p left join handoff h on h.id = p.handoff_id
                where p.id = :id
                """)
            .param("id", id)
            .query((rs, n) -> new DeskPost(rs.getLong(1), rs.getObject(2, Long.class),
                    DeskPost.Kind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                    rs.getObject(6, Long.class), rs.getInt(7), rs.getObject(8, Long.class)))
            .single();
    }
}
