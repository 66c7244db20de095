package org.answerdesk.dialogue;

import java.util.Locale;
import java.util.Optional;

/**
 * The reply to an angry customer's first angry message: the apology and the offer of a person, and between them the
 * FAQ's answer where it answers the message confidently ("my mug arrived broken again, ridiculous" gets the
 * damaged-item entry too). Not confident: the apology and the offer alone.
 */
final class Apology {

    private Apology() {
    }

    static Action offer(Questions questions, String message, Locale language) {
        Optional<Action> confident = questions.confident(questions.retrieve(Cleanup.forLookup(message, language),
                language));
        return new Action.OfferPerson(Action.OfferPerson.Why.UPSET,
                (Action.FaqAnswer) confident.orElse(null));
    }
}
