package org.answerdesk.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a long text into overlapping windows of words, so that every passage fits the encoder (MiniLM reads about
 * 256 word pieces) and an answer near a cut is whole in one of two windows.
 */
public final class PassageWindows {

    private static final Pattern WORD = Pattern.compile("\\S+");

    /** A window as character offsets into the text, end exclusive. */
    public record Span(int start, int end) {
    }

    private PassageWindows() {
    }

    /** Windows of {@code words} words starting every {@code stride} words; one span for a shorter text. */
    public static List<Span> split(String text, int words, int stride) {
        if (words < 1 || stride < 1 || stride > words) {
            throw new IllegalArgumentException("need 1 <= stride <= words, got " + stride + " and " + words);
        }
        List<int[]> bounds = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            bounds.add(new int[] {m.start(), m.end()});
        }
        List<Span> spans = new ArrayList<>();
        for (int first = 0; first < bounds.size(); first += stride) {
            int last = Math.min(bounds.size(), first + words) - 1;
            spans.add(new Span(bounds.get(first)[0], bounds.get(last)[1]));
            if (last == bounds.size() - 1) {
                break;
            }
        }
        return spans;
    }
}
