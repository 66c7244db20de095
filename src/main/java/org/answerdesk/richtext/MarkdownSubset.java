package org.answerdesk.richtext;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.answerdesk.richtext.RichText.Paragraph;
import org.answerdesk.richtext.RichText.Span;
import org.commonmark.node.ListBlock;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads the subset with commonmark-java and maps its syntax tree onto {@link RichText}'s blocks and spans. Only lists
 * are enabled as blocks besides paragraphs: headings, quotes, code and HTML blocks and rules stay paragraph text.
 * Of the inlines only {@code **strong**} and inline {@code [label](url)} links become markup; every other one
 * (single emphasis, {@code __}, code, images, autolinks, reference links, raw HTML) keeps the text it was written
 * as. Nested lists are laid out flat ({@link MarkdownBlocks}), spans by {@link MarkdownInlines}; the text is
 * masked first where commonmark-java would be slow or deep ({@link MarkdownSource}). The trees are walked without
 * recursion ({@link NodeVisitor}): no nesting can overflow the stack.
 */
final class MarkdownSubset {

    private static final Parser BLOCKS = Parser.builder().enabledBlockTypes(Set.of(ListBlock.class))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final Parser INLINES = Parser.builder().enabledBlockTypes(Set.of())
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    /** "• item", as LLMs write bullets; CommonMark does not know it, so it is read as "- item". */
    private static final Pattern DOT_BULLET = Pattern.compile("(?m)^( {0,3})•(?=[ \\t])");

    private MarkdownSubset() {
    }

    static RichText parse(String markdown) {
        MarkdownSource source = MarkdownSource.of(DOT_BULLET
                .matcher(markdown.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("$1-"));
        MarkdownBlocks blocks = new MarkdownBlocks(source);
        NodeVisitor.walk(BLOCKS.parse(source.text()), blocks);
        return new RichText(blocks.finish());
    }

    /** The spans of one paragraph of text, no blocks recognised. */
    static List<Span> inline(String text) {
        MarkdownSource source = MarkdownSource.of(text);
        MarkdownBlocks blocks = new MarkdownBlocks(source);
        NodeVisitor.walk(INLINES.parse(source.text()), blocks);
        return blocks.finish().stream().findFirst().map(b -> ((Paragraph) b).spans()).orElse(List.of());
    }
}
