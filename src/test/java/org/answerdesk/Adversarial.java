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
    /** What stands before and after the run: nothing, or words that open a pattern and an ending that fails it. */
    private static final List<String[]> AROUND = List.of(new String[] {"", ""}, new String[] {"", "x?"},
            new String[] {"Where is it? thanks", "x?"}, new String[] {"Where is it? thanks", ""},
            new String[] {"order ", "!"}, new String[] {"Hello ", "@"}, new String[] {"Kind regards ", "x?"},
            new String[] {"", "@"});

    private Adversarial() {
    }

    /** Each run alone and between the words above (248 messages), of {@link #LENGTH} characters. */
    public static List<String> messages() {
        return messages(LENGTH);
    }

    /** The same messages, of {@code length} characters (a run's last repeat may fall a few short). */
    public static List<String> messages(int length) {
        List<String> messages = new ArrayList<>();
        for (String run : RUNS) {
            for (String[] around : AROUND) {
                int room = length - around[0].length() - around[1].length();
                messages.add(around[0] + run.repeat(room / run.length()) + around[1]);
            }
        }
        return messages;
    }

    /** The runs that follow a pattern's own word in {@link #afterWord}: spaces, commas and digits, and words. */
    static final List<String> RUNS_AFTER_A_WORD = List.of(" ", ", ", "1", "a ");

    /**
     * {@code word} (a word the pattern itself names, e.g. "jusqu"), then {@code run} repeated, then an ending that
     * fails the pattern: quantifiers after the word that can share the run read it again at every split.
     */
    public static String afterWord(String word, String run, int length) {
        int room = length - word.length() - 2;
        return word + run.repeat(Math.max(1, room / run.length())) + "x?";
    }

    /** How a message is shown in a failure: its parts, not 4,000 characters. */
    public static String describe(String message) {
        String head = message.substring(0, Math.min(24, message.length()));
        String tail = message.substring(Math.max(0, message.length() - 4));
        return ("«" + head + "…" + tail + "» (" + message.length() + " chars)").replace("\n", "\\n")
                .replace("\t", "\\t").replace("\r", "\\r");
    }
}
