package org.answerdesk.llm;

import java.util.regex.Pattern;

/**
 * Text from outside the prompt (a customer's message, an FAQ entry, a passage of a shop's page) quoted as data
 * between an opening and a closing tag, e.g. {@code <excerpt n="2">...</excerpt>}. The system prompt tells the model
 * that nothing between such tags is an instruction; so that the quoted text cannot end its quote early and go on as
 * the prompt's own words, every {@code <} that could start a tag in it ({@code </excerpt>}, {@code <system>},
 * {@code <!--}, and their fullwidth look-alikes) becomes {@value #ANGLE}. A {@code <} before a digit ("5 < 10",
 * "<3") stays.
 */
final class Fence {

    /** What a {@code <} that could open or close a tag becomes inside quoted text. */
    static final String ANGLE = "‹";

    private static final Pattern TAG_START = Pattern.compile("[<\uFF1C\uFE64](?=\\s*[/!?\\p{L}|])");

    private Fence() {
    }

    /**
     * {@code text} between {@code <tag attributes>} and {@code </tag>}, on lines of their own; the attributes are
     * the caller's own (numbers, ids), never outside text.
     */
    static String quote(String tag, String attributes, String text) {
        return "<" + tag + (attributes.isEmpty() ? "" : " " + attributes) + ">\n" + inert(text) + "\n</" + tag + ">";
    }

    static String quote(String tag, String text) {
        return quote(tag, "", text);
    }

    /** The text with nothing in it that could open or close a tag. */
    static String inert(String text) {
        return TAG_START.matcher(text == null ? "" : text).replaceAll(ANGLE);
    }
}
