package org.answerdesk.channel.whatsapp;

import io.micrometer.core.instrument.MeterRegistry;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.conversation.Participant;
import org.answerdesk.conversation.ReactionEvent;
import org.answerdesk.feedback.Vote;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * A customer's reaction on a message, as votes. A wamid names a message across all chats, so a reaction is taken
 * only on a message of the reacting customer's own conversation: one on a reply sent to another number is skipped
 * and counted, and neither votes on that answer nor offers its customer a person.
 */
@Component
@Conditional(WhatsAppConditions.Enabled.class)
class WhatsAppReactions {

    static final String NOT_THEIRS = "a reaction on another customer's message";

    private static final Logger log = LoggerFactory.getLogger(WhatsAppReactions.class);

    private final ConversationService conversations;
    private final JdbcClient jdbc;
    private final MeterRegistry meters;

    WhatsAppReactions(ConversationService conversations, JdbcClient jdbc, MeterRegistry meters) {
        this.conversations = conversations;
        this.jdbc = jdbc;
        this.meters = meters;
    }

    /**
     * WhatsApp keeps one reaction per customer and message: 👍 or 👎 (any skin tone) is that vote; another emoji,
     * or none (the reaction taken off), takes back whatever vote the customer had there.
     *
     * @throws IllegalArgumentException for a reaction without the message it is on (the caller quarantines it)
     */
    void received(String wamid, ConversationKey key, Participant from, JsonNode reaction) {
        String target = reaction.path("message_id").asString("");
        if (target.isBlank()) {
            throw new IllegalArgumentException("a reaction without the message_id it is on");
        }
        if (sentToSomeoneElse(target, key)) {
            log.debug("WhatsApp reaction {} skipped: {}", wamid, NOT_THEIRS);
            meters.counter("answerdesk.whatsapp.skipped", "reason", NOT_THEIRS).increment();
            return;
        }
        String emoji = reaction.path("emoji").asString("");
        var ref = WhatsAppMessages.ref(target);
        Vote vote = emoji.startsWith("👍") ? Vote.UP : emoji.startsWith("👎") ? Vote.DOWN : null;
        if (vote != null) {
            conversations.receive(new ReactionEvent(wamid, key, from, ref, vote, true));
            return;
        }
        conversations.receive(new ReactionEvent(wamid + "#up", key, from, ref, Vote.UP, false));
        conversations.receive(new ReactionEvent(wamid + "#down", key, from, ref, Vote.DOWN, false));
    }

    /** Whether the message is one the bot sent into a conversation of another customer. */
    private boolean sentToSomeoneElse(String wamid, ConversationKey key) {
        return jdbc.sql("""
                select exists (select 1 from message m join conversation c on c.id = m.conversation_id
                               where m.channel = 'WHATSAPP' and m.direction = 'OUT' and m.external_message_id = :w
                                 and c.external_key <> :k)""")
                .param("w", wamid).param("k", key.externalId()).query(Boolean.class).single();
    }
}
