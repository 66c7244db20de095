package org.answerdesk.channel;

import org.answerdesk.attachment.StoredFile;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.DeliveryException;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.conversation.OutboundMessage;

/**
 * How a channel sends a file staff attached to an outbound message (Telegram {@code sendDocument}, a WhatsApp media
 * message, a mail with the file attached). The {@link ReplyDispatcher} calls it instead of the channel adapter for a
 * message that carries a file, under the same outbox and retry policy; it sends the file in one platform call, so a
 * retry never sends it twice. A channel without one delivers the message's text (the caption, or the file's name).
 */
public interface FileDelivery {

    /**
     * The text staff sent with the file, to deliver as its caption; null without one (the message's text is then
     * the file's name).
     */
    static String caption(OutboundMessage message, StoredFile file) {
        String text = message.text();
        return text == null || text.isBlank() || text.equals(file.name()) ? null : text;
    }

    Channel channel();

    /**
     * Sends the file to the message's customer.
     *
     * @throws DeliveryException as {@link org.answerdesk.conversation.ChannelAdapter#deliver} does
     */
    MessageRef deliver(OutboundMessage message, StoredFile file) throws DeliveryException;
}
