package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * The choices for a message of several parts none of which the FAQ answered, led by the entry the whole message's
 * reading leads with. The parts' choices are taken in turns, each part's best first, so a part that only tells the
 * case ("my father-in-law turns 70", "I'm at the exit on level -2") led them with an entry its few words are near;
 * the whole message reads the case with its question. The whole's entry is taken where any part offers it, also
 * below the choices shown ("how much is the deposit and how far ahead must we book": the booking entry second of its
 * half, first of the whole); it stands for the part that offers it, so each other part's best comes right after it,
 * and every part's likeliest entry stays among the first choices. The choices stay the parts' own: only their order
 * changes, and their number stays the same.
 */
final class WholeFirst {

    private WholeFirst() {
    }

    /**
     * {@code decided} led by the whole message's first entry, where one of the parts offers it ({@code offered}: each
     * part's entries to offer, as {@link UnsureParts#offered} reads them), then each other part's first entry, then
     * the choices as they were.
     */
    static Action of(Action decided, Retrieval whole, List<List<FaqMatch>> offered) {
        if (!(decided instanceof Action.Clarify c) || c.again() || c.choices().size() < 2 || whole == null
                || whole.far() || whole.confident() || whole.best().isEmpty()) {
            return decided;
        }
        long lead = whole.best().get().entryId();
        int part = -1;
        FaqMatch led = null;
        for (int i = 0; i < offered.size() && led == null; i++) {
            Optional<FaqMatch> found = offered.get(i).stream().filter(m -> m.entryId() == lead).findFirst();
            if (found.isPresent()) {
                part = i;
                led = found.get();
            }
        }
        if (led == null || lead == c.choices().get(0).entryId()) {
            return decided;
        }
        Set<Long> shown = new HashSet<>(List.of(lead));
        Set<Long> among = new HashSet<>(c.choices().stream().map(FaqMatch::entryId).toList());
        List<FaqMatch> order = new ArrayList<>(List.of(led));
        for (int i = 0; i < offered.size(); i++) {
            // another part's best, where it was among the choices: the whole's entry answers one part only
            if (i != part && !offered.get(i).isEmpty() && among.contains(offered.get(i).get(0).entryId())
                    && shown.add(offered.get(i).get(0).entryId())) {
                order.add(offered.get(i).get(0));
            }
        }
        c.choices().stream().filter(m -> shown.add(m.entryId())).forEach(order::add);
        List<FaqMatch> kept = order.subList(0, c.choices().size());
        return new Action.Clarify(List.copyOf(kept), c.confidence(), lead, c.handoffReason(), false, c.about());
    }
}
