package org.answerdesk.channel.whatsapp;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.conversation.Participant;

/**
 * Maps WhatsApp's identities to the conversation model: a customer's WhatsApp id ({@code wa_id}, their phone number
 * in international form without "+") is both the {@link ConversationKey} and the {@link Participant}; a message is
 * a {@link MessageRef} by its {@code wamid}.
 */
final class WhatsAppMessages {

    private WhatsAppMessages() {
    }

    static ConversationKey key(String waId) {
        return new ConversationKey(Channel.WHATSAPP, waId);
    }

    static MessageRef ref(String wamid) {
        return new MessageRef(Channel.WHATSAPP, wamid);
    }

    static Participant participant(String waId, String profileName) {
        return new Participant(Channel.WHATSAPP, waId, profileName == null || profileName.isBlank() ? waId : profileName,
                null);
    }

    /** A text message to the customer. */
    static tools.jackson.databind.node.ObjectNode text(String to, String body) {
        var message = GraphApi.message().put("recipient_type", "individual").put("to", to).put("type", "text");
        message.putObject("text").put("preview_url", false).put("body", body);
        return message;
    }
}
