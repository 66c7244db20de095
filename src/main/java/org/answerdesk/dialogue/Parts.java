package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The questions in a message that asks several ("Do you ship to Norway? And which payment methods do you accept?"):
 * sentences that end in a question mark, each long enough to stand alone. A message with one such sentence is one
 * question, whatever else it says.
 */
final class Parts {

    private static final Pattern QUESTION = Pattern.compile("(?<![^?.!\\n])[^?.!\\n]++\\?+");
    private static final Pattern LEADING_AND = Pattern.compile("^(?:and|also|plus|oh and|and also|besides)\\s+",
            Pattern.CASE_INSENSITIVE);
    /** The fewest words a sentence needs to be asked on its own ("and to the UK?" leans on the one before). */
    static final int MIN_WORDS = 4;
    static final int MAX_PARTS = 4;

    private Parts() {
    }

    private static final Pattern CONTINUATION = Pattern.compile("^(?:and|but|also|what about|how about|what if|and what"
            + "|and if|and how|and for|same for|or)\\b.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** Whether a message starts as the continuation of the one before ("and to the UK?", "what about Norway?"). */
    static boolean continues(String message) {
        return CONTINUATION.matcher(message.strip()).matches();
    }

    static List<String> of(String message) {
        List<String> parts = new ArrayList<>();
        Matcher m = QUESTION.matcher(message);
        while (m.find()) {
            String part = LEADING_AND.matcher(m.group().strip()).replaceFirst("");
            if (part.split("\\s+").length < MIN_WORDS) {
                return List.of(message);
            }
            parts.add(part);
        }
        return parts.size() < 2 || parts.size() > MAX_PARTS ? List.of(message) : parts;
    }
}
