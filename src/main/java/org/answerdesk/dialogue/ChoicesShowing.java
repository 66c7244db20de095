package org.answerdesk.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.answerdesk.retrieval.ContentTerms;

/**
 * A message typed while "did you mean" choices are showing. It is a message: read as the question it is. Only a
 * rejection ("no", "none of these", "that's not it", "something else", in the conversation's language) rejects the
 * choices: on a chat, the first time, with an apology and the offer of a person (the button "Something else" hands
 * over at once).
 * "Did you mean" is never asked twice about the same
 * question; a new question, one with a content word that neither the choices nor the question they were offered for
 * name, may get choices of its own once: the rule holds per question, not per conversation.
 */
final class ChoicesShowing {

    private ChoicesShowing() {
    }

    /** The bot's last reply, where it offered choices. */
    static Optional<LastReply> showing(DialogueState state) {
        return state.lastReply().filter(LastReply::offeredChoices);
    }

    /** Whether {@code act}, said while choices are showing, rejects them. */
    static boolean rejects(Act act) {
        return act == Act.NO || act == Act.NOT_HELPED;
    }

    /**
     * The reply to a rejection. Typed while choices are showing on a chat ("none of those", "no es nada de eso"), it
     * is a first push-back: an apology, the request to say it in other words and the offer of a person, as a
     * customer expects of someone who guessed wrong ({@link Action.OfferPerson.Why#REJECTED}). A person at once for
     * the second "no" in a row: of choices offered after a "no", of choices while a person is already offered, of choices by mail (their ticket is open), or of an answer picked among the
     * next-best entries offered after a first "no" ({@link NextBest#saidBefore}). Empty for any other act, and for a
     * "no" that declines the offer of a person.
     */
    static Optional<Action> rejection(Turn turn, Act act) {
        if (!rejects(act)) {
            return Optional.empty();
        }
        Optional<LastReply> shown = showing(turn.state);
        if (shown.isPresent()) {
            boolean again = shown.get().question() != null && rejectsAlone(shown.get().question(), turn.lang());
            return Optional.of(turn.state.chat() && !again && !turn.state.personOffered()
                    ? new Action.OfferPerson(Action.OfferPerson.Why.REJECTED)
                    : new Action.Handoff(HandoffReasons.SOMETHING_ELSE, 0, List.of(), null, null, null, null));
        }
        boolean declines = act == Act.NO && turn.state.personOffered();
        return turn.answered().isPresent() && !declines && NextBest.saidBefore(turn.state)
                ? Optional.of(NextBest.toPerson()) : Optional.empty();
    }

    /** Whether {@code message} is a rejection and nothing more ("no", "that's not it"). */
    private static boolean rejectsAlone(String message, Locale language) {
        Acts.Reading reading = Acts.read(message, language);
        return reading.onlyAct() && rejects(reading.act().get());
    }

    /**
     * What the bot does with its decision on a message typed while choices are showing: "did you mean" again only
     * about a new question; about the same one, the offer of a person that says the bot is unsure (it gave no
     * answer, so never "sorry that didn't help").
     */
    static Action decided(Action main, DialogueState state, String message) {
        Optional<LastReply> last = showing(state);
        if (!(main instanceof Action.Clarify) || last.isEmpty()
                || newQuestion(message, last.get(), state.language())) {
            return main;
        }
        return new Action.OfferPerson(Action.OfferPerson.Why.UNSURE);
    }

    /** Whether {@code message} names something that the offered choices and the question they answered do not. */
    static boolean newQuestion(String message, LastReply last, Locale language) {
        String before = String.join(" ", last.offeredQuestions()) + " " + (last.question() == null ? "" : last.question());
        Set<String> known = Set.copyOf(ContentTerms.of(before, language));
        return ContentTerms.of(message, language).stream().anyMatch(t -> !known.contains(t));
    }
}
