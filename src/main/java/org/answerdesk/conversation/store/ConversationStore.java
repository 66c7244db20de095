package org.answerdesk.conversation.store;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationDesk;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.ConversationStatus;
import org.answerdesk.conversation.Participant;
import org.answerdesk.conversation.work.InboundClaims;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.answerdesk.dialogue.Act;
import org.answerdesk.dialogue.LastReply;
import org.answerdesk.llm.LlmQuestion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Conversations, their participants and the inbox, in PostgreSQL: whose a conversation is (the bot's, waiting for a
 * person, closed). Storing messages is {@link InboundStore}'s, claiming them {@link InboundClaims}'.
 */
@Repository
public class ConversationStore {

    /**
     * @param humanOfferedRecently the bot offered a person in the last hour (a "yes" now accepts)
     * @param personJoined         a person has written in the conversation since it was handed over (the bot stays
     *                             quiet); false while it waits for one, and while the bot has it
     */
    public record ConversationRow(long id, ConversationKey key, ConversationStatus status, boolean humanOfferedRecently,
                           boolean personJoined) {
    }

    private final JdbcClient jdbc;

    ConversationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the delivery id; false when it was recorded before (a redelivery). */
    public boolean claimEvent(Channel channel, String eventId) {
        return jdbc.sql("insert into inbox (channel, event_id) values (:c, :e) on conflict do nothing")
            .param("c", channel.name()).param("e", eventId).update() == 1;
    }

    public Optional<Long> eventMessage(Channel channel, String eventId) {
        return jdbc.sql("select message_id from inbox where channel = :c and event_id = :e")
            .param("c", channel.name()).param("e", eventId)
            .query((rs, n) -> (Long) rs.getObject(1, Long.class)).optional().filter(id -> id != null);
    }

    public long upsertParticipant(Participant p) {
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

    public Optional<Long> findLive(ConversationKey key) {
        return jdbc.sql("select id from conversation where channel = :c and external_key = :k and status <> 'CLOSED'")
            .param("c", key.channel().name()).param("k", key.externalId())
            .query(Long.class).optional();
    }

    public List<Long> waitingForPerson() {
        return jdbc.sql("select id from conversation where status = 'NEEDS_HUMAN' order by id").query(Long.class).list();
    }

    public boolean waitingForPerson(ConversationKey key) {
        return jdbc.sql("""
                select exists (select 1 from conversation
                               where channel = :c and external_key = :k and status = 'NEEDS_HUMAN')""")
            .param("c", key.channel().name()).param("k", key.externalId()).query(Boolean.class).single();
    }

    public ConversationRow conversation(long id) {
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
    public void markPersonJoined(long conversationId) {
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
    public void setStatus(long conversationId, ConversationStatus status) {
        jdbc.sql("""
                update conversation set status = :s, updated_at = now(),
                    person_joined_at = case when :s = 'BOT' then null else person_joined_at end
                where id = :id and status <> 'CLOSED'
                """)
            .param("s", status.name()).param("id", conversationId).update();
    }

    public int closeLive(ConversationKey key) {
        return jdbc.sql("""
                update conversation set status = 'CLOSED', closed_at = now(), updated_at = now()
                where channel = :c and external_key = :k and status <> 'CLOSED'
                """)
            .param("c", key.channel().name()).param("k", key.externalId()).update();
    }

    /** Records the offer of a person; false if one was offered in this conversation before. */
    public boolean markHumanOffered(long conversationId) {
        return jdbc.sql("update conversation set human_offered_at = now() where id = :id and human_offered_at is null")
            .param("id", conversationId).update() == 1;
    }

    /**
     * The bot's latest reply before {@code beforeId} if it came within {@code window} of that message: whether it
     * answered (an FAQ entry, a passage, the LLM), its entry and text, and the question it answered. A person's
     * reply is not the bot's.
     */
    public Optional<LastReply> lastReply(long conversationId, long beforeId, Duration window) {
        return jdbc.sql("""
                select o.source in ('FAQ', 'LLM', 'KNOWLEDGE'), o.faq_entry_id, o.text, q.text
                from message o
                left join message q on q.id = o.reply_to_id
                join message m on m.id = :before
                where o.conversation_id = :c and o.direction = 'OUT' and o.id < :before
                  and o.source <> 'AGENT' and o.created_at > m.created_at - cast(:window as interval)
                order by o.id desc limit 1
                """)
            .param("c", conversationId).param("before", beforeId).param("window", window.toSeconds() + " seconds")
            .query((rs, n) -> new LastReply(rs.getBoolean(1), rs.getObject(2, Long.class), rs.getString(3),
                    rs.getString(4)))
            .optional();
    }

    /**
     * Records that a message confirmed the bot's answer (the message's act is recorded as it is marked handled,
     * {@link InboundClaims#markHandled(org.answerdesk.conversation.work.ClaimedInbound, Act)}).
     */
    public void recordConfirmed(long conversationId) {
        jdbc.sql("update conversation set confirmed_at = now() where id = :id").param("id", conversationId).update();
    }

    /** Records an offer of a person made now, so that a "yes" next accepts it. */
    public void offerPerson(long conversationId) {
        jdbc.sql("update conversation set human_offered_at = now() where id = :id").param("id", conversationId)
            .update();
    }

    /** The conversation's messages before {@code beforeId}, oldest first, at most {@code limit}. */
    public List<LlmQuestion.Turn> history(long conversationId, long beforeId, int limit) {
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

    public Optional<ConversationDesk.Summary> summary(long conversationId) {
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
