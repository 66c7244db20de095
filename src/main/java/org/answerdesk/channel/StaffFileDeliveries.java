package org.answerdesk.channel;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.answerdesk.attachment.Attachments;
import org.answerdesk.attachment.StoredFile;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.DeliveryException;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.conversation.OutboundMessage;
import org.answerdesk.conversation.ReplySource;
import org.springframework.stereotype.Component;

/** The channels' {@link FileDelivery} beans, and the file an outbound message carries, if any. */
@Component
class StaffFileDeliveries {

    private final Attachments attachments;
    private final Map<Channel, FileDelivery> byChannel = new EnumMap<>(Channel.class);

    StaffFileDeliveries(Attachments attachments, List<FileDelivery> deliveries) {
        this.attachments = attachments;
        deliveries.forEach(d -> byChannel.put(d.channel(), d));
    }

    /** The staff's file the message carries, when its channel can send files (only agents' messages do). */
    Optional<StoredFile> sentWith(OutboundMessage message) {
        if (message.source() != ReplySource.AGENT || !byChannel.containsKey(message.key().channel())) {
            return Optional.empty();
        }
        return attachments.sentWith(message.messageId());
    }

    MessageRef deliver(OutboundMessage message, StoredFile file) throws DeliveryException {
        return byChannel.get(message.key().channel()).deliver(message, file);
    }
}
