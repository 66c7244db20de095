package org.answerdesk.channel.whatsapp;

import java.time.Instant;

import org.answerdesk.attachment.StoredFile;
import org.answerdesk.channel.FileDelivery;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.DeliveryException;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.conversation.OutboundMessage;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import tools.jackson.databind.node.ObjectNode;

/**
 * A staff's file to a WhatsApp customer: uploaded as media, then sent as an image (JPEG, PNG), audio, video or a
 * document (the rest, with its name). Outside the 24-hour window it goes the way of a late text reply.
 */
@Component
@Conditional(WhatsAppConditions.Enabled.class)
class WhatsAppFileSender implements FileDelivery {

    private final GraphApi graph;
    private final LateReplies late;

    WhatsAppFileSender(GraphApi graph, LateReplies late) {
        this.graph = graph;
        this.late = late;
    }

    @Override
    public Channel channel() {
        return Channel.WHATSAPP;
    }

    @Override
    public MessageRef deliver(OutboundMessage message, StoredFile file) throws DeliveryException {
        if (LateReplies.windowClosed(message, Instant.now())) {
            return late.deliver(message, "the customer last wrote more than 24 hours ago");
        }
        try {
            String mediaId = graph.upload(file.bytes(), file.mediaType(), file.name());
            return WhatsAppMessages.ref(graph.send(request(message.key().externalId(), file, mediaId,
                    FileDelivery.caption(message, file))));
        } catch (GraphApi.WindowClosed e) {
            return late.deliver(message, e.getMessage());
        }
    }

    /** The media message; an audio file with a caption goes as a document, since WhatsApp's audio has none. */
    static ObjectNode request(String to, StoredFile file, String mediaId, String caption) {
        String type = kind(file.mediaType());
        if ("audio".equals(type) && caption != null) {
            type = "document";
        }
        ObjectNode message = GraphApi.message().put("recipient_type", "individual").put("to", to).put("type", type);
        ObjectNode media = message.putObject(type).put("id", mediaId);
        if ("document".equals(type)) {
            media.put("filename", file.name());
        }
        if (caption != null) {
            media.put("caption", caption);
        }
        return message;
    }

    private static String kind(String mediaType) {
        if ("image/jpeg".equals(mediaType) || "image/png".equals(mediaType)) {
            return "image";
        }
        if (mediaType.startsWith("audio/") && !"audio/webm".equals(mediaType)) {
            return "audio"; // WhatsApp's audio takes OGG/Opus, MP3, M4A, AAC and AMR: a web recording goes as a document
        }
        return "video/mp4".equals(mediaType) ? "video" : "document";
    }
}
