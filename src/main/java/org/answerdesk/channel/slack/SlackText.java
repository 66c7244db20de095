package org.answerdesk.channel.slack;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.answerdesk.conversation.Suggestion;
import org.answerdesk.feedback.Vote;
import org.answerdesk.richtext.PlainText;
import org.answerdesk.richtext.RichText;

/** Slack's text conventions: mrkdwn escaping, the bot's mention in questions, and thumbs reactions. */
final class SlackText {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SlackText() {
    }

    /**
     * Escapes the three characters Slack treats as control characters, so that text from an FAQ answer, an LLM or
     * a user cannot form a mention ({@code <!channel>}, {@code <@U123>}) or a link.
     */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * The answer as Slack mrkdwn (its {@link RichText} bold as {@code *bold*}, links as {@code <url|label>}, lists
     * as lines), with the related questions listed under {@code relatedHeading} when there are any to show.
     */
    static String reply(String text, List<Suggestion> related, String relatedHeading) {
        StringBuilder out = new StringBuilder(PlainText.walk(RichText.parse(text), SlackText::span));
        if (!related.isEmpty()) {
            out.append("\n\n*").append(escape(relatedHeading.strip())).append('*');
            related.forEach(s -> out.append("\n• ").append(escape(s.question())));
        }
        return out.toString();
    }

    private static String span(RichText.Span span) {
        String text = escape(span.text());
        if (span.href() != null) {
            text = "<" + escape(span.href()) + "|" + text + ">";
        }
        return span.bold() && !span.text().isBlank() ? "*" + text + "*" : text;
    }

    /** The question as the user meant it: without the bot's mention, Slack's escapes undone, spaces collapsed. */
    static String question(String text, String botUserId) {
        if (text == null) {
            return "";
        }
        String plain = text;
        if (botUserId != null) {
            plain = plain.replaceAll("<@" + Pattern.quote(botUserId) + "(\\|[^>]*)?>", " ");
        }
        return SPACES.matcher(unescape(plain)).replaceAll(" ").strip();
    }

    /** Slack sends message text with &, < and > escaped; this gives them back plain. */
    static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** A reaction's name without its skin tone: {@code +1::skin-tone-3} is {@code +1}. */
    static String baseReaction(String reaction) {
        String base = reaction.toLowerCase(Locale.ROOT);
        int tone = base.indexOf("::");
        return tone >= 0 ? base.substring(0, tone) : base;
    }

    /** Whether the text mentions the bot (then an app_mention event for it comes, too). */
    static boolean mentions(String text, String botUserId) {
        return text != null && botUserId != null && text.contains("<@" + botUserId);
    }

    /** The vote a reaction stands for: +1/thumbsup or -1/thumbsdown in any skin tone; null for other reactions. */
    static Vote vote(String reaction) {
        if (reaction == null) {
            return null;
        }
        return switch (baseReaction(reaction)) {
            case "+1", "thumbsup" -> Vote.UP;
            case "-1", "thumbsdown" -> Vote.DOWN;
            default -> null;
        };
    }
}
