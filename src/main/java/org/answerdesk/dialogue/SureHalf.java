package org.answerdesk.dialogue;

import java.util.List;
import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * Two halves of which the FAQ is sure of one and offers choices for the other, where the whole message, read as one,
 * is sure of nothing (or finds it far): "was kostet sowas und zahlt das die hausrat?", "do you send to new zealand? if
 * not can i buy something digital for my sister". The whole message's reading mixes both topics and answers neither;
 * each half's own reading is the better one where both halves' entries are among the whole message's
 * {@link LooseJoin#CLOSEST}: the sure half's entry then is one the message asks about, not a word of its case, and
 * where the unsure half asks by its words ({@link BesideWhole#asks}): a statement beside a question ("notre séjour a
 * été annulé en mars et j'attends toujours mes sous") is the question's case, read whole.
 */
final class SureHalf {

    private SureHalf() {
    }

    /**
     * Whether one half is confident, the other "did you mean" of another entry and asking by its words, both entries
     * among the whole message's closest.
     */
    static boolean of(Retrieval whole, List<String> parts, List<Retrieval> found, Locale language) {
        if (whole.confident() || found.size() != 2 || found.stream().filter(Retrieval::confident).count() != 1) {
            return false;
        }
        int unsure = found.get(0).confident() ? 1 : 0;
        Retrieval other = found.get(unsure);
        String asked = Parts.withoutClosingMark(Cleanup.withoutWrapping(parts.get(unsure), language));
        List<Long> closest = whole.matches().stream().limit(LooseJoin.CLOSEST).map(FaqMatch::entryId).toList();
        List<Long> best = found.stream().map(r -> r.best().map(FaqMatch::entryId).orElse(-1L)).toList();
        return other.clarify() && !best.get(0).equals(best.get(1)) && closest.containsAll(best)
                && BesideWhole.asks(asked, language);
    }
}
