package org.answerdesk.dialogue;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fixed patterns held against many texts, their {@link Matcher}s made once per thread: a matcher of a lexicon's
 * pattern (a phrase of two hundred groups) costs more to make than most texts cost to read, and the closed forms
 * make one per pattern per text. The matchers read a holder of the text, emptied after each use, so that no thread
 * keeps a customer's words. Not reentrant: the patterns call no code that reads through the same set.
 */
final class ThreadMatchers {

    private final List<Pattern> patterns;
    private final ThreadLocal<Held> held;
    /**
     * Per pattern, the strings one of which any match of it holds ({@link LiteralNeeds}); null for a pattern that is
     * always run. A text that holds none of a pattern's is not read by it: most texts hold none of most lexicon lists.
     */
    private final List<String>[] needs;

    @SuppressWarnings("unchecked")
    ThreadMatchers(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
        this.held = ThreadLocal.withInitial(() -> new Held(this.patterns));
        this.needs = new List[this.patterns.size()];
        for (int i = 0; i < needs.length; i++) {
            needs[i] = LiteralNeeds.of(this.patterns.get(i)).orElse(null);
        }
    }

    /** Whether pattern {@code i} may match anything in {@code text}: it has no needs, or the text holds one. */
    private boolean mayMatch(int i, String text) {
        return needs[i] == null || LiteralNeeds.anyIn(needs[i], text);
    }

    /** The index of the first pattern that matches the whole {@code text}, or -1 when none does. */
    int firstWhole(String text) {
        Held h = held.get();
        h.text = text;
        try {
            for (int i = 0; i < h.matchers.length; i++) {
                if (mayMatch(i, text) && h.matchers[i].reset().matches()) {
                    return i;
                }
            }
            return -1;
        } finally {
            h.text = "";
        }
    }

    /** Whether any of the patterns is found anywhere in {@code text}. */
    boolean anyFound(String text) {
        Held h = held.get();
        h.text = text;
        try {
            for (int i = 0; i < h.matchers.length; i++) {
                if (mayMatch(i, text) && h.matchers[i].reset().find()) {
                    return true;
                }
            }
            return false;
        } finally {
            h.text = "";
        }
    }

    /**
     * Marks in {@code covered} (one place per character of {@code text}) what each pattern's matches in the text
     * cover; whether any of them was more than empty.
     */
    boolean cover(String text, boolean[] covered) {
        Held h = held.get();
        h.text = text;
        boolean any = false;
        try {
            for (int i = 0; i < h.matchers.length; i++) {
                if (!mayMatch(i, text)) {
                    continue;
                }
                Matcher m = h.matchers[i].reset();
                while (m.find()) {
                    any |= m.end() > m.start();
                    Arrays.fill(covered, m.start(), m.end(), true);
                }
            }
            return any;
        } finally {
            h.text = "";
        }
    }

    /** One thread's matchers, on the text it reads now. */
    private static final class Held implements CharSequence {

        private String text = "";
        private final Matcher[] matchers;

        Held(List<Pattern> patterns) {
            matchers = new Matcher[patterns.size()];
            for (int i = 0; i < matchers.length; i++) {
                matchers[i] = patterns.get(i).matcher(this);
            }
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
