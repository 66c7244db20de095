package org.answerdesk.channel.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.answerdesk.richtext.RichText;

/**
 * A reply's rich text as the web API gives it ({@code rich}): {@code {"type": "paragraph", "spans": [...]}} or
 * {@code {"type": "list", "ordered": false, "items": [[...], ...]}}, each span {@code {"text", "bold", "href"}}.
 * The chat page and the widget build DOM nodes from it (text nodes, never HTML); {@code href} is only ever an
 * http(s) or mailto URL.
 */
final class WebRich {

    /** Answers kept parsed: an FAQ's answers come again and again; other texts seldom do, so the set starts over. */
    static final int KEPT = 512;
    /** A longer text is parsed each time (a knowledge answer or a person's message, not an FAQ's short answer). */
    static final int LONGEST_KEPT = 4096;
    private static final Map<String, List<Block>> PARSED = new ConcurrentHashMap<>();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Block(String type, List<RichText.Span> spans, Boolean ordered, List<List<RichText.Span>> items) {
    }

    private WebRich() {
    }

    /** The blocks of a reply's text (immutable: a text's blocks are shared between its replies). */
    static List<Block> of(String text) {
        if (text == null || text.length() > LONGEST_KEPT) {
            return parse(text);
        }
        List<Block> known = PARSED.get(text);
        if (known == null) {
            if (PARSED.size() >= KEPT) {
                PARSED.clear();
            }
            known = parse(text);
            PARSED.put(text, known);
        }
        return known;
    }

    private static List<Block> parse(String text) {
        return RichText.parse(text).blocks().stream().map(block -> block instanceof RichText.ItemList l
                ? new Block("list", null, l.ordered(), l.items())
                : new Block("paragraph", ((RichText.Paragraph) block).spans(), null, null)).toList();
    }
}
