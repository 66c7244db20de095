package org.answerdesk.channel.telegram;

import java.util.ArrayList;
import java.util.List;

import org.answerdesk.conversation.ChoicePayload;
import org.answerdesk.feedback.Vote;
import org.answerdesk.richtext.Html;
import org.answerdesk.richtext.PlainText;
import org.answerdesk.richtext.RichText;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Turns a reply into Telegram messages: HTML parse mode (the answer's bold, links and lists as tags, every text
 * escaped), split to Telegram's 4,096-character limit, related questions as a short list, and the 👍/👎 keyboard.
 */
final class TelegramFormat {

    /** Telegram's limit, counted after entity parsing (so in plain-text characters). */
    static final int LIMIT = 4096;
    static final String VOTE_UP = "fb:up";
    static final String VOTE_DOWN = "fb:down";
    /** The "Talk to a person" button: the same as the customer typing /human. */
    static final String HUMAN = ChoicePayload.PERSON;

    private TelegramFormat() {
    }

    /** Telegram's HTML needs only these three escaped in text (a link's URL gets {@link Html}'s attribute escape). */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * The messages to send, as HTML: the answer's rich text ({@link RichText}: bold, links, lists) split to the
     * limit, then the related questions if any under {@code relatedHeading} (the {@code answer.related} text in the
     * conversation's language). Every piece is valid HTML on its own: tags never span a cut.
     */
    static List<String> render(String text, List<String> related, String relatedHeading, int limit) {
        List<RichText.Span> spans = PlainText.flatten(RichText.parse(text));
        StringBuilder all = new StringBuilder();
        spans.forEach(span -> all.append(span.text()));
        String plain = all.toString();
        List<int[]> pieces = cuts(plain, limit);
        List<String> out = new ArrayList<>();
        for (int[] piece : pieces) {
            out.add(html(spans, piece[0], piece[1]));
        }
        if (!related.isEmpty()) {
            StringBuilder plainList = new StringBuilder(relatedHeading);
            StringBuilder html = new StringBuilder("<b>" + escape(relatedHeading) + "</b>");
            for (String q : related) {
                plainList.append("\n• ").append(q);
                html.append("\n• ").append(escape(q));
            }
            int lastLength = pieces.isEmpty() ? 0 : pieces.get(pieces.size() - 1)[1] - pieces.get(pieces.size() - 1)[0];
            if (!pieces.isEmpty() && lastLength + 2 + plainList.length() <= limit) {
                out.set(out.size() - 1, out.get(out.size() - 1) + "\n\n" + html);
            } else if (plainList.length() <= limit) {
                out.add(html.toString());
            }
        }
        return out;
    }

    /** The HTML of the plain-text range [from, to) of the laid-out spans. */
    private static String html(List<RichText.Span> spans, int from, int to) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (RichText.Span span : spans) {
            int start = Math.max(from, at);
            int end = Math.min(to, at + span.text().length());
            if (start < end) {
                String piece = escape(span.text().substring(start - at, end - at));
                if (span.href() != null) {
                    piece = "<a href=\"" + Html.escape(span.href()) + "\">" + piece + "</a>";
                }
                out.append(span.bold() ? "<b>" + piece + "</b>" : piece);
            }
            at += span.text().length();
        }
        return out.toString();
    }

    /** Splits plain text into pieces of at most {@code limit} characters, at a line break or space where possible. */
    static List<String> split(String text, int limit) {
        return cuts(text, limit).stream().map(c -> text.substring(c[0], c[1])).toList();
    }

    /** The [start, end) ranges of {@link #split}: whitespace at the cuts and at both ends left out. */
    private static List<int[]> cuts(String text, int limit) {
        List<int[]> out = new ArrayList<>();
        int start = skipSpace(text, 0);
        while (text.length() - start > limit) {
            int end = start + limit;
            int cut = text.lastIndexOf('\n', end);
            if (cut < start + limit / 2) {
                cut = text.lastIndexOf(' ', end);
            }
            if (cut < start + limit / 2) {
                cut = Character.isLowSurrogate(text.charAt(end)) ? end - 1 : end; // never split an emoji
            }
            int stop = cut;
            while (stop > start && Character.isWhitespace(text.charAt(stop - 1))) {
                stop--;
            }
            out.add(new int[] {start, stop});
            start = skipSpace(text, cut);
        }
        int stop = text.length();
        while (stop > start && Character.isWhitespace(text.charAt(stop - 1))) {
            stop--;
        }
        if (stop > start) {
            out.add(new int[] {start, stop});
        }
        return out;
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** 👍 / 👎 under an answer, then "Talk to a person" ({@code talkToPerson}); the chosen one marked once voted. */
    static InlineKeyboardMarkup feedbackKeyboard(Vote chosen, String talkToPerson) {
        return new InlineKeyboardMarkup(List.of(new InlineKeyboardRow(
                button(chosen == Vote.UP ? "✅ 👍" : "👍", VOTE_UP),
                button(chosen == Vote.DOWN ? "✅ 👎" : "👎", VOTE_DOWN)),
                new InlineKeyboardRow(button("🙋 " + talkToPerson, HUMAN))));
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
