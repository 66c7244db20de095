package org.answerdesk.conversation;

import org.answerdesk.conversation.store.SuggestionCodec;
import org.answerdesk.language.Languages;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Outbound messages waiting for delivery. A delivery first {@link #claim claims} the message, which pushes its
 * next attempt out by a lease; so two workers never send the same reply, and a worker that dies leaves the
 * message to be retried when the lease ends. A conversation's replies go out in order, as the desk's posts of one
 * handoff do: a reply is not due while an earlier one of its conversation is pending (being sent, or waiting for a
 * retry), on any instance; one that failed for good no longer holds the later ones.
 */
@Component
public class Outbox {

    /** No earlier reply of the conversation still pending: the guard of every claim and listing of due replies. */
    private static final String IN_ORDER = """
            not exists (select 1 from message e where e.conversation_id = m.conversation_id
                        and e.delivery_status = 'PENDING' and e.id < m.id)
            """;

    private final JdbcClient jdbc;
    private final ConversationProperties properties;
    private final Languages languages;

    Outbox(JdbcClient jdbc, ConversationProperties properties, Languages languages) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.languages = languages;
    }

    /** Messages whose next attempt is due and whose conversation's earlier replies went out, oldest first. */
    public List<Long> due(int limit) {
        return jdbc.sql("select m.id from message m where m.delivery_status = 'PENDING' and m.next_attempt_at <= now()"
                        + " and " + IN_ORDER + " order by m.next_attempt_at, m.id limit :limit")
            .param("limit", limit).query(Long.class).list();
    }

    /**
     * The conversation's reply that is due now and next in order, if any: after one went out, the next goes at once
     * rather than at the next retry round.
     */
    public Optional<Long> nextDue(long conversationId) {
        return jdbc.sql("select m.id from message m where m.conversation_id = :c and m.delivery_status = 'PENDING'"
                        + " and m.next_attempt_at <= now() and " + IN_ORDER + " order by m.id limit 1")
            .param("c", conversationId).query(Long.class).optional();
    }

    /**
     * Takes the message for one delivery attempt; empty if it is not due, an earlier reply of its conversation is
     * pending (it goes out after that one), or another worker has it.
     */
    public Optional<OutboundMessage> claim(long messageId, Duration lease) {
        int claimed = jdbc.sql("""
                update message m set next_attempt_at = now() + make_interval(secs => :lease),
                    delivery_attempts = delivery_attempts + 1
                where m.id = :id and m.delivery_status = 'PENDING' and m.next_attempt_at <= now() and
                """ + IN_ORDER)
            .param("lease", (double) lease.toSeconds()).param("id", messageId).update();
        return claimed == 0 ? Optional.empty() : Optional.of(load(messageId));
    }

    /**
     * Takes, with a claimed message, the other answers to the same customer message that are due, for a channel
     * that {@linkplain ChannelAdapter#sendsAnswersTogether sends them together}: the first of them (by
     * {@code message.part}) carries the others as {@link OutboundMessage#further}. Answers another worker holds, or
     * that went out already, are left out. The caller settles every one of {@link OutboundMessage#deliveredIds}.
     * The claimed message is its conversation's earliest pending reply ({@link #claim}), so the answers taken with it
     * come after it; one behind another pending reply of the conversation (a person's, stored in between) waits.
     */
    public OutboundMessage claimTogether(OutboundMessage claimed, Duration lease) {
        List<Long> siblings = jdbc.sql("""
                update message m set next_attempt_at = now() + make_interval(secs => :lease),
                    delivery_attempts = delivery_attempts + 1
                where m.reply_to_id = (select reply_to_id from message where id = :id) and m.id <> :id
                  and m.direction = 'OUT' and m.delivery_status = 'PENDING' and m.next_attempt_at <= now()
                  and not exists (select 1 from message e where e.conversation_id = m.conversation_id
                                  and e.delivery_status = 'PENDING' and e.id < m.id
                                  and e.reply_to_id is distinct from m.reply_to_id)
                returning m.id
                """)
            .param("lease", (double) lease.toSeconds()).param("id", claimed.messageId()).query(Long.class).list();
        if (siblings.isEmpty()) {
            return claimed;
        }
        List<Long> ids = new java.util.ArrayList<>(siblings);
        ids.add(claimed.messageId());
        List<Long> ordered = jdbc.sql("select id from message where id in (:ids) order by part, id")
            .param("ids", ids).query(Long.class).list();
        List<OutboundMessage> all = ordered.stream().map(id -> id == claimed.messageId() ? claimed : load(id)).toList();
        return all.get(0).withFurther(all.subList(1, all.size()));
    }

    public void markSent(long messageId, MessageRef sent) {
        jdbc.sql("""
                update message set delivery_status = 'SENT', external_message_id = :ext, next_attempt_at = null,
                    last_error = null
                where id = :id
                """)
            .param("ext", sent == null ? null : sent.externalMessageId()).param("id", messageId).update();
    }

    /** Tries again after {@code delay}, remembering that the first {@code partsDelivered} parts went out. */
    public void retryLater(long messageId, Duration delay, String error, int partsDelivered) {
        jdbc.sql("""
                update message set next_attempt_at = now() + make_interval(secs => :delay), last_error = :err,
                       parts_delivered = greatest(parts_delivered, :parts)
                where id = :id and delivery_status = 'PENDING'
                """)
            .param("delay", delay.toMillis() / 1000.0).param("err", error).param("parts", partsDelivered)
            .param("id", messageId).update();
    }

    /** Gives up on a message after too many attempts; it stays stored. */
    public void markFailed(long messageId, String error) {
        jdbc.sql("update message set delivery_status = 'FAILED', next_attempt_at = null, last_error = :err where id = :id")
            .param("err", error).param("id", messageId).update();
    }

    /**
     * Gives up on a message because the platform refused it for good (the user blocked the bot), and marks its
     * conversation blocked.
     */
    public void markRefused(long messageId, String error) {
        markFailed(messageId, error);
        jdbc.sql("""
                update conversation set blocked_at = now(), updated_at = now()
                where id = (select conversation_id from message where id = :id)
                """)
            .param("id", messageId).update();
    }

    private OutboundMessage load(long id) {
        return jdbc.sql("""
                select m.id, m.conversation_id, c.channel, c.external_key, m.text, m.source, m.score, m.suggestions,
                       c.status, m.delivery_attempts, m.parts_delivered,
                       p.external_user_id, p.display_name, p.address,
                       o.id, o.text, o.external_message_id, o.raw, m.csat_id, m.choices, c.language
                from message m
                join conversation c on c.id = m.conversation_id
                left join participant p on p.id = c.participant_id
                left join lateral (
                    select i.id, i.text, i.external_message_id, i.raw from message i
                    where i.id = m.reply_to_id
                       or (m.reply_to_id is null and i.conversation_id = m.conversation_id and i.direction = 'IN')
                    order by i.id desc limit 1) o on true
                where m.id = :id
                """)
            .param("id", id)
            .query((rs, n) -> {
                Channel channel = Channel.valueOf(rs.getString(3));
                ReplySource source = ReplySource.valueOf(rs.getString(6));
                String userId = rs.getString(12);
                Participant recipient = userId == null ? null
                        : new Participant(channel, userId, rs.getString(13), rs.getString(14));
                Long originId = (Long) rs.getObject(15, Long.class);
                String originRef = rs.getString(17);
                var origin = originId == null ? null : new OutboundMessage.Origin(originId, rs.getString(16),
                        originRef == null ? null : new MessageRef(channel, originRef), rs.getString(18));
                boolean needsHuman = ConversationStatus.NEEDS_HUMAN.name().equals(rs.getString(9));
                Long ratingRequest = (Long) rs.getObject(19, Long.class);
                List<Suggestion> choices = SuggestionCodec.decode(rs.getString(20));
                // as the web chat's chips: under an answer of the bot's, not a choice, a rating or a handoff
                boolean asksIfHelped = properties.askIfHelped() && (source == ReplySource.FAQ
                        || source == ReplySource.LLM || source == ReplySource.KNOWLEDGE)
                        && choices.isEmpty() && ratingRequest == null && !needsHuman;
                return new OutboundMessage(rs.getLong(1), rs.getLong(2), new ConversationKey(channel, rs.getString(4)),
                        rs.getString(5), source, rs.getFloat(7), SuggestionCodec.decode(rs.getString(8)),
                        source != ReplySource.FAQ && source != ReplySource.AGENT, needsHuman, recipient, origin,
                        rs.getInt(10), rs.getInt(11), ratingRequest, choices, asksIfHelped, List.of(),
                        languages.resolve(rs.getString(21)));
            })
            .single();
    }
}
