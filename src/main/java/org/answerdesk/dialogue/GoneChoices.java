package org.answerdesk.dialogue;

import java.util.Locale;
import java.util.Optional;

import org.answerdesk.retrieval.FaqMatch;

/**
 * "Did you mean" choices for a message whose last clause says that something no longer holds ("… a partir de janeiro
 * os guris não vão mais nadar aí", {@link ToldCancellation#endsGone}): where the shop's cancelling entry is among the
 * choices, whichever reading chose them (the whole message, one of its parts), it leads them. Only the order changes:
 * nothing is answered, nothing is claimed.
 */
final class GoneChoices {

    private GoneChoices() {
    }

    static Action decided(Action main, String text, Locale language, Questions questions) {
        if (!(main instanceof Action.Clarify c) || c.choices().size() < 2 || c.handoffReason() != null
                || !ToldCancellation.endsGone(text, language)) {
            return main;
        }
        Optional<Long> id = ToldCancellation.cancellingEntry(questions, language);
        Optional<FaqMatch> among = id.flatMap(i -> c.choices().stream().filter(m -> m.entryId() == i).findFirst());
        if (among.isEmpty() || among.get().entryId() == c.choices().get(0).entryId()) {
            return main;
        }
        return c.ledBy(among.get());
    }
}
