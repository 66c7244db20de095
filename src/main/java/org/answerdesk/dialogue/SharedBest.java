package org.answerdesk.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * Two halves of one sentence split at an "and" ({@link LooseJoin}) where one half is confident of an entry and the
 * other, "did you mean", reads that same entry first but asks a question of its own ("the boiler clanks, how do i
 * report that and do i have to pay for it myself?": the second half is sure of who pays; "how do i report that"
 * reads who pays first and reporting a repair next). Before, the two halves counted as one question, the confident
 * entry answered it, and the other half was dropped in silence. Here the confident half is answered and the other
 * gets its own choices after it, less that entry ({@link SeveralQuestions#answer}, {@link UnsureParts}), where: the
 * unsure half, less its leading "and" and closing mark, has at least {@link LooseJoin#WORDS} words and a clause of
 * it opens with a question's word ({@link FollowUpCue#clauseOpensAsking}: "how", "wie", "hoe"), so that it asks for
 * a thing of its own, where a yes-or-no question ("do you take paypal and can i pay in 3 instalments") asks a detail
 * of the confident half's entry; among its choices is an entry other than the confident one; and the whole message
 * holds both entries among its {@link LooseJoin#CLOSEST} closest (it leans to both needs).
 */
final class SharedBest {

    private SharedBest() {
    }

    /** Whether the halves, looked up as {@code found} in a message the FAQ reads whole as {@code whole}, are two. */
    static boolean of(Retrieval whole, List<String> parts, List<Retrieval> found, Locale language) {
        if (parts.size() != 2 || found.size() != 2 || found.get(0).confident() == found.get(1).confident()) {
            return false;
        }
        int sure = found.get(0).confident() ? 0 : 1;
        int other = 1 - sure;
        Retrieval own = found.get(other);
        Optional<Long> entry = best(found.get(sure));
        if (entry.isEmpty() || !own.clarify() || own.far() || !best(own).equals(entry)) {
            return false;
        }
        Optional<Long> next = own.choices().stream().map(FaqMatch::entryId).filter(id -> !id.equals(entry.get()))
                .findFirst();
        List<Long> closest = whole.matches().stream().limit(LooseJoin.CLOSEST).map(FaqMatch::entryId).toList();
        if (next.isEmpty() || !closest.contains(entry.get()) || !closest.contains(next.get())) {
            return false;
        }
        String words = Parts.withoutAnd(Parts.withoutClosingMark(parts.get(other)), language);
        // "can i split it into 3 payments" beside "do u take paypal" asks a yes or a no of the same entry
        return FreeFormActs.words(Noise.words(words)) >= LooseJoin.WORDS
                && FollowUpCue.clauseOpensAsking(words, language);
    }

    private static Optional<Long> best(Retrieval r) {
        return r.best().map(FaqMatch::entryId);
    }
}
