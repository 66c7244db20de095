package org.answerdesk.conversation;

/**
 * Cleans text from any platform so that PostgreSQL can store it and people can read it: NUL (which PostgreSQL
 * refuses in {@code text}) and the other C0/C1 control characters are removed, except tab, line feed and carriage
 * return; an unpaired UTF-16 surrogate (what invalid UTF-8 or a cut-off emoji leaves behind) becomes U+FFFD. The
 * records of the conversation model clean every string they are given, so each channel is covered at its edge.
 * {@link #hasVisibleText} tells whether anything readable is left.
 */
public final class StorableText {

    private StorableText() {
    }

    /** The text with what cannot be stored removed or replaced; null stays null. */
    public static String clean(String text) {
        if (text == null || isClean(text)) {
            return text; // the common case allocates nothing
        }
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else if (!isControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * True when the text has at least one character a person can read: false for text made only of whitespace,
     * control and format characters (zero-width spaces and joiners, word joiner, byte-order mark, bidirectional
     * controls, tag characters U+E0000-U+E007F), combining marks and variation selectors with nothing to attach
     * to, Unicode's other default-ignorable characters (Hangul fillers, ...) and the replacement character. Such
     * text is a message without text: the FAQ's tokenizer drops all of it, so it has nothing to embed.
     */
    public static boolean hasVisibleText(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!invisible(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static boolean invisible(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return true;
        }
        return switch (Character.getType(cp)) {
            // not UNASSIGNED: an emoji newer than this JDK's Unicode tables is still something to read
            case Character.CONTROL, Character.FORMAT, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                 Character.SURROGATE -> true;
            default -> cp == 0xFFFD || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0
                    || (cp >= 0xFFF0 && cp <= 0xFFF8) || (cp >= 0xE0000 && cp <= 0xE0FFF);
        };
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                return false;
            }
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= text.length()
                        || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }
}
