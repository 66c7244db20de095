package org.answerdesk.richtext;

import java.util.ArrayList;
import java.util.List;

import org.answerdesk.richtext.RichText.Block;
import org.answerdesk.richtext.RichText.ItemList;
import org.answerdesk.richtext.RichText.Paragraph;
import org.answerdesk.richtext.RichText.Span;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;

/** Paragraphs become paragraphs; list items, however nested, items of flat lists of their kind. */
final class MarkdownBlocks implements NodeVisitor {

    private final MarkdownSource text;
    private final List<Block> out = new ArrayList<>();
    private List<List<Span>> items;
    private boolean ordered;
    private List<Span> item;
    private boolean itemOrdered;

    MarkdownBlocks(MarkdownSource text) {
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
                ? new MarkdownInlines(text, true).spans(node) : List.of(Span.plain(text.of(node)));
        if (node.getParent() instanceof ListItem parent) {
            if (item == null) {
                item = new ArrayList<>();
                itemOrdered = parent.getParent() instanceof OrderedList;
            } else if (!item.isEmpty()) {
                MarkdownInlines.append(item, Span.plain("\n"));
            }
            spans.forEach(span -> MarkdownInlines.append(item, span));
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

    /** The blocks, the last item and list ended. */
    List<Block> finish() {
        endItem();
        endList();
        return out;
    }
}
