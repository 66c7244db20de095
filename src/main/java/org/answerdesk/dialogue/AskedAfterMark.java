package org.answerdesk.dialogue;

import java.util.List;
import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * A question the FAQ is sure of, then words after its mark that ask again by their own words and that the FAQ reads
 * unsure, closest to another entry: "you ship to canada? if not, i can use my po box in seattle, how much is it to
 * there". The whole message is as sure as the question alone, so {@link LooseJoin} would read the words after the mark
 * as the question's case ("do you ship to norway? i live in oslo") and answer only the question. Where the whole
 * message's second closest entry is the words' own first, the words steer the whole reading to a need of their own:
 * the question is answered and the words after the mark offer their closest entries beside it (never answered on
 * their own unsure reading).
 */
final class AskedAfterMark {

    private AskedAfterMark() {
    }

    /**
     * Whether {@code parts} (question, words after its mark, with their lookups {@code found}) are two needs: the
     * question and the whole message confident of one entry, the words after the mark unsure, first closest to
     * another entry that is the whole message's second, and a clause of them opening as a question.
     */
    static boolean of(List<String> parts, List<Retrieval> found, Retrieval whole, Locale language) {
        if (parts.size() != 2 || !whole.confident() || whole.matches().size() < 2 || !found.get(0).confident()
                || found.get(1).confident() || found.get(1).best().isEmpty()) {
            return false;
        }
        long asked = whole.matches().get(0).entryId();
        long other = found.get(1).best().map(FaqMatch::entryId).orElseThrow();
        return found.get(0).best().map(FaqMatch::entryId).orElse(-1L) == asked && other != asked
                && other == whole.matches().get(1).entryId()
                && opensAsking(Parts.withoutClosingMark(Cleanup.withoutWrapping(parts.get(1), language)), language);
    }

    /**
     * Whether a clause of the words opens as a question ({@link Parts#opensAsking}): "…, how much is it to there";
     * not a statement that only shares an asking word ("es para el cumple de mi hermana").
     */
    private static boolean opensAsking(String words, Locale language) {
        for (String clause : words.split(",")) {
            if (!clause.isBlank() && Parts.opensAsking(clause.strip(), language)) {
                return true;
            }
        }
        return false;
    }
}
