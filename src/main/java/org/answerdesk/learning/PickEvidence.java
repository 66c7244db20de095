package org.answerdesk.learning;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.answerdesk.conversation.ChoicePicked;
import org.answerdesk.dialogue.HandoffReasons;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored picks ({@code faq_pick}) and learned pairs ({@code faq_learned}). */
@Repository
class PickEvidence {

    /** A stored pick; {@code vector} is the configured model's, or null when it was made by another model. */
    record Pick(long id, long entryId, String question, String normalized, float[] vector, long conversationId,
                String customer, long offerReplyId, Instant at, String outcome) {
    }

    /** A learned, pending or refused pair. */
    record Learned(long id, long entryId, String question, String normalized, float[] vector, Long phrasingId,
                   String status) {
    }

    private final JdbcClient jdbc;

    PickEvidence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One evaluation of an entry's picks at a time, across instances (until the transaction ends). */
    void lock(long entryId) {
        jdbc.sql("select pg_advisory_xact_lock(7325, cast(:e as integer))").param("e", entryId)
            .query((rs, n) -> 1).list();
    }

    /** Stores the pick; empty when that offer's pick was stored before (a replayed event). */
    Optional<Long> record(ChoicePicked e, String question, String normalized, float[] vector, String model) {
        return jdbc.sql("""
                insert into faq_pick (entry_id, question, normalized, embedding, embedding_model, conversation_id,
                                      participant_id, offer_reply_id)
                select :e, :q, :n, :v, :m, :c,
                       (select id from participant where channel = :ch and external_user_id = :u), :o
                where exists (select 1 from faq_entry where id = :e)
                on conflict (offer_reply_id) do nothing returning id
                """)
            .param("e", e.entryId()).param("q", question).param("n", normalized).param("v", bytes(vector))
            .param("m", model).param("c", e.conversationId()).param("ch", e.from().channel().name())
            .param("u", e.from().externalUserId()).param("o", e.offerReplyId())
            .query(Long.class).optional();
    }

    List<Pick> picks(long entryId, String model) {
        return jdbc.sql("""
                select id, entry_id, question, normalized, case when embedding_model = :m then embedding end,
                       conversation_id, coalesce('p' || participant_id, 'c' || conversation_id), offer_reply_id,
                       created_at, outcome
                from faq_pick where entry_id = :e order by id
                """)
            .param("e", entryId).param("m", model)
            .query((rs, n) -> new Pick(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                    floats(rs.getBytes(5)), rs.getLong(6), rs.getString(7), rs.getLong(8),
                    rs.getTimestamp(9).toInstant(), rs.getString(10)))
            .list();
    }

    List<Learned> learned(long entryId, String model) {
        return jdbc.sql("""
                select id, entry_id, question, normalized, case when embedding_model = :m then embedding end,
                       phrasing_id, status
                from faq_learned where entry_id = :e order by id
                """)
            .param("e", entryId).param("m", model)
            .query((rs, n) -> learned(rs)).list();
    }

    Optional<Learned> learned(long id) {
        return jdbc.sql("""
                select id, entry_id, question, normalized, null, phrasing_id, status from faq_learned where id = :id
                """)
            .param("id", id).query((rs, n) -> learned(rs)).optional();
    }

    private static Learned learned(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Learned(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), floats(rs.getBytes(5)),
                (Long) rs.getObject(6, Long.class), rs.getString(7));
    }

    /**
     * Whether the customer disowned the pick afterwards: a thumbs-down on an FAQ answer of that entry in its
     * conversation, or a request for a person there, after the choices were offered.
     */
    boolean disowned(Pick p) {
        return jdbc.sql("""
                select exists (select 1 from message m join feedback f on f.message_id = m.id and f.vote < 0
                               where m.conversation_id = :c and m.id > :o and m.source = 'FAQ' and m.faq_entry_id = :e)
                    or exists (select 1 from message m where m.conversation_id = :c and m.id > :o
                               and m.direction = 'IN' and m.intent = 'HUMAN')
                    or exists (select 1 from handoff h where h.conversation_id = :c and h.opened_at >= :at
                               and h.reason = :asked)
                """)
            .param("c", p.conversationId()).param("o", p.offerReplyId()).param("e", p.entryId())
            .param("at", java.sql.Timestamp.from(p.at())).param("asked", HandoffReasons.CUSTOMER_ASKED)
            .query(Boolean.class).single();
    }

    /** A pick to decide again: its id and entry. */
    record PickRef(long id, long entryId) {
    }

    /** The picks of a conversation not disowned yet. */
    List<PickRef> undisownedPicks(long conversationId) {
        return jdbc.sql("select id, entry_id from faq_pick where conversation_id = :c and outcome <> 'NEGATIVE'")
            .param("c", conversationId).query((rs, n) -> new PickRef(rs.getLong(1), rs.getLong(2))).list();
    }

    /** The conversation of a stored message, if it is still there. */
    Optional<Long> conversationOf(long messageId) {
        return jdbc.sql("select conversation_id from message where id = :m").param("m", messageId)
            .query(Long.class).optional();
    }

    void markNegative(long pickId) {
        jdbc.sql("update faq_pick set outcome = 'NEGATIVE' where id = :id").param("id", pickId).update();
    }

    void markUsed(List<Long> pickIds, long learnedId) {
        jdbc.sql("update faq_pick set outcome = 'USED', learned_id = :l where id = any(:ids)")
            .param("l", learnedId).param("ids", pickIds.toArray(Long[]::new)).update();
    }

    /**
     * Pairs learned or put up for review in the last 24 hours: all of them, or (with {@code customer}) those that
     * evidence of that customer helped decide.
     */
    long decidedInLastDay(String customer) {
        return jdbc.sql("""
                select count(distinct l.id) from faq_learned l
                where l.created_at > now() - interval '1 day' and (cast(:u as text) is null or exists (
                    select 1 from faq_pick p where p.learned_id = l.id
                      and coalesce('p' || p.participant_id, 'c' || p.conversation_id) = :u))
                """).param("u", customer).query(Long.class).single();
    }

    long insertLearned(long entryId, Pick from, float[] vector, String model, Long phrasingId, String status) {
        return jdbc.sql("""
                insert into faq_learned (entry_id, question, normalized, embedding, embedding_model, phrasing_id,
                                         status, decided_at)
                values (:e, :q, :n, :v, :m, :p, :s, case when :s = 'LEARNED' then now() end) returning id
                """)
            .param("e", entryId).param("q", from.question()).param("n", from.normalized()).param("v", bytes(vector))
            .param("m", model).param("p", phrasingId).param("s", status)
            .query(Long.class).single();
    }

    /** Moves a pair from one status to another; false when it was not in {@code from} (e.g. decided meanwhile). */
    boolean decide(long learnedId, String from, String to, Long phrasingId) {
        return jdbc.sql("""
                update faq_learned set status = :to, phrasing_id = :p, decided_at = now()
                where id = :id and status = :from
                """)
            .param("id", learnedId).param("from", from).param("to", to).param("p", phrasingId).update() > 0;
    }

    static byte[] bytes(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float x : v) {
            b.putFloat(x);
        }
        return b.array();
    }

    static float[] floats(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] v = new float[bytes.length / Float.BYTES];
        for (int i = 0; i < v.length; i++) {
            v[i] = b.getFloat();
        }
        return v;
    }
}
