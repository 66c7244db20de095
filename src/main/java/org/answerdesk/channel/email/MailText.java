package org.answerdesk.channel.email;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns a mail body into the customer's own words: HTML to plain text, then earlier messages quoted below
 * ("On ... wrote:", "&gt;" lines, Outlook's "-----Original Message-----" and "From:/Sent:" blocks) and the
 * signature ("-- ") cut off, so that retrieval sees only the new question.
 */
final class MailText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "table", "ul", "ol", "pre", "section", "article", "header", "footer", "hr");
    /** Quoted earlier messages as mail clients mark them in HTML. */
    private static final String HTML_QUOTES = "blockquote, .gmail_quote, .gmail_extra, .yahoo_quoted, "
            + "#divRplyFwdMsg, #appendonsend, .moz-cite-prefix, script, style, head, title";
    /** The attribution line above a quote, in the languages seen most. */
    private static final Pattern ATTRIBUTION_START = Pattern.compile("^(On|Am|Le|El|Il|Op) .+", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTION_END = Pattern.compile(
            "(wrote|schrieb|a écrit|escribió|ha scritto|schreef)\\s*+:\\s*+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile(
            "^-{2,}\\s*(Original Message|Ursprüngliche Nachricht|Message d'origine|Forwarded message)\\s*-{2,}\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OUTLOOK_FROM = Pattern.compile("^(From|Von|De)\\s*:.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern OUTLOOK_NEXT = Pattern.compile("^(Sent|Date|Gesendet|Envoyé|To|An)\\s*:.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MOBILE_FOOTER = Pattern.compile("^Sent from my .*$", Pattern.CASE_INSENSITIVE);

    private MailText() {
    }

    /** The readable text of an HTML body, without the earlier messages it quotes. */
    static String fromHtml(String html) {
        var doc = Jsoup.parse(html);
        doc.select(HTML_QUOTES).remove();
        var out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e && (e.nameIs("br") || BLOCKS.contains(e.normalName()))) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }
        }, doc.body() == null ? doc : doc.body());
        return tidy(out.toString());
    }

    /** The new part of a plain-text reply: everything above the quoted earlier message and the signature. */
    static String newContent(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (line.equals("-- ") || line.equals("--") || ORIGINAL_MESSAGE.matcher(trimmed).matches()) {
                break;
            }
            if (isAttribution(lines, i)) {
                break;
            }
            if (trimmed.startsWith("_____") && i + 1 < lines.length && OUTLOOK_FROM.matcher(lines[i + 1].strip()).matches()) {
                break;
            }
            if (OUTLOOK_FROM.matcher(trimmed).matches() && i + 1 < lines.length
                    && OUTLOOK_NEXT.matcher(lines[i + 1].strip()).matches() && !kept.isEmpty()) {
                break;
            }
            if (trimmed.startsWith(">") || MOBILE_FOOTER.matcher(trimmed).matches()) {
                continue;
            }
            kept.add(line);
        }
        return tidy(String.join("\n", kept));
    }

    /** "On Mon, 3 Mar 2025 at 10:00, Ann &lt;ann@example.com&gt; wrote:", which clients may wrap over two lines. */
    private static boolean isAttribution(String[] lines, int i) {
        String line = lines[i].strip();
        if (!ATTRIBUTION_START.matcher(line).matches()) {
            return false;
        }
        if (ATTRIBUTION_END.matcher(line).find()) {
            return true;
        }
        return i + 1 < lines.length && ATTRIBUTION_END.matcher(lines[i + 1].strip()).find()
                && (i + 2 >= lines.length || lines[i + 2].strip().isEmpty() || lines[i + 2].strip().startsWith(">"));
    }

    /** Trailing spaces and non-breaking spaces gone, at most one blank line in a row, no blank ends. */
    private static String tidy(String text) {
        var out = new StringBuilder();
        int blanks = 0;
        for (String line : text.replace('\u00a0', ' ').split("\n")) {
            String l = line.stripTrailing();
            if (l.isBlank()) {
                blanks++;
                continue;
            }
            if (!out.isEmpty()) {
                out.append(blanks > 0 ? "\n\n" : "\n");
            }
            out.append(l);
            blanks = 0;
        }
        return out.toString().strip();
    }
}
