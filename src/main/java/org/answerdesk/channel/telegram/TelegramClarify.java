package org.answerdesk.channel.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.answerdesk.channel.ChoiceLabel;
import org.answerdesk.channel.Presses;
import org.answerdesk.conversation.ChoicePayload;
import org.answerdesk.conversation.Receipt;
import org.answerdesk.conversation.Suggestion;
import org.answerdesk.language.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The choices of a clarify reply and the "did that help" quick replies as inline buttons ({@link ChoicePayload} as
 * callback data), and a press mapped back to the core through {@link Presses}. The core decides whether the press counts (offered in this
 * chat, not answered yet) and answers it; this only passes it on and stops the button's spinner.
 */
@Component
@Conditional(TelegramConditions.Enabled.class)
class TelegramClarify {

    /** Telegram shows about one line of a button; longer questions are cut at a word. */
    static final int LABEL_LENGTH = 60;
    private static final String CHOSEN = "✅ ";

    private static final Logger log = LoggerFactory.getLogger(TelegramClarify.class);

    private final Presses presses;
    private final TelegramButtons buttons;
    private final TelegramClient telegram;

    TelegramClarify(Presses presses, TelegramButtons buttons, TelegramClient telegram) {
        this.presses = presses;
        this.buttons = buttons;
        this.telegram = telegram;
    }

    /** A row per offered entry, then "Something else" and "Talk to a person", in the conversation's language. */
    static InlineKeyboardMarkup keyboard(long replyId, List<Suggestion> choices, Texts texts, Locale language) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (Suggestion choice : choices) {
            rows.add(new InlineKeyboardRow(button(ChoiceLabel.of(choice.question(), LABEL_LENGTH),
                    ChoicePayload.entry(replyId, choice.entryId()))));
        }
        rows.add(new InlineKeyboardRow(button(texts.text("choices.something-else", language),
                ChoicePayload.somethingElse(replyId))));
        rows.add(new InlineKeyboardRow(button("🙋 " + texts.text("choices.talk-to-person", language),
                TelegramFormat.HUMAN)));
        return new InlineKeyboardMarkup(rows);
    }

    /** "That helped" and "Something else" under a direct answer, a row of their own. */
    static InlineKeyboardRow didItHelpRow(long replyId, Texts texts, Locale language) {
        return new InlineKeyboardRow(button(texts.text("choices.helped", language), ChoicePayload.helped(replyId)),
                button(texts.text("choices.something-else", language), ChoicePayload.notHelped(replyId)));
    }

    /**
     * Handles a choice button or a "did that help" one: false if the press is neither. The press is stored under
     * the callback query's id (a redelivered update is the same press) for the chat the button was in, through
     * {@link Presses}; the core answers it.
     */
    boolean onChoice(CallbackQuery q) {
        if (TelegramFormat.HUMAN.equals(q.getData()) || !Presses.handles(q.getData())) {
            return false;
        }
        if (!(q.getMessage() instanceof Message message) || q.getFrom() == null || q.getId() == null) {
            buttons.acknowledge(q.getId());
            return true;
        }
        Receipt receipt = presses.receive("tg-cb:" + q.getId(), TelegramMessages.key(message),
                TelegramMessages.participant(q.getFrom()), q.getData(), null, null).orElseThrow();
        log.debug("Press {} stored: {}", q.getId(), receipt.status());
        buttons.acknowledge(q.getId());
        if (receipt.status() == Receipt.Status.ACCEPTED && message.getReplyMarkup() != null) {
            mark(message, q.getData());
        }
        return true;
    }

    /** The pressed button marked ✅ (best effort: the press is stored either way); the keyboard is the message's own. */
    private void mark(Message message, String pressed) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (InlineKeyboardRow row : message.getReplyMarkup().getKeyboard()) {
            List<InlineKeyboardButton> marked = new ArrayList<>();
            for (InlineKeyboardButton b : row) {
                boolean chosen = pressed.equals(b.getCallbackData()) && !b.getText().startsWith(CHOSEN);
                marked.add(chosen ? button(CHOSEN + b.getText(), b.getCallbackData()) : b);
            }
            rows.add(new InlineKeyboardRow(marked));
        }
        try {
            telegram.execute(EditMessageReplyMarkup.builder().chatId(message.getChatId()).messageId(message.getMessageId())
                    .replyMarkup(new InlineKeyboardMarkup(rows)).build());
        } catch (TelegramApiException | RuntimeException e) {
            log.debug("Chosen choice not marked: {}", e.toString());
        }
    }

    private static InlineKeyboardButton button(String text, String data) {
        return InlineKeyboardButton.builder().text(text).callbackData(data).build();
    }
}
