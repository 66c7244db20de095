package org.answerdesk.dialogue;

import java.util.List;
import java.util.Optional;

import org.answerdesk.retrieval.FaqMatch;

/**
 * A short rejection that names what it rejects ("non pas la réservation", "no, not the refund one", "nee, niet de
 * prijs") typed while choices show: the words it names find the very choice turned down, so the FAQ would answer
 * with it. It never gets back the entry it names: the choices left ("sorry, did you mean one of these?"), or with none
 * left, the reply to a rejection (an apology and the offer of a person).
 */
final class RejectedTopic {

    /** The longest rejection read as naming its topic; a longer message says what it wants instead. */
    private static final int WORDS = DialoguePolicy.FOLLOW_UP_WORDS;

    private RejectedTopic() {
    }

    static Action decided(Action main, Turn turn, String text) {
        if (!(main instanceof Action.FaqAnswer a) || a.picked() || !rejects(turn, text)) {
            return main;
        }
        long entry = a.entry().entryId();
        Optional<LastReply> shown = ChoicesShowing.showing(turn.state)
                .filter(l -> l.offeredInFaq().stream().anyMatch(m -> m.entryId() == entry));
        if (shown.isEmpty()) {
            return main; // after an answer, the entry just given is not given again (QuestionPath)
        }
        List<FaqMatch> left = shown.get().offeredInFaq().stream().filter(m -> m.entryId() != entry).toList();
        return left.isEmpty() ? new Action.OfferPerson(Action.OfferPerson.Why.REJECTED)
                : new Action.Clarify(left, a.confidence(), left.get(0).entryId(), null, true);
    }

    /**
     * A short message read as a rejection with words around it, or opening with a "no"; a negation that tells what
     * is wrong ("le lien ne marche plus") is no rejection: it may pick the choice that states it.
     */
    private static boolean rejects(Turn turn, String text) {
        String[] words = text.strip().split("[\\s,.!;:]+");
        if (words.length > WORDS) {
            return false;
        }
        // "non pas la réservation", "nope not the refund": a message that opens with a "no" of its own
        Acts.Reading first = Acts.read(words[0], turn.lang());
        return turn.reading.act().filter(ChoicesShowing::rejects).isPresent()
                || first.onlyAct() && ChoicesShowing.rejects(first.act().get());
    }
}
