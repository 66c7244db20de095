package org.answerdesk.conversation.store;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationSummary;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.ConversationStatus;
import org.answerdesk.conversation.Participant;
import org.answerdesk.conversation.ReplySource;
import org.answerdesk.conversation.work.InboundClaims;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.answerdesk.dialogue.DialoguePolicy;
import org.answerdesk.dialogue.HistoryTurn;
import org.answerdesk.dialogue.LastReply;
import org.answerdesk.dialogue.Transition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Conversations, their participants and the inbox, in PostgreSQL: whose a conversation is (the bot's, waiting for a
 * person, closed). Storing messages is {@link InboundStore}'s, claiming them {@link InboundClaims}'.
 */
@Repository
public class ConversationStore {

    /**
     * @param humanOfferedRecently the bot offered a person within {@link DialoguePolicy#OFFER_WINDOW} (a "yes" now
     *                             accepts); in a {@link Situation}, only if the customer wrote nothing since
     * @param personJoined         a person has written in the conversation since it was handed over (the bot stays
     *                             quiet); false while it waits for one, and while the bot has it
     */
    public record ConversationRow(long id, ConversationKey key, ConversationStatus status, boolean humanOfferedRecently,
                           boolean personJoined) {
    }

    /** The policy's offer window, as SQL reads an interval. */
    private static final String OFFER_WINDOW = DialoguePolicy.OFFER_WINDOW.toSeconds() + " seconds";

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
                insert into participant (channel, external_user_id, display_name, address, language)
                values (:c, :u, :n, :a, :l)
                on conflict (channel, external_user_id) do update
                set display_name = coalesce(excluded.display_name, participant.display_name),
                    address = coalesce(excluded.address, participant.address),
                    language = coalesce(excluded.language, participant.language)
                returning id
                """)
            .param("c", p.channel().name()).param("u", p.externalUserId())
            .param("n", p.displayName()).param("a", p.address()).param("l", p.language())
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
                select id, channel, external_key, status,
                       coalesce(human_offered_at > now() - cast(:offer as interval), false), person_joined_at is not null
                from conversation where id = :id
                """)
            .param("id", id).param("offer", OFFER_WINDOW)
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
     * What the dialogue policy reads of a conversation when a message arrives, read in one query.
     *
     * @param conversation the conversation
     * @param replied      the conversation has an outbound message (a channel that greets has greeted)
     * @param lastReply    the bot's latest reply before the message, within the context window
     * @param history      the latest turns before the message, oldest first
     * @param language     the conversation's language code, or null when none is known yet
     * @param acknowledged the bot acknowledged a message within the acknowledgement window before this one (and
     *                     since a person joined, if one did)
     * @param angryBefore  the customer was angry within the context window before this message
     * @param languageHint the language the customer's platform says they use, or null
     */
    public record Situation(ConversationRow conversation, boolean replied, Optional<LastReply> lastReply,
                            List<HistoryTurn> history, String language, boolean acknowledged,
                            boolean angryBefore, String languageHint) {
    }

    /**
     * The situation message {@code beforeId} arrives in: the conversation, whether it has a reply, the bot's last
     * reply within {@code window} (an FAQ entry, a passage or the LLM's; a person's reply is not the bot's) and up to
     * {@code turns} earlier messages within it, in one query. With no message {@code beforeId}, the situation a
     * message arriving now meets.
     */
    public Situation situation(long conversationId, long beforeId, Duration window, Duration acknowledgeWindow,
                               int turns) {
        return jdbc.sql("""
                select c.id, c.channel, c.external_key, c.status,
                       -- an offer of the bot's last reply: none if the customer wrote since (a reply came between)
                       coalesce(c.human_offered_at > m.created_at - cast(:offer as interval), false)
                           and not exists (select 1 from message i where i.conversation_id = c.id
                                           and i.direction = 'IN' and i.id < :before
                                           and i.created_at > c.human_offered_at),
                       c.person_joined_at is not null,
                       exists (select 1 from message r where r.conversation_id = c.id and r.direction = 'OUT'),
                       last.answered, last.faq_entry_id, last.text, last.question, c.language,
                       array(select h.direction = 'IN' from (select id, direction from message
                             where conversation_id = c.id and id < :before
                               and created_at > m.created_at - cast(:window as interval)
                             order by id desc limit :turns) h
                             order by h.id),
                       array(select h.text from (select id, text from message
                             where conversation_id = c.id and id < :before
                               and created_at > m.created_at - cast(:window as interval)
                             order by id desc limit :turns) h
                             order by h.id),
                       coalesce(c.acknowledged_at > greatest(m.created_at - cast(:ack as interval),
                                c.person_joined_at), false),
                       coalesce(c.angry_at > m.created_at - cast(:window as interval), false),
                       coalesce(last.offered, false),
                       (select p.language from participant p where p.id = c.participant_id),
                       last.choices, last.score,
                       -- the offered entries' answers now: a "yes" or a follow-up to the choices looks none up
                       array(select e.id from faq_entry e where e.id = any(last.offered_ids) order by e.id),
                       array(select e.answer from faq_entry e where e.id = any(last.offered_ids) order by e.id)
                from conversation c
                cross join lateral (select coalesce((select created_at from message where id = :before), now())
                                           as created_at) m
                left join lateral (
                    select o.source in (:answered) as answered, o.faq_entry_id, o.text, q.text as question,
                           o.choices is not null as offered, o.choices, o.score,
                           array(select cast(split_part(l, E'\\t', 1) as bigint)
                                 from unnest(string_to_array(o.choices, E'\\n')) l where l <> '') as offered_ids
                    from message o left join message q on q.id = o.reply_to_id
                    where o.conversation_id = c.id and o.direction = 'OUT' and o.id < :before
                      and o.source <> 'AGENT' and o.created_at > m.created_at - cast(:window as interval)
                    order by o.id desc limit 1) last on true
                where c.id = :c
                """)
            .param("c", conversationId).param("before", beforeId).param("turns", turns)
            .param("window", window.toSeconds() + " seconds").param("ack", acknowledgeWindow.toSeconds() + " seconds")
            .param("offer", OFFER_WINDOW).param("answered", ReplySource.ANSWERED)
            .query((rs, n) -> {
                var row = new ConversationRow(rs.getLong(1),
                        new ConversationKey(Channel.valueOf(rs.getString(2)), rs.getString(3)),
                        ConversationStatus.valueOf(rs.getString(4)), rs.getBoolean(5), rs.getBoolean(6));
                Optional<LastReply> last = rs.getObject(8) == null ? Optional.empty()
                        : Optional.of(new LastReply(rs.getBoolean(8), rs.getObject(9, Long.class), rs.getString(10),
                                rs.getString(11), rs.getBoolean(17), SuggestionCodec.offered(rs.getString(19),
                                        (Long[]) rs.getArray(21).getArray(), (String[]) rs.getArray(22).getArray()),
                                rs.getDouble(20)));
                Boolean[] customer = (Boolean[]) rs.getArray(13).getArray();
                String[] texts = (String[]) rs.getArray(14).getArray();
                List<HistoryTurn> history = new ArrayList<>();
                for (int i = 0; i < texts.length; i++) {
                    history.add(new HistoryTurn(customer[i], texts[i]));
                }
                return new Situation(row, rs.getBoolean(7), last, history, rs.getString(12), rs.getBoolean(15),
                        rs.getBoolean(16), rs.getString(18));
            })
            .single();
    }

    /**
     * Records on the conversation what a decision marks ({@link Transition#marks}), in one statement, each at the
     * database's time: the windows the next message is read with start then.
     */
    public void record(long conversationId, Transition.Marks marks) {
        jdbc.sql("""
                update conversation set
                    confirmed_at = case when :confirmed then now() else confirmed_at end,
                    human_offered_at = case when :offered then now() else human_offered_at end,
                    acknowledged_at = case when :acknowledged then now() else acknowledged_at end,
                    angry_at = case when :angry then now() else angry_at end
                where id = :id
                """)
            .param("confirmed", marks.confirmed()).param("offered", marks.personOffered())
            .param("acknowledged", marks.acknowledged()).param("angry", marks.angry()).param("id", conversationId)
            .update();
    }

    /** The conversation's language code, once one is known. */
    public Optional<String> language(long conversationId) {
        return jdbc.sql("select language from conversation where id = :id").param("id", conversationId)
            .query(String.class).list().stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** Keeps the conversation's language (a served language's code). */
    public void setLanguage(long conversationId, String language) {
        jdbc.sql("update conversation set language = :l where id = :id").param("l", language)
            .param("id", conversationId).update();
    }

    public Optional<ConversationSummary> summary(long conversationId) {
        return jdbc.sql("""
                select c.id, c.channel, c.external_key, c.status, p.external_user_id, p.display_name, p.address
                from conversation c left join participant p on p.id = c.participant_id where c.id = :id
                """)
            .param("id", conversationId)
            .query((rs, n) -> {
                Channel channel = Channel.valueOf(rs.getString(2));
                String user = rs.getString(5);
                return new ConversationSummary(rs.getLong(1), new ConversationKey(channel, rs.getString(3)),
                        ConversationStatus.valueOf(rs.getString(4)),
                        user == null ? null : new Participant(channel, user, rs.getString(6), rs.getString(7)));
            })
            .optional();
    }
}
