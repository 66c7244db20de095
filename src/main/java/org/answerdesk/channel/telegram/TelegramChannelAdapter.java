package org.answerdesk.channel.telegram;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ChannelAdapter;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.DeliveryException;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.conversation.OutboundMessage;
import org.answerdesk.conversation.ReplySource;
import org.answerdesk.conversation.Suggestion;
import org.answerdesk.language.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends stored replies with {@code sendMessage}: HTML-escaped, split at 4,096 characters, with 👍/👎 under FAQ and
 * LLM answers. The returned ref is the message carrying the buttons (the last part). A retry after a failure in
 * the middle of a long answer starts at the first part not yet sent. Before the core answers a question it shows
 * "typing…" ({@link #beforeAnswer}).
 */
@Component
@Conditional(TelegramConditions.Enabled.class)
class TelegramChannelAdapter implements ChannelAdapter {

    private static final Logger log = LoggerFactory.getLogger(TelegramChannelAdapter.class);

    private final TelegramClient telegram;
    private final TelegramProperties properties;
    private final BotIdentity bot;
    private final Texts texts;

    TelegramChannelAdapter(TelegramClient telegram, TelegramProperties properties, BotIdentity bot, Texts texts) {
        this.telegram = telegram;
        this.properties = properties;
        this.bot = bot;
        this.texts = texts;
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    /** "typing…" in the chat while the core works out the answer. */
    @Override
    public void beforeAnswer(ConversationKey key) {
        var target = TelegramMessages.target(key);
        try {
            telegram.execute(SendChatAction.builder().chatId(target.chatId()).messageThreadId(target.topicId())
                    .action("typing").build());
        } catch (TelegramApiException e) {
            log.debug("Typing indicator not shown in {}: {}", key.externalId(), e.getMessage());
        }
    }

    @Override
    public Optional<String> botName() {
        return Optional.of(bot.name());
    }

    @Override
    public MessageRef deliver(OutboundMessage message) throws DeliveryException {
        var target = TelegramMessages.target(message.key());
        List<Suggestion> offered = message.showSuggestions() ? message.suggestions() : List.of();
        // the bot's own messages (the /start greeting, a handoff notice) offer their questions as buttons that ask
        // them, as many as the core chose; answers list a few related questions under the text
        boolean questionButtons = message.source() == ReplySource.SYSTEM && !offered.isEmpty();
        List<String> related = questionButtons ? List.of() : offered.stream().limit(properties.maxSuggestions())
                .map(Suggestion::question).toList();
        List<String> parts = TelegramFormat.render(message.text(), related,
                texts.text("answer.related", message.language()), TelegramFormat.LIMIT);
        // answers can be rated, whoever wrote them: the FAQ, the LLM or a person on the team
        boolean rated = message.source() != ReplySource.SYSTEM;
        // in groups, quote the question so everyone sees what is being answered
        Integer quote = target.group() && message.origin() != null ? TelegramMessages.messageId(message.origin().ref())
                : null;
        Message sent = null;
        for (int i = Math.max(0, Math.min(message.partsDelivered(), parts.size() - 1)); i < parts.size(); i++) {
            var send = SendMessage.builder().chatId(target.chatId()).messageThreadId(target.topicId())
                    .text(parts.get(i)).parseMode("HTML");
            if (i == 0 && quote != null) {
                send.replyParameters(ReplyParameters.builder().messageId(quote).allowSendingWithoutReply(true).build());
            }
            if (i == parts.size() - 1) {
                if (message.offersChoices()) {
                    send.replyMarkup(TelegramClarify.keyboard(message.messageId(), message.choices(), texts,
                            message.language()));
                } else if (message.asksForRating()) {
                    send.replyMarkup(TelegramChoices.ratingKeyboard(message.ratingRequestId(), null));
                } else if (questionButtons) {
                    send.replyMarkup(TelegramChoices.questionKeyboard(offered));
                } else if (rated) {
                    send.replyMarkup(keyboard(message));
                }
            }
            try {
                sent = send(send.build());
            } catch (DeliveryException e) {
                throw e.afterParts(i);
            }
        }
        return sent == null ? null : TelegramMessages.ref(target.chatId(), sent.getMessageId());
    }

    /** 👍/👎 and "Talk to a person", under "That helped" and "Something else" where the core asks. */
    private InlineKeyboardMarkup keyboard(OutboundMessage message) {
        InlineKeyboardMarkup feedback = TelegramFormat.feedbackKeyboard(null,
                texts.text("choices.talk-to-person", message.language()));
        if (!message.asksIfHelped()) {
            return feedback;
        }
        List<InlineKeyboardRow> rows = new java.util.ArrayList<>(List.of(TelegramClarify.didItHelpRow(message.messageId(),
                texts, message.language())));
        rows.addAll(feedback.getKeyboard());
        return new InlineKeyboardMarkup(rows);
    }

    private Message send(SendMessage request) throws DeliveryException {
        try {
            return telegram.execute(request);
        } catch (TelegramApiRequestException e) {
            throw classify(e);
        } catch (TelegramApiException e) {
            throw DeliveryException.retryable("Telegram could not be reached: " + e.getMessage(), e);
        }
    }

    /** 429: wait as told; 403 (blocked, kicked): give up; anything else: retry with back-off. */
    static DeliveryException classify(TelegramApiRequestException e) {
        Integer code = e.getErrorCode();
        if (code != null && code == 429) {
            Integer wait = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            return DeliveryException.retryAfter("Telegram rate limit: " + e.getApiResponse(),
                    Duration.ofSeconds(wait == null ? 1 : Math.max(wait, 1)));
        }
        if (code != null && code == 403) {
            return DeliveryException.permanent("Telegram refused: " + e.getApiResponse(), e);
        }
        return DeliveryException.retryable("Telegram error " + code + ": " + e.getApiResponse(), e);
    }
}
