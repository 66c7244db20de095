package org.answerdesk.dialogue;

import java.util.Optional;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * The choices for a message of several parts none of which the FAQ answered, led by the entry the whole message's
 * reading leads with. The parts' choices are taken in turns, each part's best first, so a part that only tells the
 * case ("my father-in-law turns 70", "I'm at the exit on level -2") led them with an entry its few words are near;
 * the whole message reads the case with its question. The choices stay the parts' own: only their order changes,
 * where the whole's first entry is among them.
 */
final class WholeFirst {

    private WholeFirst() {
    }

    /** {@code decided} with the whole message's first entry moved to the front, where it is among its choices. */
    static Action of(Action decided, Retrieval whole) {
        if (!(decided instanceof Action.Clarify c) || c.again() || c.choices().size() < 2 || whole == null
                || whole.far() || whole.confident()) {
            return decided;
        }
        Optional<FaqMatch> lead = whole.best().flatMap(b -> c.choices().stream()
                .filter(m -> m.entryId() == b.entryId()).findFirst());
        if (lead.isEmpty() || lead.get().entryId() == c.choices().get(0).entryId()) {
            return decided;
        }
        return c.ledBy(lead.get());
    }
}
