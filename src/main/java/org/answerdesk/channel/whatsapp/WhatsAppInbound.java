package org.answerdesk.channel.whatsapp;

import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.answerdesk.attachment.Attachments;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.conversation.Failures;
import org.answerdesk.conversation.InboundMessage;
import org.answerdesk.dialogue.Intent;
import org.answerdesk.conversation.Participant;
import org.answerdesk.conversation.StorableText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * Turns one webhook delivery (an object with {@code entry[].changes[].value}) into inbound events and stores them,
 * each message once by its {@code wamid}; statuses go to {@link WhatsAppStatuses}. {@link #accept} returns once
 * everything is stored, so the caller may answer 200. A piece that can never be taken in is quarantined and counted,
 * so the rest goes on; a failure that waiting may cure is thrown, so that Meta delivers the whole again (what was
 * stored is then recognised by its wamid).
 */
@Component
@Conditional(WhatsAppConditions.Enabled.class)
class WhatsAppInbound {

    private static final Logger log = LoggerFactory.getLogger(WhatsAppInbound.class);

    private final ConversationService conversations;
    private final WhatsAppPresses presses;
    private final WhatsAppReactions reactions;
    private final WhatsAppStatuses statuses;
    private final ReadMarks readMarks;
    private final WhatsAppProperties properties;
    private final MeterRegistry meters;
    private final Attachments attachments;

    WhatsAppInbound(ConversationService conversations, WhatsAppPresses presses, WhatsAppReactions reactions,
                    WhatsAppStatuses statuses, ReadMarks readMarks, WhatsAppProperties properties, MeterRegistry meters,
                    Attachments attachments) {
        this.attachments = attachments;
        this.conversations = conversations;
        this.presses = presses;
        this.reactions = reactions;
        this.statuses = statuses;
        this.readMarks = readMarks;
        this.properties = properties;
        this.meters = meters;
    }

    /** How many more messages may be taken now: {@code queue-capacity} less those stored and not answered yet. */
    long room() {
        return Math.max(0, properties.queueCapacity() - conversations.unanswered(Channel.WHATSAPP));
    }

    /** Whether the delivery has customer messages (statuses alone are always taken). */
    static boolean carriesMessages(JsonNode delivery) {
        for (JsonNode entry : delivery.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                if (!change.path("value").path("messages").isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    void accept(JsonNode delivery) {
        for (JsonNode entry : delivery.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                JsonNode value = change.path("value");
                String number = value.path("metadata").path("phone_number_id").asString("");
                if (!number.equals(properties.phoneNumberId().strip())) {
                    skipped("another phone number");
                    continue;
                }
                Map<String, String> names = new HashMap<>();
                value.path("contacts").forEach(c -> names.put(c.path("wa_id").asString(""),
                        c.path("profile").path("name").asString("")));
                value.path("messages").forEach(m -> safely(m, () -> onMessage(m, names)));
                value.path("statuses").forEach(s -> safely(s, () -> statuses.record(s)));
            }
        }
    }

    private void safely(JsonNode piece, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (Failures.isTransient(e)) {
                throw e;
            }
            String id = piece.path("id").asString("");
            conversations.quarantine(Channel.WHATSAPP, id.isBlank() ? null : id, "not usable: " + Failures.describe(e),
                    piece.toString());
        }
    }

    private void skipped(String why) {
        log.debug("WhatsApp webhook change skipped: {}", why);
        meters.counter("answerdesk.whatsapp.skipped", "reason", why).increment();
    }

    private void onMessage(JsonNode m, Map<String, String> names) {
        String wamid = m.path("id").asString("");
        String waId = m.path("from").asString("");
        if (wamid.isBlank() || !waId.matches("\\d{5,20}")) {
            throw new IllegalArgumentException("a message without id or without a WhatsApp id in 'from'");
        }
        ConversationKey key = WhatsAppMessages.key(waId);
        Participant from = WhatsAppMessages.participant(waId, names.get(waId));
        String raw = m.toString();
        String type = m.path("type").asString("");
        switch (type) {
            case "text" -> {
                String text = StorableText.clean(m.path("text").path("body").asString(null));
                if (text == null || text.isBlank()) {
                    throw new IllegalArgumentException("a text message whose text is empty once control characters "
                            + "are removed");
                }
                receive(InboundMessage.question(wamid, key, from, text, WhatsAppMessages.ref(wamid), raw));
            }
            case "interactive" -> {
                JsonNode reply = m.path("interactive").path(m.path("interactive").path("type").asString(""));
                readMarks.received(key, wamid);
                presses.pressed(wamid, key, from, reply.path("id").asString(""), reply.path("title").asString(""), raw);
            }
            case "button" -> {
                readMarks.received(key, wamid);
                presses.pressed(wamid, key, from, m.path("button").path("payload").asString(""),
                        m.path("button").path("text").asString(""), raw);
            }
            case "reaction" -> reactions.received(wamid, key, from, m.path("reaction"));
            case "request_welcome" -> receive(InboundMessage.of(Intent.START, wamid, key, from, "/start", null, raw));
            case "system" -> skipped("a system message");
            default -> {
                var file = WhatsAppFiles.of(m, type, wamid, waId);
                file.ifPresent(attachments::expect); // before the message: a crash in between leaves it due
                receive(media(m, type, wamid, key, from, raw));
                if (file.isPresent()) {
                    attachments.collect(Channel.WHATSAPP, wamid);
                }
            }
        }
    }

    /**
     * A photo, document or video: with a caption, an ordinary question whose text is the caption (what the customer
     * asks about it); without one, or anything else the bot cannot read, the not-text placeholder.
     */
    private static InboundMessage media(JsonNode m, String type, String wamid, ConversationKey key, Participant from,
                                        String raw) {
        String caption = StorableText.clean(m.path(type).path("caption").asString(null));
        if (caption != null && !caption.isBlank()) {
            return InboundMessage.question(wamid, key, from, caption.strip(), WhatsAppMessages.ref(wamid), raw);
        }
        return InboundMessage.of(Intent.NOT_TEXT, wamid, key, from, "[" + mediaKind(type) + "]",
                WhatsAppMessages.ref(wamid), raw);
    }

    private void receive(InboundMessage message) {
        readMarks.received(message.key(), message.eventId());
        var receipt = conversations.receive(message);
        log.debug("WhatsApp message {} stored: {}", message.eventId(), receipt.status());
    }

    /** What the desk sees for a message the bot cannot read. */
    static String mediaKind(String type) {
        return switch (type) {
            case "image" -> "photo";
            case "audio" -> "voice message";
            case "video", "document", "sticker", "location" -> type;
            case "contacts" -> "contact card";
            default -> type.matches("[a-z_]{1,30}") ? type.replace('_', ' ') + " message" : "unsupported message";
        };
    }
}
