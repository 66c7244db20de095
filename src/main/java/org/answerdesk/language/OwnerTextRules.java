package org.answerdesk.language;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which texts the owner can change on the admin page, and what a changed text must keep: every {@code {placeholder}}
 * of the shipped text (the away message's {@code {next}}, say), and no other, since an unknown one would reach the
 * customer as written.
 */
final class OwnerTextRules {

    /** The texts an owner most often changes, in the order the page shows them. */
    static final List<String> EDITABLE = List.of("greeting", "conversation.handoff", "conversation.human-requested",
            "conversation.human-requested-callback", "conversation.clarify", "hours.away", "handoff.closing");
    static final int MAX_LENGTH = 2000;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_-]*)}");

    private OwnerTextRules() {
    }

    /** The placeholders a text holds, by name. */
    static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * The owner's text, stripped, when it may stand for {@code shipped}.
     *
     * @throws IllegalArgumentException saying what is wrong: blank, too long, a placeholder missing or unknown
     */
    static String check(String key, String text, String shipped) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("text must not be empty; to go back to the shipped text, reset it");
        }
        if (t.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("text must be at most " + MAX_LENGTH + " characters");
        }
        Set<String> wanted = placeholders(shipped);
        Set<String> given = placeholders(t);
        for (String name : wanted) {
            if (!given.contains(name)) {
                throw new IllegalArgumentException("text must keep {" + name + "}: " + key + " puts "
                        + describe(name) + " there");
            }
        }
        for (String name : given) {
            if (!wanted.contains(name)) {
                throw new IllegalArgumentException("text has {" + name + "}, which " + key + " does not fill"
                        + (wanted.isEmpty() ? " (it takes no placeholders)" : " (it takes " + braces(wanted) + ")"));
            }
        }
        return t;
    }

    private static String describe(String name) {
        return switch (name) {
            case "next" -> "the next opening time";
            case "phone" -> "the number the customer gave to be called back on";
            default -> "the " + name;
        };
    }

    private static String braces(Set<String> names) {
        return String.join(", ", names.stream().map(n -> "{" + n + "}").toList());
    }
}
