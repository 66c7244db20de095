package org.answerdesk.richtext;

/**
 * Customer text as staff are shown it (tickets, desk posts, unanswered groups, FAQ candidates): what could make it
 * read differently from what it holds is made visible. A bidirectional override or isolate (U+202A-U+202E,
 * U+2066-U+2069) would reverse the rest of a line, a name or a whole desk post, so it is shown as {@code [U+202E]};
 * tag characters (U+E0000-U+E007F) carry invisible ASCII, so a run of them is shown decoded as
 * {@code [hidden: ...]} (unless it is the tail of a flag emoji); zero-width spaces and joiners between ASCII
 * characters hide words from a reader's eye or a filter, so they are removed. Zero-width joiners inside emoji and
 * non-Latin scripts stay. Stored text is never changed: this is for display only.
 */
public final class StaffText {

    private static final int BLACK_FLAG = 0x1F3F4;

    private StaffText() {
    }

    /** The text to show staff; null stays null. */
    public static String visible(String text) {
        if (text == null || text.codePoints().noneMatch(StaffText::suspicious)) {
            return text; // the common case allocates nothing more
        }
        var out = new StringBuilder(text.length() + 16);
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (isBidiControl(c)) {
                out.append(String.format("[U+%04X]", c));
            } else if (isTag(c)) {
                int start = i;
                var hidden = new StringBuilder();
                while (i < cps.length && isTag(cps[i])) {
                    if (cps[i] >= 0xE0020 && cps[i] <= 0xE007E) {
                        hidden.append((char) (cps[i] - 0xE0000));
                    }
                    i++;
                }
                i--;
                boolean flag = start > 0 && cps[start - 1] == BLACK_FLAG && cps[i] == 0xE007F;
                if (flag) {
                    for (int k = start; k <= i; k++) {
                        out.appendCodePoint(cps[k]);
                    }
                } else {
                    out.append("[hidden: ").append(hidden).append(']');
                }
            } else if (isZeroWidth(c)) {
                boolean betweenScripts = (c == 0x200C || c == 0x200D) && i > 0 && i + 1 < cps.length
                        && cps[i - 1] > 0x7F && cps[i + 1] > 0x7F;
                if (betweenScripts) {
                    out.appendCodePoint(c);
                }
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    private static boolean suspicious(int c) {
        return isBidiControl(c) || isTag(c) || isZeroWidth(c);
    }

    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static boolean isTag(int c) {
        return c >= 0xE0000 && c <= 0xE007F;
    }

    /** Zero-width space, non-joiner, joiner, word joiner, invisible operators, BOM, Mongolian vowel separator. */
    private static boolean isZeroWidth(int c) {
        return (c >= 0x200B && c <= 0x200D) || (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF || c == 0x180E;
    }
}
