package org.answerdesk.richtext;

import java.util.ArrayList;
import java.util.List;

import org.answerdesk.richtext.RichText.Span;
import org.commonmark.node.Delimited;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/** The spans of a paragraph: bold from {@code **}, links from inline links with a safe URL, the rest text. */
final class MarkdownInlines implements NodeVisitor {

    private final MarkdownSource text;
    private final boolean styled;
    private final List<Span> out = new ArrayList<>();
    private final StringBuilder run = new StringBuilder();
    private int bold;

    /** @param styled false for a link's label: its text only */
    MarkdownInlines(MarkdownSource text, boolean styled) {
        this.text = text;
        this.styled = styled;
    }

    List<Span> spans(Node paragraph) {
        NodeVisitor.walk(paragraph, this);
        flush(null);
        return out;
    }

    @Override
    public boolean enter(Node node) {
        if (node instanceof Text t) {
            run.append(text.restore(t.getLiteral()));
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            run.append('\n');
        } else if (isBold(node)) {
            if (styled) {
                flush(null);
                bold++;
            }
            return true;
        } else if (node instanceof Delimited delimited) {
            run.append(delimited.getOpeningDelimiter());
            return true;
        } else if (node instanceof Link link && styled && isInline(link)) {
            MarkdownInlines label = new MarkdownInlines(text, false);
            NodeVisitor.walk(link, label);
            if (label.run.isEmpty()) {
                run.append(text.of(link)); // "[](url)" shows nothing to click: it stays text
            } else {
                flush(null);
                run.append(label.run);
                flush(RichText.safeHref(text.restore(link.getDestination())));
            }
        } else {
            run.append(text.of(node));
        }
        return false;
    }

    @Override
    public void exit(Node node) {
        if (isBold(node)) {
            if (styled) {
                flush(null);
                bold--;
            }
        } else if (node instanceof Delimited delimited) {
            run.append(delimited.getClosingDelimiter());
        }
    }

    private static boolean isBold(Node node) {
        return node instanceof StrongEmphasis strong && "**".equals(strong.getOpeningDelimiter());
    }

    /** {@code [label](url)}, not an autolink {@code <url>} nor a reference {@code [label][ref]}. */
    private boolean isInline(Link link) {
        String written = text.of(link);
        return written.startsWith("[") && written.endsWith(")");
    }

    private void flush(String href) {
        if (!run.isEmpty()) {
            append(out, new Span(run.toString(), styled && bold > 0, href));
            run.setLength(0);
        }
    }

    /** Adds a span, joined to the previous one when both are text of the same style. */
    static void append(List<Span> spans, Span span) {
        Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
        if (span.href() == null && last != null && last.href() == null && last.bold() == span.bold()) {
            spans.set(spans.size() - 1, new Span(last.text() + span.text(), span.bold(), null));
        } else {
            spans.add(span);
        }
    }
}
