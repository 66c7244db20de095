package org.answerdesk.richtext;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * The small Markdown subset an answer (FAQ, LLM or agent) may use, parsed once (by commonmark-java, with the
 * CommonMark rules for what opens and closes) into a neutral tree that every channel renders in its own format
 * (Telegram HTML, Slack mrkdwn, email HTML and text, the web's DOM): paragraphs (separated by a blank line; single
 * line breaks are kept), bullet lists ({@code - }, {@code * }, {@code • }), numbered lists ({@code 1. },
 * {@code 1) }; nested lists are laid out flat), {@code **bold**} and {@code [label](url)} links.
 *
 * <p>Contract: the tree holds plain text only; a renderer escapes every {@link Span#text()} and
 * {@link Span#href()} for its format. Anything else (HTML tags, headings, quotes, code, images, {@code *italic*},
 * unbalanced {@code **}, a link that does not close) stays literal text; CommonMark's backslash escapes and
 * entities ({@code \*}, {@code &amp;amp;}) give the character they stand for. A link's {@code href} is set only
 * for http, https and mailto URLs; any other ({@code javascript:}, {@code data:}, relative) leaves just its label
 * as text.
 *
 * @param blocks the answer's paragraphs and lists, in order
 */
public record RichText(List<Block> blocks) {

    /** A run of text with one style; {@code href} non-null makes it a link. */
    public record Span(String text, boolean bold, String href) {

        public static Span plain(String text) {
            return new Span(text, false, null);
        }
    }

    /** A paragraph or a list. */
    public sealed interface Block permits Paragraph, ItemList {
    }

    public record Paragraph(List<Span> spans) implements Block {

        public Paragraph {
            spans = List.copyOf(spans);
        }
    }

    /** A bullet or numbered list; each item is a run of spans. */
    public record ItemList(boolean ordered, List<List<Span>> items) implements Block {

        public ItemList {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    public RichText {
        blocks = List.copyOf(blocks);
    }

    /** Parses an answer; null or blank gives no blocks. Never fails: what is not markup is text. */
    public static RichText parse(String markdown) {
        return markdown == null ? new RichText(List.of()) : MarkdownSubset.parse(markdown);
    }

    /** The text without markup, links as "label (url)": for plain-text channels and previews. */
    public String plain() {
        return PlainText.render(this);
    }

    /** Bold and links of one paragraph; no blocks are recognised. */
    static List<Span> inline(String text) {
        return MarkdownSubset.inline(text);
    }

    /** The URL if it is an absolute http(s) or mailto URL, else null (the label stays as plain text). */
    static String safeHref(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
            return web || (scheme.equals("mailto") && uri.getSchemeSpecificPart().contains("@")) ? uri.toASCIIString() : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
