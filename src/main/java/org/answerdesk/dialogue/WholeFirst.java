package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * The choices for a message of several parts none of which the FAQ answered, led by the entry the whole message's
 * reading leads with. The parts' choices are taken in turns, each part's best first, so a part that only tells the
 * case ("my father-in-law turns 70", "I'm at the exit on level -2") led them with an entry its few words are near;
 * the whole message reads the case with its question. Where the whole's entry is offered by a part below the choices
 * shown ("how much is the deposit and how far ahead must we book": the booking entry second of its half, first of
 * the whole), it takes the last place: the first two stay the parts' best, so each part's likeliest entry is among
 * the first two. The choices stay the parts' own and their number the same.
 */
final class WholeFirst {

    private WholeFirst() {
    }

    /**
     * {@code decided} with the whole message's first entry moved to the front, where it is among its choices, or put
     * last in place of the last, where one of the parts offers it below them ({@code offered}: each part's entries
     * to offer, as {@link UnsureParts#offered} reads them).
     */
    static Action of(Action decided, Retrieval whole, List<List<FaqMatch>> offered) {
        if (!(decided instanceof Action.Clarify c) || c.again() || c.choices().size() < 2 || whole == null
                || whole.far() || whole.confident() || whole.best().isEmpty()) {
            return decided;
        }
        long lead = whole.best().get().entryId();
        Optional<FaqMatch> shown = c.choices().stream().filter(m -> m.entryId() == lead).findFirst();
        if (shown.isPresent()) {
            return lead == c.choices().get(0).entryId() ? decided : c.ledBy(shown.get());
        }
        Optional<FaqMatch> below = offered.stream().flatMap(List::stream).filter(m -> m.entryId() == lead).findFirst();
        if (below.isEmpty() || c.choices().size() < Action.Clarify.SHOWN) {
            return decided; // a short list shows every part's offer already
        }
        List<FaqMatch> choices = new ArrayList<>(c.choices().subList(0, c.choices().size() - 1));
        choices.add(below.get());
        return new Action.Clarify(List.copyOf(choices), c.confidence(), c.closest(), c.handoffReason(), false,
                c.about());
    }
}
