package org.answerdesk.richtext;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.commonmark.node.Node;

/**
 * The text given to the parser, {@code <} masked; {@code masked} when it had too many emphasis characters, which
 * then are masked too. Masks are private-use characters (no markup to CommonMark), given back in every text
 * taken from the tree.
 */
record MarkdownSource(String text, boolean masked) {

    /** A {@code *} or {@code _} that could open or close emphasis (a list's bullet cannot). */
    private static final Pattern DELIMITER = Pattern.compile("(?<=\\S)[*_]|[*_](?=\\S)");
    /**
     * commonmark-java recurses once per nested emphasis when it finishes a paragraph: past this many {@code *} and
     * {@code _} (at least twice the deepest nesting they can make) none is emphasis, and the stack stays safe.
     */
    static final int MAX_DELIMITERS = 2_000;
    private static final char STAR = '\uE000';
    private static final char UNDERSCORE = '\uE001';
    /**
     * Always stands for {@code <}: raw HTML and autolinks would be kept as written anyway, and commonmark-java
     * 0.26.0 takes time quadratic in the number of {@code <} looking for them (100 KB of them: 15 s).
     */
    private static final char LESS_THAN = '\uE002';

    /** The input to parse, masked; every emphasis character too when there are more than {@value #MAX_DELIMITERS}. */
    static MarkdownSource of(String input) {
        String text = input.replace('<', LESS_THAN);
        Matcher delimiter = DELIMITER.matcher(text);
        int count = 0;
        while (count <= MAX_DELIMITERS && delimiter.find()) {
            count++;
        }
        return count <= MAX_DELIMITERS ? new MarkdownSource(text, false) : new MarkdownSource(delimiter.reset()
                .replaceAll(m -> m.group().equals("*") ? String.valueOf(STAR) : String.valueOf(UNDERSCORE)), true);
    }

    /** A part of the masked text with its masks given back. */
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
