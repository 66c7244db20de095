package org.answerdesk.dialogue;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.answerdesk.llm.LlmQuestion;

/**
 * The conversation as the policy sees it when a message arrives. What costs a read is given as a function, read only
 * when the decision needs it.
 *
 * @param handedOver        the conversation waits for a person (a ticket is open)
 * @param personJoined      a person of the team has written in it: the bot stays quiet
 * @param personOffered     the bot recently offered a person (after a 👎), so a "yes" accepts it
 * @param ticketWithChoices the channel opens a ticket with every "did you mean" (email: a person follows up unless
 *                          the customer confirms a choice)
 * @param greetingDue       whether the channel greets before its first answer and none was sent yet
 * @param awayNotice        what a handoff reply adds while the team is away (empty during business hours)
 * @param history           the conversation's latest turns before this message, at most the given number
 * @param lastReply         the bot's latest reply within the context window (none after a reset or a long silence)
 */
public record DialogueState(boolean handedOver, boolean personJoined, boolean personOffered,
                            boolean ticketWithChoices, BooleanSupplier greetingDue,
                            Supplier<Optional<String>> awayNotice, IntFunction<List<LlmQuestion.Turn>> history,
                            Supplier<Optional<LastReply>> lastReply) {

    /** A new conversation of a channel that greets with no message of its own, during business hours. */
    public static DialogueState fresh() {
        return new DialogueState(false, false, false, false, () -> false, Optional::empty, n -> List.of(),
                Optional::empty);
    }

    public DialogueState withHandoff(boolean personJoined) {
        return new DialogueState(true, personJoined, personOffered, ticketWithChoices, greetingDue, awayNotice,
                history, lastReply);
    }

    public DialogueState withPersonOffered() {
        return new DialogueState(handedOver, personJoined, true, ticketWithChoices, greetingDue, awayNotice, history,
                lastReply);
    }

    public DialogueState withTicketForChoices() {
        return new DialogueState(handedOver, personJoined, personOffered, true, greetingDue, awayNotice, history,
                lastReply);
    }

    public DialogueState withGreetingDue() {
        return new DialogueState(handedOver, personJoined, personOffered, ticketWithChoices, () -> true, awayNotice,
                history, lastReply);
    }

    public DialogueState withAwayNotice(String notice) {
        return new DialogueState(handedOver, personJoined, personOffered, ticketWithChoices, greetingDue,
                () -> Optional.of(notice), history, lastReply);
    }

    /** After the bot's reply {@code last}. */
    public DialogueState after(LastReply last) {
        return new DialogueState(handedOver, personJoined, personOffered, ticketWithChoices, greetingDue, awayNotice,
                history, () -> Optional.of(last));
    }

    public DialogueState withHistory(List<LlmQuestion.Turn> turns) {
        return new DialogueState(handedOver, personJoined, personOffered, ticketWithChoices, greetingDue, awayNotice,
                n -> turns.subList(Math.max(0, turns.size() - n), turns.size()), lastReply);
    }
}
