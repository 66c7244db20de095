package org.answerdesk.channel.telegram;

import java.util.Locale;

import org.answerdesk.conversation.ConversationDesk;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.feedback.Vote;
import org.answerdesk.language.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Acknowledges a pressed button ({@code answerCallbackQuery}, so the client stops its spinner) and marks the chosen
 * vote, on the intake thread once the press is stored: two quick Bot API calls, never an answer (the core makes
 * those on its own workers), and best effort: a failure costs only the spinner, the press is stored.
 */
@Component
@Conditional(TelegramConditions.Enabled.class)
class TelegramButtons {

    private static final Logger log = LoggerFactory.getLogger(TelegramButtons.class);

    private final TelegramClient telegram;
    private final Texts texts;
    private final ConversationDesk desk;

    TelegramButtons(TelegramClient telegram, Texts texts, ConversationDesk desk) {
        this.telegram = telegram;
        this.texts = texts;
        this.desk = desk;
    }

    /** Stops the button's spinner, without a text. */
    void acknowledge(String callbackId) {
        acknowledge(callbackId, null, null, null, null);
    }

    /**
     * Thanks for a vote (Telegram shows it briefly) in the language of the key's conversation and, when
     * {@code votedOn} is set (private chats), marks the chosen button on that message.
     */
    void acknowledgeVote(String callbackId, ConversationKey key, MessageRef votedOn, Vote vote) {
        Locale language = desk.language(key);
        acknowledge(callbackId, texts.text("feedback.thanks", language), votedOn, vote, language);
    }

    /**
     * Answers a button press (Telegram shows {@code text} briefly) and, when {@code votedOn} is set (private chats),
     * marks the chosen button on that message, its keyboard's labels in {@code language} (the conversation's).
     */
    private void acknowledge(String callbackId, String text, MessageRef votedOn, Vote vote, Locale language) {
        try {
            var answer = new AnswerCallbackQuery(callbackId);
            answer.setText(text);
            telegram.execute(answer);
            if (votedOn != null) {
                String[] ref = votedOn.externalMessageId().split(":");
                telegram.execute(EditMessageReplyMarkup.builder().chatId(ref[0]).messageId(Integer.valueOf(ref[1]))
                        .replyMarkup(TelegramFormat.feedbackKeyboard(vote, texts.text("choices.talk-to-person", language)))
                        .build());
            }
        } catch (TelegramApiException | RuntimeException e) {
            log.warn("Could not answer button {}: {}", callbackId, e.toString());
        }
    }
}
