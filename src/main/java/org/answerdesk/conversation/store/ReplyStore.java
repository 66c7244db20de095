package org.answerdesk.conversation.store;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.ConversationStatus;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.conversation.Reply;
import org.answerdesk.conversation.ReplySource;
import org.answerdesk.conversation.Suggestion;
import org.answerdesk.conversation.TranscriptLine;
import org.answerdesk.conversation.answering.ReplyDraft;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Outbound messages (the bot's answers, agents' messages, notices) and the transcript, in PostgreSQL. */
@Repository
public class ReplyStore {

    private final JdbcClient jdbc;

    ReplyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertReply(long conversationId, Channel channel, Long replyToId, ReplyDraft answer, int latencyMs) {
        return insertReply(conversationId, channel, replyToId, 0, answer, latencyMs);
    }

    /** @param part which of the message's answers this is (0 for the first; several when it asked several questions) */
    public long insertReply(long conversationId, Channel channel, Long replyToId, int part, ReplyDraft answer, int latencyMs) {
        return insertReply(conversationId, channel, replyToId, part, answer, latencyMs, false);
    }

    /**
     * @param sent true for a reply the caller delivers itself (its response is the delivery, as the web chat's): stored
     *             SENT under its own id as the platform's, as the outbox would leave it, so the outbox never sends it
     *             (as {@link InboundStore#storeInbound} stores a prepared answer); false to leave it to the outbox
     */
    public long insertReply(long conversationId, Channel channel, Long replyToId, int part, ReplyDraft answer,
                            int latencyMs, boolean sent) {
        // positional: no named parameters substituted into the SQL and put in a map on every call
        return jdbc.sql("""
                with n as (select nextval(pg_get_serial_sequence('message', 'id')) as id, ?::boolean as sent)
                insert into message (id, conversation_id, channel, direction, text, reply_to_id, source, faq_entry_id,
                    score, suggestions, model, tokens_in, tokens_out, latency_ms, delivery_status, next_attempt_at,
                    delivery_attempts, external_message_id, choices, clarified, part)
                select n.id, ?, ?, 'OUT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    case when n.sent then 'SENT' else 'PENDING' end, case when n.sent then null else now() end,
                    case when n.sent then 1 else 0 end, case when n.sent then n.id::text end, ?, ?, ?
                from n
                returning id
                """)
            .param(sent).param(conversationId).param(channel.name()).param(answer.text())
            .param(replyToId).param(answer.source().name()).param(answer.faqEntryId())
            .param((float) answer.confidence()).param(SuggestionCodec.encode(answer.suggestions()))
            .param(answer.model()).param(answer.tokensIn()).param(answer.tokensOut())
            .param(latencyMs)
            .param(answer.offersChoices() ? SuggestionCodec.encode(answer.choices()) : null)
            .param(answer.clarified()).param(part)
            .query(Long.class).single();
    }

    /**
     * A bot answer stored with its message by {@link InboundStore#storeInbound}, as the caller that delivers
     * it in its own response returns it (the web chat): stored SENT, known to the platform by its own id, so the
     * outbox never sends it; {@code needsHuman} false (only a conversation the bot has is answered so).
     */
    public static Reply delivered(ConversationStore.ConversationRow conversation, long inboundId, long replyId, ReplyDraft answer) {
        // as read back from the row: the score a real, the suggestions as their column's encoding reads them
        return new Reply(replyId, conversation.id(), inboundId, conversation.key(), answer.text(), answer.source(),
                (float) answer.confidence(), SuggestionCodec.asStored(answer.suggestions()), false);
    }

    public long insertOutbound(long conversationId, Channel channel, String text, ReplySource source, String agent) {
        return insertOutbound(conversationId, channel, text, source, agent, null);
    }

    public long insertOutbound(long conversationId, Channel channel, String text, ReplySource source, String agent,
                        Long ratingRequestId) {
        jdbc.sql("update conversation set updated_at = now() where id = :id").param("id", conversationId).update();
        return jdbc.sql("""
                insert into message (conversation_id, channel, direction, text, source, agent, delivery_status,
                    next_attempt_at, csat_id)
                values (:conv, :ch, 'OUT', :t, :src, :agent, 'PENDING', now(), :csat) returning id
                """)
            .param("conv", conversationId).param("ch", channel.name()).param("t", text).param("src", source.name())
            .param("agent", agent).param("csat", ratingRequestId)
            .query(Long.class).single();
    }


    public List<TranscriptLine> transcript(long conversationId, int limit) {
        List<TranscriptLine> lines = new ArrayList<>(jdbc.sql("""
                select id, direction, text, source, agent, created_at from message where conversation_id = :c
                order by id desc limit :limit
                """)
            .param("c", conversationId).param("limit", limit)
            .query((rs, n) -> new TranscriptLine(rs.getLong(1), "IN".equals(rs.getString(2)), rs.getString(3),
                    rs.getString(4) == null ? null : ReplySource.valueOf(rs.getString(4)), rs.getString(5),
                    rs.getObject(6, java.time.OffsetDateTime.class)))
            .list());
        java.util.Collections.reverse(lines);
        return lines;
    }

    /** Outbound messages of the key's live conversation after {@code afterId}, in one query (web clients poll it). */
    public List<Reply> repliesAfter(ConversationKey key, long afterId) {
        return jdbc.sql(REPLY_SELECT + """
                 where c.channel = :ch and c.external_key = :k and c.status <> 'CLOSED'
                   and m.direction = 'OUT' and m.id > :after
                 order by m.id""")
            .param("ch", key.channel().name()).param("k", key.externalId()).param("after", afterId)
            .query(ReplyStore::reply).list();
    }

    public Optional<Reply> reply(long replyId) {
        return jdbc.sql(REPLY_SELECT + " where m.id = :id and m.direction = 'OUT'")
            .param("id", replyId).query(ReplyStore::reply).optional();
    }

    /** A clarify reply as a press on one of its choices is checked against it. */
    public record Offer(long replyId, long conversationId, List<Suggestion> choices, boolean picked) {
    }

    /** The outbound message {@code replyId} if it offered choices. */
    public Optional<Offer> offer(long replyId) {
        return jdbc.sql("""
                select id, conversation_id, choices, picked_at is not null from message
                where id = :id and direction = 'OUT' and choices is not null
                """)
            .param("id", replyId)
            .query((rs, n) -> new Offer(rs.getLong(1), rs.getLong(2), SuggestionCodec.decode(rs.getString(3)),
                    rs.getBoolean(4)))
            .optional().filter(o -> !o.choices().isEmpty());
    }

    /**
     * Marks the offer picked, once: false when it was picked before (a replayed or concurrent press; a concurrent
     * update waits for the first to commit, then finds it set) or is not an offer of that conversation.
     */
    public boolean markPicked(long replyId, long conversationId) {
        return jdbc.sql("""
                update message set picked_at = now()
                where id = :id and conversation_id = :c and direction = 'OUT' and choices is not null
                  and picked_at is null
                """)
            .param("id", replyId).param("c", conversationId).update() == 1;
    }

    /** The bot's answer to an inbound message, if it was answered. */
    public Optional<Reply> replyTo(long inboundId) {
        return jdbc.sql(REPLY_SELECT + " where m.reply_to_id = :id and m.source <> 'AGENT' order by m.id limit 1")
            .param("id", inboundId).query(ReplyStore::reply).optional();
    }

    /** The bot's answers to an inbound message, in order (several when it asked several questions). */
    public List<Reply> repliesTo(long inboundId) {
        return jdbc.sql(REPLY_SELECT + " where m.reply_to_id = :id and m.source <> 'AGENT' order by m.id")
            .param("id", inboundId).query(ReplyStore::reply).list();
    }

    /** The outbound message the platform knows by this id. */
    public Optional<Long> outboundByRef(MessageRef ref) {
        return jdbc.sql("""
                select id from message where channel = :c and external_message_id = :e and direction = 'OUT'
                order by id desc limit 1
                """)
            .param("c", ref.channel().name()).param("e", ref.externalMessageId())
            .query(Long.class).optional();
    }

    /** The customer of the conversation an outbound message belongs to. */
    public Optional<Long> customerOfReply(long replyId) {
        return jdbc.sql("""
                select c.participant_id from message m join conversation c on c.id = m.conversation_id
                where m.id = :id and m.direction = 'OUT'
                """)
            .param("id", replyId).query(Long.class).optional();
    }

    private static final String REPLY_SELECT = """
            select m.id, m.conversation_id, m.reply_to_id, c.channel, c.external_key, m.text, m.source, m.score,
                   m.suggestions, c.status, m.csat_id, m.choices
            from message m join conversation c on c.id = m.conversation_id
            """;

    private static Reply reply(ResultSet rs, int n) throws SQLException {
        return new Reply(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3, Long.class),
                new ConversationKey(Channel.valueOf(rs.getString(4)), rs.getString(5)), rs.getString(6),
                ReplySource.valueOf(rs.getString(7)), rs.getFloat(8), SuggestionCodec.decode(rs.getString(9)),
                ConversationStatus.NEEDS_HUMAN.name().equals(rs.getString(10)), (Long) rs.getObject(11, Long.class),
                SuggestionCodec.decode(rs.getString(12)));
    }
}
