package org.answerdesk.dialogue;

import java.util.Set;

/**
 * Messages that are no words: emoji alone, which say thanks (🙏 👍 ❤️) or something the bot cannot read, and a
 * keyboard mash ("asdfgh", "jkjkjk"). A mash is a message of one or two tokens of six letters or more, all of
 * whose letter pairs are neighbours on one row of a QWERTY/QWERTZ/AZERTY keyboard or the same letter again: real
 * words of the shipped languages have few such pairs (checked against their word lists in {@code NoiseTest}).
 */
final class Noise {

    /** Emoji that, typed alone after an answer, mean thanks. */
    private static final Set<String> THANKS = Set.of("🙏", "👍", "❤", "♥", "🥰", "😊", "🙂", "😀", "😃", "😄", "👌",
            "💯", "✅", "🤝", "💪", "😍", "🤗", "👏", "🎉", "💙", "💚", "💜", "🧡", "💛", "😘", "🫶");
    /** QWERTY's rows, where a hand drums keys up to two apart; QWERTZ's and AZERTY's, next to each other only. */
    private static final String[] ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    private static final String[] OTHER_ROWS = {"qwertzuiop", "yxcvbnm", "azertyuiop", "qsdfghjklm", "wxcvbn"};
    private static final String VOWELS = "aeiou";
    private static final int MASH_LETTERS = 6;
    private static final double MASH_SHARE = 1.0;

    private Noise() {
    }

    /** The text's letters, digits and apostrophes as words separated by one space. */
    static String words(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = true;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c) || c == '\'' || c == '’') {
                out.appendCodePoint(c == '’' ? '\'' : c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        return out.toString().strip();
    }

    /** Whether the message is only emoji (and marks or spaces), none of them a letter or digit. */
    static boolean onlyEmoji(String text) {
        return words(text).isEmpty() && text.codePoints().anyMatch(Noise::emoji);
    }

    /** Emoji alone, all of them thanks. */
    static boolean thanks(String text) {
        if (!onlyEmoji(text)) {
            return false;
        }
        int[] points = text.codePoints().filter(c -> !Character.isWhitespace(c) && c != 0xFE0F && c != 0x200D
                && !(c >= 0x1F3FB && c <= 0x1F3FF) && !isMark(c)).toArray();
        return points.length > 0 && java.util.Arrays.stream(points)
                .allMatch(c -> THANKS.contains(new String(Character.toChars(c))));
    }

    /** A keyboard mash: one or two tokens, each of letters run along a keyboard row. */
    static boolean mash(String text) {
        String[] tokens = words(text.toLowerCase(java.util.Locale.ROOT)).split(" ");
        if (tokens.length == 0 || tokens.length > 2 || tokens[0].isEmpty()) {
            return false;
        }
        for (String t : tokens) {
            if (t.length() < MASH_LETTERS || !t.chars().allMatch(c -> c >= 'a' && c <= 'z') || !alongRows(t)) {
                return false;
            }
        }
        return true;
    }

    private static boolean alongRows(String token) {
        int near = 0;
        for (int i = 1; i < token.length(); i++) {
            char a = token.charAt(i - 1);
            char b = token.charAt(i);
            if (a == b || neighbours(a, b)) {
                near++;
            }
        }
        return near >= MASH_SHARE * (token.length() - 1);
    }

    /**
     * Keys next to each other, or two apart on QWERTY where neither is a vowel: a drumming hand skips a key, but words
     * do too with a vowel ("wetter": e-t), and the mashes customers type skip between consonants ("sdfsdf").
     */
    private static boolean neighbours(char a, char b) {
        return near(ROWS, a, b, 1) || near(ROWS, a, b, 2) && VOWELS.indexOf(a) < 0 && VOWELS.indexOf(b) < 0
                || near(OTHER_ROWS, a, b, 1);
    }

    private static boolean near(String[] rows, char a, char b, int keys) {
        for (String row : rows) {
            int i = row.indexOf(a);
            int j = row.indexOf(b);
            if (i >= 0 && j >= 0 && Math.abs(i - j) <= keys) {
                return true;
            }
        }
        return false;
    }

    private static boolean emoji(int c) {
        return Character.getType(c) == Character.OTHER_SYMBOL || c >= 0x1F000;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.OTHER_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION;
    }
}
