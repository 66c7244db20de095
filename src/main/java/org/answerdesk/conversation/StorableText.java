package org.answerdesk.conversation;

/**
 * Cleans text from any platform so that PostgreSQL can store it and people can read it: NUL (which PostgreSQL
 * refuses in {@code text}) and the other C0/C1 control characters are removed, except tab, line feed and carriage
 * return; an unpaired UTF-16 surrogate (what invalid UTF-8 or a cut-off emoji leaves behind) becomes U+FFFD. The
 * records of the conversation model clean every string they are given, so each channel is covered at its edge.
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
