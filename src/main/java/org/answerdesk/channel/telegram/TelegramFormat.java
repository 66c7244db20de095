package org.answerdesk.channel.telegram;

import java.util.ArrayList;
import java.util.List;

import org.answerdesk.feedback.Vote;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Turns a reply into Telegram messages: HTML parse mode with every user or FAQ text escaped, split to Telegram's
 * 4,096-character limit, related questions as a short list, and the 👍/👎 keyboard.
 */
final class TelegramFormat {

    /** Telegram's limit, counted after entity parsing (so in plain-text characters). */
    static final int LIMIT = 4096;
    static final String VOTE_UP = "fb:up";
    static final String VOTE_DOWN = "fb:down";
    /** The "Talk to a person" button: the same as the customer typing /human. */
    static final String HUMAN = "human";

    private TelegramFormat() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The messages to send, as HTML: the text split to the limit, then the related questions if any. */
    static List<String> render(String text, List<String> related, int limit) {
        List<String> out = new ArrayList<>();
        List<String> parts = split(text, limit);
        for (String part : parts) {
            out.add(escape(part));
        }
        if (!related.isEmpty()) {
            StringBuilder plain = new StringBuilder("Related questions:");
            StringBuilder html = new StringBuilder("<b>Related questions:</b>");
            for (String q : related) {
                plain.append("\n• ").append(q);
                html.append("\n• ").append(escape(q));
            }
            String last = parts.isEmpty() ? "" : parts.get(parts.size() - 1);
            if (!parts.isEmpty() && last.length() + 2 + plain.length() <= limit) {
                out.set(out.size() - 1, out.get(out.size() - 1) + "\n\n" + html);
            } else if (plain.length() <= limit) {
                out.add(html.toString());
            }
        }
        return out;
    }

    /** Splits plain text into pieces of at most {@code limit} characters, at a line break or space where possible. */
    static List<String> split(String text, int limit) {
        List<String> out = new ArrayList<>();
        String rest = text.strip();
        while (rest.length() > limit) {
            int cut = rest.lastIndexOf('\n', limit);
            if (cut < limit / 2) {
                cut = rest.lastIndexOf(' ', limit);
            }
            if (cut < limit / 2) {
                cut = Character.isLowSurrogate(rest.charAt(limit)) ? limit - 1 : limit; // never split an emoji
            }
            out.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    /** 👍 / 👎 under an answer; the chosen one marked once the customer voted. */
    static InlineKeyboardMarkup feedbackKeyboard(Vote chosen) {
        return new InlineKeyboardMarkup(List.of(new InlineKeyboardRow(
                button(chosen == Vote.UP ? "✅ 👍" : "👍", VOTE_UP),
                button(chosen == Vote.DOWN ? "✅ 👎" : "👎", VOTE_DOWN)),
                new InlineKeyboardRow(button("🙋 Talk to a person", HUMAN))));
    }

    /** The vote a button's callback data stands for, or null. */
    static Vote vote(String callbackData) {
        if (VOTE_UP.equals(callbackData)) {
            return Vote.UP;
        }
        return VOTE_DOWN.equals(callbackData) ? Vote.DOWN : null;
    }

    private static InlineKeyboardButton button(String text, String data) {
        return InlineKeyboardButton.builder().text(text).callbackData(data).build();
    }
}
