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
 * die les is gewoon verloren!!!" offers the cancelling entry). Where the closest of those choices is the shop's entry
 * on that kind of trouble ({@link Recourse#namesTrouble}: "what if it arrives damaged?", "was passiert, wenn …"), its
 * answer is given with the others beside it: the customer asked for help, not for a pick. Neither: the apology and
 * the offer alone. The shouting
 * ("DIT IS ECHT BELACHELIJK.") and the phrases of anger ("absolutely fumin", "schandalig") are left out of the lookup:
 * they name no topic and drown the one the message has.
 */
final class Apology {

    private Apology() {
    }

    static Action offer(Questions questions, String message, Locale language) {
        if (message.isBlank()) {
            return new Action.OfferPerson(Action.OfferPerson.Why.UPSET); // an act alone said angrily: nothing to look up
        }
        // neither the shouting nor the words of anger name the problem ("absolutely fumin", "to arretada"); where the
        // FAQ finds nothing without them, the message as said is read (a short message may need all its words)
        String calm = Mood.withoutShouting(message);
        String lookup = Cleanup.forLookup(Mood.withoutAnger(calm, language), language);
        Retrieval retrieval = questions.retrieve(lookup, language);
        if (!retrieval.confident() && !retrieval.clarify() && !lookup.equals(Cleanup.forLookup(calm, language))) {
            retrieval = questions.retrieve(Cleanup.forLookup(calm, language), language);
        }
        Optional<Action> confident = questions.confident(retrieval);
        if (confident.isPresent()) {
            return new Action.OfferPerson(Action.OfferPerson.Why.UPSET, (Action.FaqAnswer) confident.get());
        }
        // the entry on what to do when something went wrong leads: the story's words pull towards others
        List<FaqMatch> closest = questions.offerable(retrieval.matches());
        List<FaqMatch> choices = retrieval.clarify()
                ? Recourse.led(questions.offerable(retrieval.choices()), closest, message, language) : List.of();
        if (!choices.isEmpty() && !closest.isEmpty() && choices.get(0).entryId() == closest.get(0).entryId()
                && Recourse.namesTrouble(choices.get(0).question(), language)) {
            // the closest entry is the shop's word on this kind of trouble ("what if my parcel arrives damaged?"):
            // its answer, not a pick asked of an upset customer; the other choices stay beside it
            return new Action.OfferPerson(Action.OfferPerson.Why.UPSET, new Action.FaqAnswer(choices.get(0),
                    retrieval.confidence(), choices.subList(1, choices.size()), null, false));
        }
        return new Action.OfferPerson(Action.OfferPerson.Why.UPSET, null, choices);
    }
}
