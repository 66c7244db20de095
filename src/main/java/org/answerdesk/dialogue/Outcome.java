package org.answerdesk.dialogue;

/**
 * What became of a customer's message, recorded with it when it is decided ({@link Transition}), so that the
 * analytics read it instead of working it out again from the replies.
 */
public enum Outcome {

    /**
     * The bot answered it, or a part of it: an FAQ entry, a cited passage or the LLM (the replies' sources say which).
     */
    ANSWERED,
    /** It confirmed that the bot's last answer resolved the question ("thanks", "that worked"). */
    CONFIRMED,
    /** The bot asked "did you mean" with choices. */
    CLARIFIED,
    /** It opened a ticket: the conversation waits for a person. */
    HANDED_OVER,
    /** The conversation waits for a person: the bot said the team has it. */
    ACKNOWLEDGED,
    /** The conversation waits for a person: the bot stayed quiet, the person has it. */
    LEFT_TO_PERSON,
    /** The bot replied with its own words: small talk, a command, an offer of a person, "didn't catch that". */
    REPLIED,
    /** A press that did not count: no reply. */
    REFUSED;

    /** The outcome of {@code decision}; {@code opensTicket}: it opens a ticket (the conversation was the bot's). */
    static Outcome of(Decision decision, boolean opensTicket) {
        Action main = decision.main();
        if (main instanceof Action.Refuse) {
            return REFUSED;
        }
        if (main instanceof Action.WaitForPerson) {
            return LEFT_TO_PERSON;
        }
        if (opensTicket || main.handsOver()) {
            return HANDED_OVER;
        }
        if (decision.act().isPresent() && decision.confirmed()) {
            return CONFIRMED;
        }
        // an answer to any part of the message, or given with the offer of a person: the reports count it answered
        if (decision.actions().stream().anyMatch(Outcome::answers)) {
            return ANSWERED;
        }
        if (main instanceof Action.Acknowledge) {
            return ACKNOWLEDGED;
        }
        return main instanceof Action.Clarify ? CLARIFIED : REPLIED;
    }

    /**
     * The outcome of a message answered with {@code answer} alone, decided before it is stored (the web chat's
     * prepared FAQ answer, {@link DialoguePolicy#prepare}): stored with the message in the same call.
     */
    public static Outcome ofAnswer(Action answer) {
        return of(Decision.of(answer), false);
    }

    private static boolean answers(Action action) {
        return action instanceof Action.FaqAnswer || action instanceof Action.PassageAnswer
                || action instanceof Action.LlmAnswer || action instanceof Action.OfferPerson o && o.answer() != null;
    }
}
