package org.answerdesk.richtext;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small Markdown subset an answer (FAQ, LLM or agent) may use, parsed once into a neutral tree that every
 * channel renders in its own format (Telegram HTML, Slack mrkdwn, email HTML and text, the web's DOM):
 * paragraphs (separated by a blank line; single line breaks are kept), bullet lists ({@code - }, {@code * },
 * {@code • }), numbered lists ({@code 1. }, {@code 1) }), {@code **bold**} and {@code [label](url)} links.
 *
 * <p>Contract: the tree holds plain text only; a renderer escapes every {@link Span#text()} and
 * {@link Span#href()} for its format. Anything else (HTML tags, unbalanced {@code **}, a link that does not close)
 * stays literal text. A link's {@code href} is set only for http, https and mailto URLs; any other
 * ({@code javascript:}, {@code data:}, relative) leaves just its label as text.
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

    private static final Pattern BULLET = Pattern.compile("^\\s{0,3}[-*•]\\s+(.*)$");
    private static final Pattern NUMBER = Pattern.compile("^\\s{0,3}\\d{1,3}[.)]\\s+(.*)$");
    private static final Pattern LINK = Pattern.compile(
            "\\[([^\\[\\]\\n]{1,500})]\\(\\s*((?:[^\\s()<>]|\\([^\\s()<>]*\\)){1,2000})\\s*\\)");

    public RichText {
        blocks = List.copyOf(blocks);
    }

    /** Parses an answer; null or blank gives no blocks. Never fails: what is not markup is text. */
    public static RichText parse(String markdown) {
        List<Block> blocks = new ArrayList<>();
        if (markdown == null) {
            return new RichText(blocks);
        }
        List<String> paragraph = new ArrayList<>();
        List<List<Span>> items = new ArrayList<>();
        boolean ordered = false;
        for (String line : markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            Matcher bullet = BULLET.matcher(line);
            Matcher number = NUMBER.matcher(line);
            boolean isItem = bullet.matches() || number.matches();
            if (isItem) {
                flushParagraph(paragraph, blocks);
                boolean numbered = !bullet.matches();
                if (!items.isEmpty() && numbered != ordered) {
                    blocks.add(new ItemList(ordered, items));
                    items = new ArrayList<>();
                }
                ordered = numbered;
                items.add(inline((numbered ? number : bullet).group(1).strip()));
            } else if (line.isBlank()) {
                flushParagraph(paragraph, blocks);
                if (!items.isEmpty()) {
                    blocks.add(new ItemList(ordered, items));
                    items = new ArrayList<>();
                }
            } else {
                if (!items.isEmpty()) {
                    blocks.add(new ItemList(ordered, items));
                    items = new ArrayList<>();
                }
                paragraph.add(line.strip());
            }
        }
        flushParagraph(paragraph, blocks);
        if (!items.isEmpty()) {
            blocks.add(new ItemList(ordered, items));
        }
        return new RichText(blocks);
    }

    /** The text without markup, links as "label (url)": for plain-text channels and previews. */
    public String plain() {
        return PlainText.render(this);
    }

    private static void flushParagraph(List<String> lines, List<Block> blocks) {
        if (!lines.isEmpty()) {
            blocks.add(new Paragraph(inline(String.join("\n", lines))));
            lines.clear();
        }
    }

    /** Bold and links of one paragraph or item; an unbalanced {@code **} is literal. */
    static List<Span> inline(String text) {
        List<Span> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean bold = false;
        Matcher link = LINK.matcher(text);
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("**", i) && (bold ? closes(text, i) : opens(text, i))) {
                add(out, run, bold, null);
                bold = !bold;
                i += 2;
            } else if (text.charAt(i) == '[' && link.region(i, text.length()).lookingAt()) {
                add(out, run, bold, null);
                String label = link.group(1).replace("**", "");
                run.append(label);
                add(out, run, bold, safeHref(link.group(2)));
                i = link.end();
            } else {
                run.append(text.charAt(i++));
            }
        }
        add(out, run, bold, null);
        return out;
    }

    /** An opening {@code **} is followed by a non-space and closed later in the same text. */
    private static boolean opens(String text, int at) {
        if (at + 2 >= text.length() || Character.isWhitespace(text.charAt(at + 2))) {
            return false;
        }
        for (int j = text.indexOf("**", at + 3); j > 0; j = text.indexOf("**", j + 1)) {
            if (closes(text, j)) {
                return true;
            }
        }
        return false;
    }

    /** A closing {@code **} follows a non-space. */
    private static boolean closes(String text, int at) {
        return at > 0 && !Character.isWhitespace(text.charAt(at - 1));
    }

    private static void add(List<Span> out, StringBuilder run, boolean bold, String href) {
        if (run.isEmpty()) {
            return;
        }
        Span last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (href == null && last != null && last.href() == null && last.bold() == bold) {
            out.set(out.size() - 1, new Span(last.text() + run, bold, null));
        } else {
            out.add(new Span(run.toString(), bold, href));
        }
        run.setLength(0);
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
