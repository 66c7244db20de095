package org.answerdesk.channel.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.answerdesk.channel.Presses;
import org.answerdesk.conversation.ConversationDesk;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.conversation.InboundMessage;
import org.answerdesk.conversation.Suggestion;
import org.answerdesk.satisfaction.Rating;
import org.answerdesk.satisfaction.RatingPayload;
import org.answerdesk.satisfaction.SatisfactionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The buttons of a satisfaction request ({@link RatingPayload}) and of the questions a greeting offers
 * ({@code faq:<entry id>}): their keyboards, and a press mapped back to the core (a score, or the entry's question
 * as if typed). The core decides whether a score counts and answers the question; this only passes them on,
 * acknowledges the press and marks the chosen score.
 */
@Component
@Conditional(TelegramConditions.Enabled.class)
class TelegramChoices {

    static final Pattern QUESTION = Pattern.compile("faq:(\\d{1,18})");

    private static final Logger log = LoggerFactory.getLogger(TelegramChoices.class);

    private final TelegramClient telegram;
    private final SatisfactionService satisfaction;
    private final ConversationService conversations;
    private final Presses presses;
    private final ConversationDesk desk;

    TelegramChoices(TelegramClient telegram, SatisfactionService satisfaction, ConversationService conversations,
                    Presses presses, ConversationDesk desk) {
        this.telegram = telegram;
        this.satisfaction = satisfaction;
        this.conversations = conversations;
        this.presses = presses;
        this.desk = desk;
    }

    /** One row with the scores 1-5; the chosen one (if any) marked. */
    static InlineKeyboardMarkup ratingKeyboard(long requestId, Integer chosen) {
        List<InlineKeyboardButton> row = new ArrayList<>();
        for (int score : SatisfactionService.scores()) {
            row.add(button((Integer.valueOf(score).equals(chosen) ? "✅ " : "") + score,
                    RatingPayload.encode(requestId, score)));
        }
        return new InlineKeyboardMarkup(List.of(new InlineKeyboardRow(row)));
    }

    /** A button per offered question, a row each; pressing one asks it. */
    static InlineKeyboardMarkup questionKeyboard(List<Suggestion> questions) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        questions.forEach(q -> rows.add(new InlineKeyboardRow(button(q.question(), Presses.question(q.entryId())))));
        return new InlineKeyboardMarkup(rows);
    }

    /** The FAQ entry a question button names, or null. */
    static Long question(String callbackData) {
        Matcher m = callbackData == null ? null : QUESTION.matcher(callbackData);
        return m != null && m.matches() ? Long.valueOf(m.group(1)) : null;
    }

    /**
     * Handles a score button: false if the press is not one. The score is stored for the conversation's customer
     * (a press by anyone else, on an expired or unknown request, is refused and said so); a redelivered update
     * changes nothing.
     */
    boolean onRating(String eventId, CallbackQuery q) {
        var payload = RatingPayload.decode(q.getData()).orElse(null);
        if (payload == null) {
            return false;
        }
        long requestId = payload.requestId();
        int score = payload.score();
        if (!(q.getMessage() instanceof Message message) || q.getFrom() == null || !SatisfactionService.isScore(score)) {
            acknowledge(q.getId(), null);
            return true;
        }
        ConversationKey key = TelegramMessages.key(message);
        var outcome = satisfaction.rate(Rating.pressed(key, String.valueOf(q.getFrom().getId()), requestId, score, eventId));
        Locale language = desk.language(key);
        switch (outcome) {
            case RECORDED -> {
                acknowledge(q.getId(), satisfaction.thanks(language));
                mark(message, requestId, score);
            }
            case REPEATED -> log.debug("Rating press {} seen before", eventId);
            case EXPIRED, UNKNOWN -> acknowledge(q.getId(), presses.ratingReply(outcome, null, language).orElse(null));
        }
        return true;
    }

    /**
     * Handles an offered question's button: false if the press is not one. The FAQ entry's question is stored as
     * if the customer had typed it (deduplicated by update id), and the core answers it; an entry deleted since
     * the buttons were sent is said so.
     */
    boolean onQuestion(String eventId, CallbackQuery q) {
        Long entryId = question(q.getData());
        if (entryId == null) {
            return false;
        }
        var question = presses.questionOf(entryId);
        if (question.isEmpty() || !(q.getMessage() instanceof Message message) || q.getFrom() == null) {
            // the chat the button was in tells the language; a press without one is told in the default
            Locale language = q.getMessage() instanceof Message m ? desk.language(TelegramMessages.key(m)) : null;
            acknowledge(q.getId(), question.isEmpty() ? presses.questionGone(language) : null);
            return true;
        }
        conversations.receive(InboundMessage.question(eventId, TelegramMessages.key(message),
                TelegramMessages.participant(q.getFrom()), question.get(), null, null));
        acknowledge(q.getId(), null);
        return true;
    }

    private void acknowledge(String callbackId, String text) {
        try {
            var answer = new AnswerCallbackQuery(callbackId);
            answer.setText(text);
            telegram.execute(answer);
        } catch (TelegramApiException | RuntimeException e) {
            log.warn("Could not answer button {}: {}", callbackId, e.toString());
        }
    }

    private void mark(Message message, long requestId, int score) {
        try {
            telegram.execute(EditMessageReplyMarkup.builder().chatId(message.getChatId()).messageId(message.getMessageId())
                    .replyMarkup(ratingKeyboard(requestId, score)).build());
        } catch (TelegramApiException | RuntimeException e) {
            log.debug("Chosen score not marked: {}", e.toString());
        }
    }

    private static InlineKeyboardButton button(String text, String data) {
        return InlineKeyboardButton.builder().text(text).callbackData(data).build();
    }
}
