package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * Two questions split at an "and" ({@link LooseJoin}) whose halves the FAQ is sure of neither, while the whole
 * message is sure of one entry that only one half asks ("if it's on the way already, is sending it back free and how
 * do i do it": the whole reads the return steps, which the second half holds among its closest; whether it is free,
 * the first half, is another entry). The whole message's entry stands for the half that holds it, and the other half
 * gets its own choices after that answer ({@link SeveralQuestions#answer}), where it is a question of its own: it
 * asks by its words ({@link #asks}), the FAQ offers it choices ("did you mean"), none of its closest entries is the
 * whole's, and its best is among the whole message's closest (the whole's reading leans to it too); a half of fewer
 * than {@link LooseJoin#WORDS} words after its "and" ("e se viene anche mia figlia?": "se viene") is none. No lookup
 * of its own.
 */
final class BesideWhole {

    private BesideWhole() {
    }

    /**
     * The halves' lookups with the whole message's in place of the half that holds its entry, where the other half
     * is a question of its own beside it (above); empty otherwise (the whole message's answer stands for both).
     */
    static Optional<List<Retrieval>> readings(Retrieval whole, List<String> parts, List<Retrieval> found,
                                              Locale language) {
        if (!whole.confident() || whole.best().isEmpty() || parts.size() != 2
                || found.stream().anyMatch(Retrieval::confident)) {
            return Optional.empty();
        }
        long entry = whole.best().get().entryId();
        boolean first = holds(found.get(0), entry);
        if (first == holds(found.get(1), entry)) {
            return Optional.empty(); // both halves, or neither, lean to the whole's entry: one question
        }
        int other = first ? 1 : 0;
        Retrieval own = found.get(other);
        List<Long> closest = closest(whole);
        // less its leading "and": "e se viene" asks nothing ("e" is Italian "è" folded), "se viene" is no question
        String words = Parts.withoutAnd(Parts.withoutClosingMark(parts.get(other)), language);
        boolean asked = own.clarify() && !own.far() && own.best().map(m -> closest.contains(m.entryId())).orElse(false)
                && FreeFormActs.words(Noise.words(words)) >= LooseJoin.WORDS && asks(words, language);
        if (!asked) {
            return Optional.empty();
        }
        List<Retrieval> readings = new ArrayList<>(found);
        readings.set(1 - other, whole);
        return Optional.of(readings);
    }

    /**
     * Whether the half asks by its words, or a clause of it after a comma does ("if it's on the way already, is
     * sending it back free": a question led by its condition).
     */
    static boolean asks(String half, Locale language) {
        if (Parts.asks(half, language)) {
            return true;
        }
        String[] clauses = half.split(",");
        for (int i = 1; i < clauses.length; i++) {
            if (!clauses[i].isBlank() && FollowUpCue.asks(clauses[i].strip(), language)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holds(Retrieval half, long entry) {
        return closest(half).contains(entry);
    }

    private static List<Long> closest(Retrieval r) {
        return r.matches().stream().limit(LooseJoin.CLOSEST).map(FaqMatch::entryId).toList();
    }
}
