package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * The choices a short follow-up of an answer gets do not lead with an entry that answer already gave: "y cuánto
 * tiempo me quedo sin ducharme?" after the bathroom's price asks something the price did not say, so the entries the
 * reply did not give come first and the ones it gave after them. A reply of two answers gave both: the entry it ended
 * with and the confident entry of each question of the message before (as the policy split it). Only the order of the
 * choices shown changes: no entry is added, none dropped, nothing is answered.
 */
final class NewAfterAnswer {

    private NewAfterAnswer() {
    }

    static Action check(Turn turn, Action action, Questions questions) {
        if (!(action instanceof Action.Clarify c) || c.choices().size() < 2 || c.again() || c.handoffReason() != null
                || turn.act.isPresent() || turn.angry || !turn.before.isEmpty()) {
            return action;
        }
        Optional<LastReply> last = turn.answered().filter(r -> r.entryId() != null);
        if (last.isEmpty() || FollowUpCue.shortLookup(turn.reading.question(), turn.lang()).isEmpty()) {
            return action;
        }
        Set<Long> given = given(last.get(), turn.lang(), questions);
        if (!given.contains(c.choices().get(0).entryId())) {
            return action;
        }
        List<FaqMatch> shown = new ArrayList<>(c.choices().stream().filter(m -> !given.contains(m.entryId())).toList());
        if (shown.isEmpty()) {
            return action;
        }
        c.choices().stream().filter(m -> given.contains(m.entryId())).forEach(shown::add);
        return new Action.Clarify(List.copyOf(shown), c.confidence(), shown.get(0).entryId(), null, false, c.about());
    }

    /** The entries the reply gave: the one it ended with, and each other question's confident entry. */
    private static Set<Long> given(LastReply last, Locale lang, Questions questions) {
        Set<Long> given = new HashSet<>(Set.of(last.entryId()));
        if (last.question() == null) {
            return given;
        }
        List<String> parts = Parts.of(Acts.read(last.question(), lang).question(), lang);
        for (String part : parts.size() < 2 ? List.<String>of() : parts) {
            String lookup = Cleanup.forLookup(part, lang);
            Retrieval found = lookup.isBlank() ? null : questions.retrieve(lookup, lang);
            if (found != null && found.confident()) {
                found.best().ifPresent(b -> given.add(b.entryId()));
            }
        }
        return given;
    }
}
