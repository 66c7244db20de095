package org.answerdesk.channel.telegram;

import java.io.ByteArrayInputStream;

import org.answerdesk.attachment.StoredFile;
import org.answerdesk.channel.FileDelivery;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.DeliveryException;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.conversation.OutboundMessage;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * A staff's file to a Telegram chat, uploaded as multipart: a JPEG or PNG with {@code sendPhoto} (shown inline),
 * anything else with {@code sendDocument}, the text staff wrote with it as the caption. Failures are classified as
 * for text.
 */
@Component
@Conditional(TelegramConditions.Enabled.class)
class TelegramFileSender implements FileDelivery {

    private final TelegramClient telegram;

    TelegramFileSender(TelegramClient telegram) {
        this.telegram = telegram;
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public MessageRef deliver(OutboundMessage message, StoredFile file) throws DeliveryException {
        var target = TelegramMessages.target(message.key());
        var input = new InputFile(new ByteArrayInputStream(file.bytes()), file.name());
        try {
            Message sent;
            String caption = FileDelivery.caption(message, file); // plain text: no parse mode
            if ("image/jpeg".equals(file.mediaType()) || "image/png".equals(file.mediaType())) {
                sent = telegram.execute(SendPhoto.builder().chatId(target.chatId()).messageThreadId(target.topicId())
                        .photo(input).caption(caption).build());
            } else {
                sent = telegram.execute(SendDocument.builder().chatId(target.chatId())
                        .messageThreadId(target.topicId()).document(input).caption(caption).build());
            }
            return sent == null ? null : TelegramMessages.ref(target.chatId(), sent.getMessageId());
        } catch (TelegramApiRequestException e) {
            throw TelegramChannelAdapter.classify(e);
        } catch (TelegramApiException e) {
            throw DeliveryException.retryable("Telegram could not be reached: " + e.getMessage(), e);
        }
    }
}
