package org.answerdesk.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * The reply to an angry customer's first angry message: the apology and the offer of a person, and between them the
 * FAQ's answer where it answers the message confidently ("my mug arrived broken again, ridiculous" gets the
 * damaged-item entry too), or its "did you mean" choices where it is unsure ("ik heb 3 dagen op voorhand afgezegd en
 * die les is gewoon verloren!!!" offers the cancelling entry). Neither: the apology and the offer alone. The shouting
 * ("DIT IS ECHT BELACHELIJK.") is left out of the lookup: it names no topic and drowns the one the message has.
 */
final class Apology {

    private Apology() {
    }

    static Action offer(Questions questions, String message, Locale language) {
        Retrieval retrieval = questions.retrieve(Cleanup.forLookup(Mood.withoutShouting(message), language), language);
        Optional<Action> confident = questions.confident(retrieval);
        if (confident.isPresent()) {
            return new Action.OfferPerson(Action.OfferPerson.Why.UPSET, (Action.FaqAnswer) confident.get());
        }
        List<FaqMatch> choices = retrieval.clarify() ? questions.offerable(retrieval.choices()) : List.of();
        return new Action.OfferPerson(Action.OfferPerson.Why.UPSET, null, choices);
    }
}
