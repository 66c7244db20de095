package org.answerdesk.channel;

/**
 * The label of an offered choice's button: the FAQ entry's question on one line, cut at a word to fit the space a
 * platform gives a button (Telegram shows about one line, Slack allows 75 characters).
 */
public final class ChoiceLabel {

    private ChoiceLabel() {
    }

    /** The question on one line, at most {@code max} characters (code points), cut at a space and ended with "…". */
    public static String of(String question, int max) {
        String line = question == null ? "" : question.strip().replaceAll("\\s+", " ");
        if (line.codePointCount(0, line.length()) <= max) {
            return line;
        }
        int end = line.offsetByCodePoints(0, max - 1);
        String cut = line.substring(0, end);
        int space = cut.lastIndexOf(' ');
        if (line.charAt(end) != ' ' && space >= max / 2) { // the cut ends inside a word: drop the word
            cut = cut.substring(0, space);
        }
        return cut.stripTrailing() + "…";
    }
}
