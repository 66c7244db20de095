package org.answerdesk.channel.whatsapp;

import java.io.IOException;

import org.answerdesk.attachment.MediaFetcher;
import org.answerdesk.attachment.StoredFile;
import org.answerdesk.channel.FileDelivery;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.DeliveryException;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.conversation.OutboundMessage;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Files to and from a WhatsApp number connected from the admin page: the app's downloads and staff's file
 * deliveries find their channel's bean at start, before the number runs, so this one stands in and hands each call
 * to the running channel's {@link WhatsAppFiles} or {@link WhatsAppFileSender}; while none runs, both fail as
 * retryable. Only without an access token in the environment (which has its own).
 */
@Component
@Conditional(WhatsAppConditions.Disabled.class)
class WhatsAppAtRunTime implements MediaFetcher, FileDelivery {

    private final WhatsAppSetup setup;

    WhatsAppAtRunTime(WhatsAppSetup setup) {
        this.setup = setup;
    }

    @Override
    public Channel channel() {
        return Channel.WHATSAPP;
    }

    @Override
    public byte[] fetch(String remoteRef, long maxBytes) throws IOException {
        var files = setup.running(WhatsAppFiles.class);
        if (files.isEmpty()) {
            throw new IOException("WhatsApp is not connected");
        }
        return files.get().fetch(remoteRef, maxBytes);
    }

    @Override
    public MessageRef deliver(OutboundMessage message, StoredFile file) throws DeliveryException {
        var sender = setup.running(WhatsAppFileSender.class);
        if (sender.isEmpty()) {
            throw DeliveryException.retryable("WhatsApp is not connected", null);
        }
        return sender.get().deliver(message, file);
    }
}
