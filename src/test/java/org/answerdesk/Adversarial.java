package org.answerdesk;

import java.util.ArrayList;
import java.util.List;

/**
 * Messages built to make a regular expression backtrack: 4,000 characters (the longest message the bot reads) of one
 * character or a short run repeated, alone or after words that open a pattern (a closing, a label, a greeting) and
 * before an ending that makes it fail at the last character.
 */
public final class Adversarial {

    public static final int LENGTH = 4_000;

    private static final List<String> RUNS = List.of(" ", "\t", "\n", " \n", "\r\n", "1", "a", "A", ".", "!", "?", "-",
            ",", "a ", "A ", "1 ", "a.", "Aa ", "1.", "1,", "x@", "# ", ": ", "Hi ", "thanks ", "a1", "A1", "ab ",
            "Ab. ", "é", "😡");
    private static final List<String> BEFORE = List.of("", "Where is it? thanks", "order ", "Hello ", "Kind regards ");
    private static final List<String> AFTER = List.of("", "x?", "!", "@");

    private Adversarial() {
    }

    /** Every combination: 31 runs, each alone and between the words above (620 messages). */
    public static List<String> messages() {
        List<String> messages = new ArrayList<>();
        for (String run : RUNS) {
            for (String before : BEFORE) {
                for (String after : AFTER) {
                    int room = LENGTH - before.length() - after.length();
                    messages.add(before + run.repeat(room / run.length()) + after);
                }
            }
        }
        return messages;
    }

    /** How a message is shown in a failure: its parts, not 4,000 characters. */
    public static String describe(String message) {
        String head = message.substring(0, Math.min(24, message.length()));
        String tail = message.substring(Math.max(0, message.length() - 4));
        return ("«" + head + "…" + tail + "» (" + message.length() + " chars)").replace("\n", "\\n")
                .replace("\t", "\\t").replace("\r", "\\r");
    }
}
