package org.answerdesk.dialogue;

import java.util.List;
import java.util.Optional;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * A marked question, then words after its question mark that are no marked question of their own: a request ("till
 * what time can i ring you today? send the number also") or a statement that needs an entry of its own. {@link
 * Parts#of} reads such a message as one question; this is a split point of {@link LooseJoin}, taken only when the
 * whole message is not confident, each half is confident of an entry of its own and the whole message leads with
 * both ({@link #leads}). A statement that
 * only says the question's case ("do you ship to norway? i live in oslo", "which countries do you ship to? it is for
 * order 4711") finds the question's entry again, or none confidently, and stays with it.
 */
final class AfterMark {

    private AfterMark() {
    }

    /**
     * The message as the question up to its first question mark(s) and the words after them, each of at least
     * {@link LooseJoin#WORDS} words, where no question mark follows but the words' own closing one ("...? ci vuole
     * tanto?", a question too short for {@link Parts#of}); empty otherwise.
     */
    static Optional<List<String>> split(String message) {
        String text = message.strip();
        int mark = firstMark(text);
        if (mark < 0) {
            return Optional.empty();
        }
        int end = mark;
        while (end < text.length() && isMark(text.charAt(end))) {
            end++;
        }
        String question = text.substring(0, end).strip();
        String rest = text.substring(end).strip();
        if (firstMark(Parts.withoutClosingMark(rest)) >= 0 || FreeFormActs.words(Noise.words(question)) < LooseJoin.WORDS
                || FreeFormActs.words(Noise.words(rest)) < LooseJoin.WORDS) {
            return Optional.empty();
        }
        return Optional.of(List.of(question, rest));
    }

    /** Whether the words after the mark end in a question mark of their own. */
    static boolean marked(List<String> parts) {
        return !Parts.withoutClosingMark(parts.get(1)).equals(parts.get(1).stripTrailing());
    }

    /**
     * Whether the whole message leads with the two halves' entries: the question's best and the words after the
     * mark's best are its first two, so that the words after the mark steer the whole message's reading
     * ("e per fare la maglia c'è qualcosa? vorrei regalarlo a mia mamma": the course, then the gift voucher) rather
     * than only adding their case to it.
     */
    static boolean leads(Retrieval whole, List<Retrieval> found) {
        List<Long> first = whole.matches().stream().limit(2).map(FaqMatch::entryId).toList();
        return found.stream().allMatch(r -> r.best().map(m -> first.contains(m.entryId())).orElse(false));
    }

    private static int firstMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isMark(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A question mark, Latin or full-width. */
    static boolean isMark(char c) {
        return c == '?' || c == '\uff1f';
    }
}
