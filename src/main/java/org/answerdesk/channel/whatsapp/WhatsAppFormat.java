package org.answerdesk.channel.whatsapp;

import java.util.ArrayList;
import java.util.List;

import org.answerdesk.richtext.PlainText;
import org.answerdesk.richtext.RichText;

/**
 * A reply as WhatsApp text: the answer's {@link RichText} bold as {@code *bold*}, links as "label (url)" (WhatsApp
 * links a bare URL by itself and has no link markup), lists as lines, the related questions under it, and the whole
 * split to WhatsApp's 4,096-character limit at a line break or space. WhatsApp has no escape for its markers, so
 * text is sent as it is.
 */
final class WhatsAppFormat {

    /** WhatsApp's limit for a text message body. */
    static final int LIMIT = 4096;
    /** The body of an interactive message (buttons, list) is shorter. */
    static final int INTERACTIVE_BODY = 1024;

    private WhatsAppFormat() {
    }

    /** The messages to send, in order; the related questions under {@code relatedHeading} (in bold). */
    static List<String> render(String text, List<String> related, String relatedHeading, int limit) {
        StringBuilder all = new StringBuilder(PlainText.walk(RichText.parse(text), WhatsAppFormat::span));
        if (!related.isEmpty()) {
            all.append("\n\n*").append(relatedHeading.strip()).append('*');
            related.forEach(q -> all.append("\n• ").append(q));
        }
        return split(all.toString(), limit);
    }

    private static String span(RichText.Span span) {
        String text = span.text();
        if (span.href() != null && !span.href().equals(span.text())) {
            text = text + " (" + span.href().replaceFirst("^mailto:", "") + ")";
        }
        // WhatsApp shows *x* bold only when the markers touch the text: keep the spaces outside them
        if (span.bold() && !span.text().isBlank()) {
            String core = text.strip();
            int lead = text.indexOf(core);
            return text.substring(0, lead) + "*" + core + "*" + text.substring(lead + core.length());
        }
        return text;
    }

    /**
     * Pieces of at most {@code limit} characters: cut at the last line break in the second half of the window, else
     * the last space, else hard (never between the two halves of an emoji); whitespace at the cuts dropped.
     */
    static List<String> split(String text, int limit) {
        List<String> out = new ArrayList<>();
        String rest = text.strip();
        while (rest.length() > limit) {
            int cut = rest.lastIndexOf('\n', limit);
            if (cut < limit / 2) {
                cut = rest.lastIndexOf(' ', limit);
            }
            if (cut < limit / 2) {
                cut = Character.isLowSurrogate(rest.charAt(limit)) ? limit - 1 : limit;
            }
            out.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    /**
     * Text for a template parameter: Meta refuses new lines, tabs and more than four spaces in a row there, so
     * all whitespace runs become one space; cut to {@code max} characters.
     */
    static String templateParameter(String text, int max) {
        String line = PlainText.walk(RichText.parse(text), WhatsAppFormat::span).replaceAll("\\s+", " ").strip();
        if (line.length() <= max) {
            return line;
        }
        int end = Character.isLowSurrogate(line.charAt(max - 1)) ? max - 2 : max - 1;
        return line.substring(0, end) + "…";
    }
}
