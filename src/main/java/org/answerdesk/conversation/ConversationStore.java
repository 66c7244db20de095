package org.answerdesk.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.answerdesk.llm.LlmQuestion;
import org.answerdesk.redaction.RedactionProperties;
import org.answerdesk.redaction.Redactor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Conversations, participants, messages and the inbox, in PostgreSQL. */
@Repository
class ConversationStore {

    /**
     * @param humanOfferedRecently the bot offered a person in the last hour (a "yes" now accepts)
     * @param personJoined         a person has written in the conversation since it was handed over (the bot stays
     *                             quiet); false while it waits for one, and while the bot has it
     */
    record ConversationRow(long id, ConversationKey key, ConversationStatus status, boolean humanOfferedRecently,
                           boolean personJoined) {
    }

    /**
     * An inbound message some worker may answer now; {@code claim} proves it is this worker's turn, and
     * {@code attempts} counts the claims taken on it so far, this one included.
     */
    record ClaimedInbound(long id, long conversationId, String text, Intent intent, UUID claim, int attempts) {
    }

    private final JdbcClient jdbc;
    /** Masks customers' text before it is stored (ANSWERDESK_REDACTION_STORED_TEXT); null keeps it as written. */
    private final Redactor stored;

    ConversationStore(JdbcClient jdbc, RedactionProperties redaction) {
        this.jdbc = jdbc;
        this.stored = redaction.storedText() ? redaction.redactor() : null;
    }

    private String storable(String text) {
        return stored == null ? text : stored.mask(text);
    }

    /** Records the delivery id; false when it was recorded before (a redelivery). */
    boolean claimEvent(Channel channel, String eventId) {
        return jdbc.sql("insert into inbox (channel, event_id) values (:c, :e) on conflict do nothing")
            .param("c", channel.name()).param("e", eventId).update() == 1;
    }

    Optional<Long> eventMessage(Channel channel, String eventId) {
        return jdbc.sql("select message_id from inbox where channel = :c and event_id = :e")
            .param("c", channel.name()).param("e", eventId)
            .query((rs, n) -> (Long) rs.getObject(1, Long.class)).optional().filter(id -> id != null);
    }

    long upsertParticipant(Participant p) {
        return jdbc.sql("""
                insert into participant (channel, external_user_id, display_name, address) values (:c, :u, :n, :a)
                on conflict (channel, external_user_id) do update
                set display_name = coalesce(excluded.display_name, participant.display_name),
                    address = coalesce(excluded.address, participant.address)
                returning id
                """)
            .param("c", p.channel().name()).param("u", p.externalUserId())
            .param("n", p.displayName()).param("a", p.address())
            .query(Long.class).single();
    }

    Optional<Long> findLive(ConversationKey key) {
        return jdbc.sql("select id from conversation where channel = :c and external_key = :k and status <> 'CLOSED'")
            .param("c", key.channel().name()).param("k", key.externalId())
            .query(Long.class).optional();
    }

    List<Long> waitingForPerson() {
        return jdbc.sql("select id from conversation where status = 'NEEDS_HUMAN' order by id").query(Long.class).list();
    }

    boolean waitingForPerson(ConversationKey key) {
        return jdbc.sql("""
                select exists (select 1 from conversation
                               where channel = :c and external_key = :k and status = 'NEEDS_HUMAN')""")
            .param("c", key.channel().name()).param("k", key.externalId()).query(Boolean.class).single();
    }

    ConversationRow conversation(long id) {
        return jdbc.sql("""
                select id, channel, external_key, status, coalesce(human_offered_at > now() - interval '1 hour', false),
                       person_joined_at is not null
                from conversation where id = :id
                """)
            .param("id", id)
            .query((rs, n) -> new ConversationRow(rs.getLong(1),
                    new ConversationKey(Channel.valueOf(rs.getString(2)), rs.getString(3)),
                    ConversationStatus.valueOf(rs.getString(4)), rs.getBoolean(5), rs.getBoolean(6)))
            .single();
    }

    /** Records that a person wrote in a conversation that waits for one: from now on the bot stays quiet there. */
    void markPersonJoined(long conversationId) {
        jdbc.sql("""
                update conversation set person_joined_at = now()
                where id = :id and status = 'NEEDS_HUMAN' and person_joined_at is null
                """)
            .param("id", conversationId).update();
    }

    /**
     * Moves a live conversation between BOT and NEEDS_HUMAN; a closed one (the customer started over) stays closed.
     * Given back to the bot, the conversation forgets the person who joined it: a later handoff waits afresh.
     */
    void setStatus(long conversationId, ConversationStatus status) {
        jdbc.sql("""
                update conversation set status = :s, updated_at = now(),
                    person_joined_at = case when :s = 'BOT' then null else person_joined_at end
                where id = :id and status <> 'CLOSED'
                """)
            .param("s", status.name()).param("id", conversationId).update();
    }

    int closeLive(ConversationKey key) {
        return jdbc.sql("""
                update conversation set status = 'CLOSED', closed_at = now(), updated_at = now()
                where channel = :c and external_key = :k and status <> 'CLOSED'
                """)
            .param("c", key.channel().name()).param("k", key.externalId()).update();
    }

    /**
     * What storing an inbound message gave: {@code duplicate} when its event id was recorded before (then
     * {@code messageId} is the message that delivery brought, or null, and nothing was stored); else the new
     * message, its conversation as it stood, and the id of the prepared answer if it was stored with it.
     */
    record StoredInbound(boolean duplicate, Long messageId, ConversationRow conversation, Long replyId) {

        /** A redelivery: {@code messageId} is what the first delivery stored (null when it stored none). */
        static StoredInbound duplicateOf(Long messageId) {
            return new StoredInbound(true, messageId, null, null);
        }

        /** A new message in {@code conversation}; {@code replyId} the prepared answer stored with it, or null. */
        static StoredInbound stored(long messageId, ConversationRow conversation, Long replyId) {
            return new StoredInbound(false, messageId, conversation, replyId);
        }
    }

    /**
     * Stores an inbound message in one round trip and, outside a transaction, one commit (the database function
     * {@code store_inbound}): records its event id in the inbox unless it was recorded before, stores the
     * participant, finds or opens the key's live conversation, and stores the message linked from the inbox.
     * Unless {@code skipReason} is set or the prepared answer is stored with it, the message is due: a worker
     * claims and answers it.
     *
     * @param skipReason null to answer the message; otherwise it is stored handled, with this reason
     * @param claim      null to leave the message to the workers; otherwise the caller holds the claim (its lease
     *                   starts now) and answers it itself
     * @param prepared   an answer worked out before (null for none): stored delivered, with the message handled,
     *                   when the conversation is the bot's and the message does not accept a person the bot offered
     */
    StoredInbound storeInbound(InboundMessage m, String skipReason, UUID claim, Answerer.Prepared prepared) {
        try {
            return storeInboundOnce(m, skipReason, claim, prepared);
        } catch (DataIntegrityViolationException e) {
            // The key's conversation was deleted (privacy: retention or erasure) after store_inbound found it and
            // before the message went in. The call was its own transaction and was rolled back whole (the delivery
            // id too), so once more opens a new conversation.
            if (TransactionSynchronizationManager.isActualTransactionActive()
                    || !String.valueOf(e.getMessage()).contains("message_conversation_id_fkey")) {
                throw e;
            }
            return storeInboundOnce(m, skipReason, claim, prepared);
        }
    }

    private StoredInbound storeInboundOnce(InboundMessage m, String skipReason, UUID claim,
                                           Answerer.Prepared prepared) {
        Answer a = prepared == null ? null : prepared.answer();
        Participant p = m.from();
        return jdbc.sql("""
                select * from store_inbound(:ch, :e, :k, :pc, :u, :n, :a, :t, :ext, :raw, :intent, :skip,
                    cast(:claim as uuid), :acceptsOffer, :rt, :rsrc, cast(:rfaq as bigint), cast(:rscore as real), :rsug,
                    :rmodel, cast(:rtin as integer), cast(:rtout as integer), cast(:rlat as integer))
                """)
            .param("ch", m.channel().name()).param("e", m.eventId()).param("k", m.key().externalId())
            .param("pc", p.channel().name()).param("u", p.externalUserId()).param("n", p.displayName())
            .param("a", p.address()).param("t", storable(m.text().strip()))
            .param("ext", m.ref() == null ? null : m.ref().externalMessageId()).param("raw", storable(m.raw()))
            .param("intent", m.intent().name()).param("skip", skipReason).param("claim", claim)
            .param("acceptsOffer", prepared != null && HumanRequest.acceptsOffer(prepared.text()))
            .param("rt", a == null ? null : a.text()).param("rsrc", a == null ? null : a.source().name())
            .param("rfaq", a == null ? null : a.faqEntryId()).param("rscore", a == null ? null : (float) a.confidence())
            .param("rsug", a == null ? null : SuggestionCodec.encode(a.suggestions()))
            .param("rmodel", a == null ? null : a.model()).param("rtin", a == null ? null : a.tokensIn())
            .param("rtout", a == null ? null : a.tokensOut()).param("rlat", prepared == null ? null : prepared.latencyMs())
            .query((rs, n) -> "DUPLICATE".equals(rs.getString("outcome"))
                    ? StoredInbound.duplicateOf(rs.getObject("message_id", Long.class))
                    : StoredInbound.stored(rs.getLong("message_id"), new ConversationRow(rs.getLong("conversation_id"),
                            m.key(), ConversationStatus.valueOf(rs.getString("conversation_status")),
                            // whether a person joined is not known here; the answer reads the conversation again
                            rs.getBoolean("human_offered_recently"), false), rs.getObject("reply_id", Long.class)))
            .single();
    }

    long answerableInboundSince(Participant participant, Duration window) {
        return jdbc.sql("""
                select count(*) from message m join participant p on p.id = m.participant_id
                where p.channel = :c and p.external_user_id = :u and m.direction = 'IN' and m.skip_reason is null
                  and m.created_at > now() - make_interval(secs => :window)
                """)
            .param("c", participant.channel().name()).param("u", participant.externalUserId())
            .param("window", (double) window.toSeconds())
            .query(Long.class).single();
    }

    long answerableInboundTo(Channel channel, String address, Duration window) {
        return jdbc.sql("""
                select count(*) from message m join participant p on p.id = m.participant_id
                where p.channel = :c and lower(p.address) = lower(:a) and m.direction = 'IN' and m.skip_reason is null
                  and m.created_at > now() - make_interval(secs => :window)
                """)
            .param("c", channel.name()).param("a", address).param("window", (double) window.toSeconds())
            .query(Long.class).single();
    }

    boolean hasWrittenBefore(Channel channel, String userId) {
        return jdbc.sql("""
                select exists (select 1 from message m join participant p on p.id = m.participant_id
                where p.channel = :c and p.external_user_id = :u and m.direction = 'IN' and m.skip_reason is null)
                """)
            .param("c", channel.name()).param("u", userId).query(Boolean.class).single();
    }

    /** Messages taken for answering whose answer went to an address that had not written itself before them. */
    long answerableInboundToNewcomersSince(Channel channel, Duration window) {
        return jdbc.sql("""
                select count(*) from message m join participant p on p.id = m.participant_id
                where p.channel = :c and m.direction = 'IN' and m.skip_reason is null
                  and m.created_at > now() - make_interval(secs => :window)
                  and not exists (select 1 from message e join participant q on q.id = e.participant_id
                      where q.channel = p.channel and q.external_user_id = lower(p.address) and e.direction = 'IN'
                        and e.skip_reason is null and e.created_at < m.created_at)
                """)
            .param("c", channel.name()).param("window", (double) window.toSeconds())
            .query(Long.class).single();
    }

    /**
     * Takes the right to answer an inbound message: succeeds once, and again only after the lease ran out (the
     * worker that had it died). Already answered messages cannot be claimed. Each claim counts an attempt.
     */
    Optional<ClaimedInbound> claimInbound(long messageId, Duration lease) {
        return jdbc.sql("""
                update message set claimed_at = now(), claim = :claim, answer_attempts = answer_attempts + 1
                where id = :id and direction = 'IN' and handled_at is null
                  and (claimed_at is null or claimed_at < now() - make_interval(secs => :lease))
                returning id, conversation_id, text, intent, claim, answer_attempts
                """)
            .param("id", messageId).param("lease", seconds(lease)).param("claim", UUID.randomUUID())
            .query(ConversationStore::claimed)
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
            .query(ConversationStore::claimed)
            .optional();
    }

    /** Gives claims back (a worker stopping before it answered), so another worker may take them at once. */
    void release(List<UUID> claims) {
        if (!claims.isEmpty()) {
            jdbc.sql("update message set claimed_at = null, claim = null where claim in (:claims) and handled_at is null")
                .param("claims", claims).update();
        }
    }

    /** Messages of the channel stored and not answered yet (due or being answered). */
    long unanswered(Channel channel) {
        return jdbc.sql("select count(*) from message where direction = 'IN' and handled_at is null and channel = :c")
            .param("c", channel.name()).query(Long.class).single();
    }

    /** Marks a claimed message answered; false when the claim was taken over meanwhile (its lease ran out). */
    boolean markHandled(ClaimedInbound inbound) {
        return jdbc.sql("update message set handled_at = now() where id = :id and claim = :claim and handled_at is null")
            .param("id", inbound.id()).param("claim", inbound.claim()).update() == 1;
    }

    private static ClaimedInbound claimed(ResultSet rs, int row) throws SQLException {
        return new ClaimedInbound(rs.getLong(1), rs.getLong(2), rs.getString(3), Intent.valueOf(rs.getString(4)),
                rs.getObject(5, UUID.class), rs.getInt(6));
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }

    /** Records the offer of a person; false if one was offered in this conversation before. */
    boolean markHumanOffered(long conversationId) {
        return jdbc.sql("update conversation set human_offered_at = now() where id = :id and human_offered_at is null")
            .param("id", conversationId).update() == 1;
    }

    /** Marks a claimed message handled without an answer; false when the claim was taken over meanwhile. */
    boolean markSkipped(ClaimedInbound inbound, String reason) {
        return jdbc.sql("""
                update message set handled_at = now(), skip_reason = :r
                where id = :id and claim = :claim and handled_at is null
                """)
            .param("r", reason).param("id", inbound.id()).param("claim", inbound.claim()).update() == 1;
    }

    /** The conversation's messages before {@code beforeId}, oldest first, at most {@code limit}. */
    List<LlmQuestion.Turn> history(long conversationId, long beforeId, int limit) {
        List<LlmQuestion.Turn> turns = new ArrayList<>(jdbc.sql("""
                select direction, text from message where conversation_id = :c and id < :before
                order by id desc limit :limit
                """)
            .param("c", conversationId).param("before", beforeId).param("limit", limit)
            .query((rs, n) -> new LlmQuestion.Turn("IN".equals(rs.getString(1)), rs.getString(2)))
            .list());
        java.util.Collections.reverse(turns);
        return turns;
    }

    Optional<ConversationDesk.Summary> summary(long conversationId) {
        return jdbc.sql("""
                select c.id, c.channel, c.external_key, c.status, p.external_user_id, p.display_name, p.address
                from conversation c left join participant p on p.id = c.participant_id where c.id = :id
                """)
            .param("id", conversationId)
            .query((rs, n) -> {
                Channel channel = Channel.valueOf(rs.getString(2));
                String user = rs.getString(5);
                return new ConversationDesk.Summary(rs.getLong(1), new ConversationKey(channel, rs.getString(3)),
                        ConversationStatus.valueOf(rs.getString(4)),
                        user == null ? null : new Participant(channel, user, rs.getString(6), rs.getString(7)));
            })
            .optional();
    }
}
