package org.answerdesk.channel.email;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ChannelAdapter;
import org.answerdesk.conversation.DeliveryException;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.conversation.OutboundMessage;

/**
 * Sends stored answers by SMTP as replies to the mail they answer ({@link SmtpReplies}).
 */
class EmailChannelAdapter implements ChannelAdapter {

    private final SmtpReplies replies;

    EmailChannelAdapter(SmtpReplies replies) {
        this.replies = replies;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    /** Mail offers no person after a thumbs-down: the feedback page tells how to reach one. */
    @Override
    public boolean offersPersonAfterThumbsDown() {
        return false;
    }

    /** The likeliest answers go out with the ticket open: a mail's customer may never come back to confirm one. */
    @Override
    public boolean opensTicketWithChoices() {
        return true;
    }

    /** The answers to a mail of several questions go out as one reply mail. */
    @Override
    public boolean sendsAnswersTogether() {
        return true;
    }

    @Override
    public MessageRef deliver(OutboundMessage message) throws DeliveryException {
        return replies.send(message, mail -> mail);
    }
}
