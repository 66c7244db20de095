package org.answerdesk.richtext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.answerdesk.richtext.RichText.Block;
import org.answerdesk.richtext.RichText.ItemList;
import org.answerdesk.richtext.RichText.Paragraph;
import org.answerdesk.richtext.RichText.Span;
import org.commonmark.node.Delimited;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads the subset with commonmark-java and maps its syntax tree onto {@link RichText}'s blocks and spans. Only lists
 * are enabled as blocks besides paragraphs: headings, quotes, code and HTML blocks and rules stay paragraph text.
 * Of the inlines only {@code **strong**} and inline {@code [label](url)} links become markup; every other one
 * (single emphasis, {@code __}, code, images, autolinks, reference links, raw HTML) keeps the text it was written
 * as. Nested lists are laid out flat. The trees are walked without recursion: no nesting can overflow the stack.
 */
final class MarkdownSubset {

    private static final Parser BLOCKS = Parser.builder().enabledBlockTypes(Set.of(ListBlock.class))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final Parser INLINES = Parser.builder().enabledBlockTypes(Set.of())
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    /** "• item", as LLMs write bullets; CommonMark does not know it, so it is read as "- item". */
    private static final Pattern DOT_BULLET = Pattern.compile("(?m)^( {0,3})•(?=[ \\t])");
    /**
     * commonmark-java recurses once per nested emphasis when it finishes a paragraph: past this many {@code *} and
     * {@code _} (at least twice the deepest nesting they can make) none is emphasis, and the stack stays safe.
     */
    static final int MAX_DELIMITERS = 2_000;
    /** A {@code *} or {@code _} that could open or close emphasis (a list's bullet cannot). */
    private static final Pattern DELIMITER = Pattern.compile("(?<=\\S)[*_]|[*_](?=\\S)");
    private static final char STAR = '\uE000';
    private static final char UNDERSCORE = '\uE001';
    /**
     * Always stands for {@code <}: raw HTML and autolinks would be kept as written anyway, and commonmark-java
     * 0.26.0 takes time quadratic in the number of {@code <} looking for them (100 KB of them: 15 s).
     */
    private static final char LESS_THAN = '\uE002';

    private MarkdownSubset() {
    }

    static RichText parse(String markdown) {
        Source source = Source.of(DOT_BULLET.matcher(markdown.replace("\r\n", "\n").replace('\r', '\n'))
                .replaceAll("$1-"));
        Blocks blocks = new Blocks(source);
        walk(BLOCKS.parse(source.text()), blocks);
        return new RichText(blocks.finish());
    }

    /** The spans of one paragraph of text, no blocks recognised. */
    static List<Span> inline(String text) {
        Source source = Source.of(text);
        Blocks blocks = new Blocks(source);
        walk(INLINES.parse(source.text()), blocks);
        return blocks.finish().stream().findFirst().map(b -> ((Paragraph) b).spans()).orElse(List.of());
    }

    /**
     * The text given to the parser, {@code <} masked; {@code masked} when it had too many emphasis characters, which
     * then are masked too. Masks are private-use characters (no markup to CommonMark), given back in every text
     * taken from the tree.
     */
    private record Source(String text, boolean masked) {

        static Source of(String input) {
            String text = input.replace('<', LESS_THAN);
            Matcher delimiter = DELIMITER.matcher(text);
            int count = 0;
            while (count <= MAX_DELIMITERS && delimiter.find()) {
                count++;
            }
            return count <= MAX_DELIMITERS ? new Source(text, false) : new Source(delimiter.reset()
                    .replaceAll(m -> m.group().equals("*") ? String.valueOf(STAR) : String.valueOf(UNDERSCORE)), true);
        }

        String restore(String part) {
            String text = part.replace(LESS_THAN, '<');
            return masked ? text.replace(STAR, '*').replace(UNDERSCORE, '_') : text;
        }

        /** The text a node was parsed from, its lines joined. */
        String of(Node node) {
            return restore(node.getSourceSpans().stream()
                    .map(s -> text.substring(s.getInputIndex(), s.getInputIndex() + s.getLength()))
                    .collect(Collectors.joining("\n")));
        }
    }

    /** A depth-first visit; {@code exit} is called for every node entered, whether its children were visited. */
    private interface Visitor {

        /** @return whether to visit the node's children */
        boolean enter(Node node);

        void exit(Node node);
    }

    private static void walk(Node root, Visitor visitor) {
        Node node = root.getFirstChild();
        while (node != null) {
            if (visitor.enter(node) && node.getFirstChild() != null) {
                node = node.getFirstChild();
                continue;
            }
            visitor.exit(node);
            while (node.getNext() == null) {
                node = node.getParent();
                if (node == root) {
                    return;
                }
                visitor.exit(node);
            }
            node = node.getNext();
        }
    }

    /** Paragraphs become paragraphs; list items, however nested, items of flat lists of their kind. */
    private static final class Blocks implements Visitor {

        private final Source text;
        private final List<Block> out = new ArrayList<>();
        private List<List<Span>> items;
        private boolean ordered;
        private List<Span> item;
        private boolean itemOrdered;

        Blocks(Source text) {
            this.text = text;
        }

        @Override
        public boolean enter(Node node) {
            if (node instanceof ListBlock) {
                return true;
            }
            if (node instanceof ListItem) {
                if (item != null && !item.isEmpty()) {
                    endItem(); // an item holding only a nested list shows as that list, not as an empty item
                }
                item = new ArrayList<>();
                itemOrdered = node.getParent() instanceof OrderedList;
                return true;
            }
            // a reference definition, or a block type that was not enabled, stays as it was written
            List<Span> spans = node instanceof org.commonmark.node.Paragraph
                    ? new Inlines(text, true).spans(node) : List.of(Span.plain(text.of(node)));
            if (node.getParent() instanceof ListItem parent) {
                if (item == null) {
                    item = new ArrayList<>();
                    itemOrdered = parent.getParent() instanceof OrderedList;
                } else if (!item.isEmpty()) {
                    Inlines.append(item, Span.plain("\n"));
                }
                spans.forEach(span -> Inlines.append(item, span));
            } else if (!spans.isEmpty()) {
                endList();
                out.add(new Paragraph(spans));
            }
            return false;
        }

        @Override
        public void exit(Node node) {
            if (node instanceof ListItem) {
                endItem();
            }
        }

        private void endItem() {
            if (item == null) {
                return;
            }
            if (items != null && ordered != itemOrdered) {
                endList();
            }
            if (items == null) {
                items = new ArrayList<>();
                ordered = itemOrdered;
            }
            items.add(item);
            item = null;
        }

        private void endList() {
            if (items != null) {
                out.add(new ItemList(ordered, items));
                items = null;
            }
        }

        List<Block> finish() {
            endItem();
            endList();
            return out;
        }
    }

    /** The spans of a paragraph: bold from {@code **}, links from inline links with a safe URL, the rest text. */
    private static final class Inlines implements Visitor {

        private final Source text;
        private final boolean styled;
        private final List<Span> out = new ArrayList<>();
        private final StringBuilder run = new StringBuilder();
        private int bold;

        /** @param styled false for a link's label: its text only */
        Inlines(Source text, boolean styled) {
            this.text = text;
            this.styled = styled;
        }

        List<Span> spans(Node paragraph) {
            walk(paragraph, this);
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
                Inlines label = new Inlines(text, false);
                walk(link, label);
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
}
