package org.answerdesk.dialogue;

/**
 * A question the FAQ has no answer for, yet is not far from it (neither confident, nor "did you mean", nor off-topic),
 * with no LLM to ask: on a chat, the first such miss is never a ticket the customer did not ask for. The bot says it
 * is not sure it has an answer, asks for other words and offers a person ({@link Action.OfferPerson.Why#NOT_FOUND});
 * typed while "did you mean" choices are showing instead of a tap (a rejection the act reader did not place, "na,
 * des is ois ned des wos i moan", or another question), it apologises first for the wrong guess
 * ({@link Action.OfferPerson.Why#REJECTED}). The ticket opens on the second miss in a row (the last reply offered a
 * person and answered nothing), on a "yes", or by mail (its ticket is the reply a mail gets).
 *
 * <p>No choices with it: measured in the band on the shared sets, most questions there are out of scope (the sample
 * FAQ: 21 of 27), so choices there would more than double the off-topic questions shown choices (docs/dialogue.md,
 * "A covered question handed over at once").
 */
final class FirstMiss {

    private FirstMiss() {
    }

    /**
     * {@code main} for a typed message of a conversation not waiting for a person, its customer not angry.
     */
    static Action decided(Action main, DialogueState state) {
        if (!(main instanceof Action.Handoff h) || !HandoffReasons.NO_ANSWER.equals(h.reason()) || !state.chat()
                || state.handedOver() || missedBefore(state)) {
            return main;
        }
        // typed instead of a tap on the choices, and still no entry: those choices were the wrong guess
        return new Action.OfferPerson(ChoicesShowing.showing(state).isPresent() ? Action.OfferPerson.Why.REJECTED
                : Action.OfferPerson.Why.NOT_FOUND);
    }

    /** Whether the bot's last reply offered a person and answered nothing: another miss is the second in a row. */
    static boolean missedBefore(DialogueState state) {
        return state.personOffered() && state.lastReply().map(l -> !l.answered()).orElse(false);
    }
}
