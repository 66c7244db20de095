package org.answerdesk.channel.slack;

import java.io.IOException;

import org.answerdesk.attachment.MediaFetcher;
import org.answerdesk.attachment.StoredFile;
import org.answerdesk.channel.DeskAdapter;
import org.answerdesk.channel.FileDelivery;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.DeliveryException;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.conversation.OutboundMessage;
import org.answerdesk.handoff.DeskPost;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Files to and from Slack and the staff desk's posts, for Slack connected from the admin page: their users find
 * the channel's beans at start, before Slack runs, so this one stands in and hands each call to the running
 * channel's {@link SlackFiles}, {@link SlackFileSender} or {@link SlackHandoffDesk}. While none runs, files fail as
 * retryable and desk posts wait ({@link #enabled}). Only without a bot token in the environment.
 */
@Component
@Conditional(SlackConditions.Disabled.class)
class SlackAtRunTime implements MediaFetcher, FileDelivery, DeskAdapter {

    private final SlackSetup setup;

    SlackAtRunTime(SlackSetup setup) {
        this.setup = setup;
    }

    @Override
    public Channel channel() {
        return Channel.SLACK;
    }

    @Override
    public byte[] fetch(String remoteRef, long maxBytes) throws IOException {
        var files = setup.running(SlackFiles.class);
        if (files.isEmpty()) {
            throw new IOException("Slack is not connected");
        }
        return files.get().fetch(remoteRef, maxBytes);
    }

    @Override
    public MessageRef deliver(OutboundMessage message, StoredFile file) throws DeliveryException {
        var sender = setup.running(SlackFileSender.class);
        if (sender.isEmpty()) {
            throw DeliveryException.retryable("Slack is not connected", null);
        }
        return sender.get().deliver(message, file);
    }

    @Override
    public boolean enabled() {
        return setup.running(SlackHandoffDesk.class).isPresent();
    }

    @Override
    public String post(DeskPost post) throws DeliveryException {
        var desk = setup.running(SlackHandoffDesk.class);
        if (desk.isEmpty()) {
            throw DeliveryException.retryable("the Slack desk is not connected", null);
        }
        return desk.get().post(post);
    }
}
