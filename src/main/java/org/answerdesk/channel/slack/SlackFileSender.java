package org.answerdesk.channel.slack;

import org.answerdesk.attachment.StoredFile;
import org.answerdesk.channel.FileDelivery;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.DeliveryException;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.conversation.OutboundMessage;

/**
 * A staff's file to a customer on Slack (a direct message or the thread the conversation is in), uploaded with
 * Slack's external upload flow, the text staff wrote with it as the message posted with the file. Failures are
 * classified as for text.
 */
class SlackFileSender implements FileDelivery {

    private final SlackPoster poster;

    SlackFileSender(SlackPoster poster) {
        this.poster = poster;
    }

    @Override
    public Channel channel() {
        return Channel.SLACK;
    }

    @Override
    public MessageRef deliver(OutboundMessage message, StoredFile file) throws DeliveryException {
        SlackThread thread = SlackThread.of(message.key());
        String fileId = poster.upload(thread.channel(), thread.threadTs(), file.name(), file.bytes(),
                FileDelivery.caption(message, file));
        return new MessageRef(Channel.SLACK, thread.channel() + ":" + fileId);
    }
}
