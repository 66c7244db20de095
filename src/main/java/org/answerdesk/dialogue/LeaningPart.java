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
