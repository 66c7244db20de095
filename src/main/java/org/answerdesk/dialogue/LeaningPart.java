package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * A message of several questions the FAQ is sure of none of, that the follow-up checks read whole with the answer
 * before it and answer with one entry ("quanto é isso ao certo? e da para pagar por mb way?" after the business
 * address: its price): one question leaned on the topic and has its answer; the others are still asked. They get
 * their own reading after that answer ({@link UnsureParts}), headed by their words where one is left, never dropped.
 * By the conversation's shape, in any language.
 */
final class LeaningPart {

    private LeaningPart() {
    }

    /**
     * @param several the decision on the message's questions, before the follow-up checks
     * @param checked the decision after them
     */
    static Action kept(Turn turn, Action several, Action checked, Questions questions) {
        return notAgain(turn, keptParts(turn, several, checked, questions));
    }

    /**
     * Choices that do not offer again an entry this reply answers ("y eso caduca? se puede pagar por bizum?": the
     * payment answer, then choices for the other question that a follow-up check gave the payment entry again);
     * the reply as it is where nothing is left to offer.
     */
    private static Action notAgain(Turn turn, Action action) {
        if (!(action instanceof Action.Clarify c) || turn.before.isEmpty()) {
            return action;
        }
        Set<Long> answered = new java.util.HashSet<>();
        turn.before.stream().filter(Action.FaqAnswer.class::isInstance)
                .forEach(b -> answered.add(((Action.FaqAnswer) b).entry().entryId()));
        List<FaqMatch> left = c.choices().stream().filter(m -> !answered.contains(m.entryId())).toList();
        if (left.size() == c.choices().size() || left.isEmpty()) {
            return action;
        }
        return new Action.Clarify(left, c.confidence(), left.get(0).entryId(), c.handoffReason(), c.again(),
                c.about());
    }

    private static Action keptParts(Turn turn, Action several, Action checked, Questions questions) {
        if (turn.unsureParts == null || checked == several || !(checked instanceof Action.FaqAnswer a)
                || turn.unsureParts.size() < 2) {
            return checked;
        }
        long entry = a.entry().entryId();
        List<String> parts = turn.unsureParts;
        List<Retrieval> found = turn.unsureFound;
        // the question that leaned is the one whose own closest entry is the answer's, else the first
        int leaned = 0;
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).best().map(FaqMatch::entryId).filter(id -> id == entry).isPresent()) {
                leaned = i;
                break;
            }
        }
        List<String> rest = new ArrayList<>(parts);
        List<Retrieval> restFound = new ArrayList<>(found);
        rest.remove(leaned);
        restFound.remove(leaned);
        Action first = questions.answer(Cleanup.withoutWrapping(rest.get(0), turn.lang()), restFound.get(0),
                turn.state::latest);
        Action decided = UnsureParts.decided(first, restFound, Set.of(entry), turn.state.chat(), questions);
        turn.before.add(checked);
        return rest.size() == 1 ? UnsureParts.about(decided, rest.get(0), turn.lang()) : decided;
    }
}
