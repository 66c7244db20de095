package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.answerdesk.retrieval.FaqMatch;

/**
 * "Did you mean" choices for a message whose last clause says that something no longer holds ("… a partir de janeiro
 * os guris não vão mais nadar aí", {@link ToldCancellation#endsGone}), or that tells a withdrawal with a question
 * beside it ("…, amanhã não vamos conseguir ir, e o sinal?", {@link ToldCancellation#tellsNoLonger}; there only the
 * first rule below): the shop's way of ending it leads them. Only the choices change: nothing is answered, nothing is claimed.
 *
 * <ol>
 *   <li>The shop's cancelling entry among the choices, whichever reading chose them (the whole message, one of its
 *       parts), leads them.</li>
 *   <li>Else a choice whose answer tells how its thing is ended ({@code told.ends}: "le contrat de place de parc …
 *       se résilie par écrit") leads: the customer named that thing, and its own ending is there, where the shop's
 *       cancelling entry may end something else (the whole lease).</li>
 *   <li>Else the shop's cancelling entry, found by its words for cancelling, leads, in place of the last choice: a
 *       story of no longer whose words are of the moving, the child, the car ("ya no va a ir más desde enero"), not
 *       of anything the FAQ says about ending, is still the cancellation the FAQ has one entry for. Only where the
 *       choices are the whole message's (not those of one question among several).</li>
 * </ol>
 */
final class GoneChoices {

    private GoneChoices() {
    }

    static Action decided(Action main, String text, Locale language, Questions questions) {
        if (!(main instanceof Action.Clarify c) || c.choices().size() < 2 || c.handoffReason() != null) {
            return main;
        }
        boolean endsGone = ToldCancellation.endsGone(text, language);
        if (!endsGone && !ToldCancellation.tellsNoLonger(text, language)) {
            return main;
        }
        Optional<FaqMatch> cancelling = ToldCancellation.cancellingMatch(questions, language);
        if (cancelling.isEmpty()) {
            return main;
        }
        long id = cancelling.get().entryId();
        Optional<FaqMatch> among = c.choices().stream().filter(m -> m.entryId() == id).findFirst();
        if (among.isPresent()) {
            return among.get().entryId() == c.choices().get(0).entryId() ? main : c.ledBy(among.get());
        }
        if (!endsGone) {
            return main; // a withdrawal told before a question only lifts the cancelling entry already shown
        }
        Optional<FaqMatch> ending = c.choices().stream().filter(m -> ToldCancellation.answerEnds(m, language))
                .findFirst();
        if (ending.isPresent()) {
            return ending.get().entryId() == c.choices().get(0).entryId() ? main : c.ledBy(ending.get());
        }
        if (c.about() != null) {
            return main; // the choices are for one question of several: the story is not theirs alone
        }
        List<FaqMatch> led = new ArrayList<>(c.choices().subList(0, Math.min(c.choices().size(),
                Action.Clarify.SHOWN - 1)));
        led.add(0, cancelling.get());
        return new Action.Clarify(led, c.confidence(), id, null, c.again(), c.about());
    }
}
