package org.answerdesk.dialogue;

import java.util.List;
import java.util.Optional;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * A marked question, then words after its question mark that are no marked question of their own: a request ("till
 * what time can i ring you today? send the number also") or a statement that needs an entry of its own ("how do i
 * send it back? no printer at home", "c'è un corso di maglia? vorrei regalarlo a mia mamma"). {@link Parts#of} reads
 * such a message as one question; this is a split point of {@link LooseJoin}, taken only under its guards: each half
 * near an entry of its own, both among the whole message's closest, and the words after the mark leading to an entry
 * the question alone does not ({@link #adds}). A statement that only says the question's case
 * ("do you ship to norway? i live in oslo") finds the question's entry again, or none, and stays with it.
 */
final class AfterMark {

    private AfterMark() {
    }

    /**
     * The message as the question up to its first question mark(s) and the words after them, each of at least
     * {@link LooseJoin#WORDS} words, where no question mark follows; empty otherwise.
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
        if (firstMark(rest) >= 0 || words(question) < LooseJoin.WORDS || words(rest) < LooseJoin.WORDS) {
            return Optional.empty();
        }
        return Optional.of(List.of(question, rest));
    }

    /**
     * Whether the words after the mark lead to an entry the question alone does not: their best is none of the
     * question's own closest entries. "se os puede coger solo el castillo? sin animador ni nada" only narrows the
     * question (its best, the party at home, is the question's second already); "c'è un corso di maglia? vorrei
     * regalarlo a mia mamma" adds the gift voucher, which the course question does not lead to.
     */
    static boolean adds(List<Retrieval> found) {
        Optional<Long> added = found.get(1).best().map(FaqMatch::entryId);
        return added.isPresent() && found.get(0).matches().stream().limit(LooseJoin.CLOSEST)
                .noneMatch(m -> added.get().equals(m.entryId()));
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

    private static boolean isMark(char c) {
        return c == '?' || c == '\uff1f';
    }

    private static int words(String text) {
        String words = Noise.words(text).strip();
        return words.isEmpty() ? 0 : words.split("\\s+").length;
    }
}
