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
 * retry never sends it twice. A channel without one delivers the message's text (the file's name).
 */
public interface FileDelivery {

    Channel channel();

    /**
     * Sends the file to the message's customer.
     *
     * @throws DeliveryException as {@link org.answerdesk.conversation.ChannelAdapter#deliver} does
     */
    MessageRef deliver(OutboundMessage message, StoredFile file) throws DeliveryException;
}
