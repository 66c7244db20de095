package org.answerdesk.channel.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.answerdesk.richtext.RichText;

/**
 * A reply's rich text as the web API gives it ({@code rich}): {@code {"type": "paragraph", "spans": [...]}} or
 * {@code {"type": "list", "ordered": false, "items": [[...], ...]}}, each span {@code {"text", "bold", "href"}}.
 * The chat page and the widget build DOM nodes from it (text nodes, never HTML); {@code href} is only ever an
 * http(s) or mailto URL.
 */
final class WebRich {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Block(String type, List<RichText.Span> spans, Boolean ordered, List<List<RichText.Span>> items) {
    }

    private WebRich() {
    }

    static List<Block> of(String text) {
        return RichText.parse(text).blocks().stream().map(block -> block instanceof RichText.ItemList l
                ? new Block("list", null, l.ordered(), l.items())
                : new Block("paragraph", ((RichText.Paragraph) block).spans(), null, null)).toList();
    }
}
