package org.answerdesk.richtext;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lays a {@link RichText} out as one run of spans, the way every channel shows it: paragraphs separated by a blank
 * line, bullet items as "• item", numbered items as "1. item". A channel renders each span in its format.
 */
public final class PlainText {

    private PlainText() {
    }

    static String render(RichText text) {
        return walk(text, span -> span.href() == null || span.href().equals(span.text())
                ? span.text() : span.text() + " (" + span.href().replaceFirst("^mailto:", "") + ")");
    }

    /** The laid-out text, each span turned into the format's text by {@code span} (which must escape it). */
    public static String walk(RichText text, Function<RichText.Span, String> span) {
        return flatten(text).stream().map(span).collect(Collectors.joining());
    }

    /** The laid-out spans: the answer's own, and plain ones for the breaks and list markers between them. */
    public static List<RichText.Span> flatten(RichText text) {
        List<RichText.Span> out = new ArrayList<>();
        for (RichText.Block block : text.blocks()) {
            if (!out.isEmpty()) {
                out.add(RichText.Span.plain("\n\n"));
            }
            if (block instanceof RichText.Paragraph p) {
                out.addAll(p.spans());
            } else if (block instanceof RichText.ItemList list) {
                for (int i = 0; i < list.items().size(); i++) {
                    out.add(RichText.Span.plain((i > 0 ? "\n" : "") + (list.ordered() ? (i + 1) + ". " : "• ")));
                    out.addAll(list.items().get(i));
                }
            }
        }
        return out;
    }
}
