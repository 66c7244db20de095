package org.answerdesk.channel.telegram;

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
 * Files to and from a Telegram bot connected from the admin page: the app's file downloads and staff's file
 * deliveries find their channel's bean at start, before the bot runs, so this one stands in and hands each call to
 * the running bot's {@link TelegramFiles} or {@link TelegramFileSender}. While none runs, a download or a delivery
 * fails as retryable and is tried again later. Only without a token in the environment (which has its own).
 */
@Component
@Conditional(TelegramConditions.Disabled.class)
class TelegramFilesAtRunTime implements MediaFetcher, FileDelivery {

    private final TelegramSetup setup;

    TelegramFilesAtRunTime(TelegramSetup setup) {
        this.setup = setup;
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public byte[] fetch(String remoteRef, long maxBytes) throws IOException {
        var files = setup.running(TelegramFiles.class);
        if (files.isEmpty()) {
            throw new IOException("Telegram is not connected");
        }
        return files.get().fetch(remoteRef, maxBytes);
    }

    @Override
    public MessageRef deliver(OutboundMessage message, StoredFile file) throws DeliveryException {
        var sender = setup.running(TelegramFileSender.class);
        if (sender.isEmpty()) {
            throw DeliveryException.retryable("Telegram is not connected", null);
        }
        return sender.get().deliver(message, file);
    }
}
