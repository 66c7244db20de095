package org.answerdesk.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;


/**
 * The situation a message arrives in, as the policy reads it: one record of values, built once per decision (the
 * core reads it from the database in one query; the scripted tests build it the same way), so that deciding reads
 * nothing else and the same state and message always give the same decision.
 *
 * @param handedOver        the conversation waits for a person (a ticket is open)
 * @param personJoined      a person of the team has written in it: the bot stays quiet
 * @param personOffered     the open offer: the bot's last reply offered a person (or a 👎 since), within
 *                          {@link DialoguePolicy#OFFER_WINDOW}, so a "yes" accepts it
 * @param ticketWithChoices the channel opens a ticket with every "did you mean" (email: a person follows up unless
 *                          the customer confirms a choice)
 * @param greetingDue       the channel greets before its first answer and none was sent yet
 * @param awayNotice        what a handoff reply adds while the team is away (empty during business hours)
 * @param history           the conversation's latest turns before this message, oldest first (as many as the LLM is
 *                          given; none without one)
 * @param lastReply         the bot's latest reply within the context window (none after a reset or a long silence)
 * @param language          the conversation's language, in which the bot writes
 * @param acknowledged      the bot acknowledged a message of this conversation's recent burst while it waits for a
 *                          person (at most one acknowledgement per burst)
 * @param angryBefore       the customer was angry earlier in this conversation, recently
 * @param chat              a chat channel (web, Telegram, WhatsApp, Slack): while the conversation waits for a person
 *                          and none has written, every message gets a reply; false for email (one acknowledgement per
 *                          burst: a mail for each mail is noise)
 */
public record DialogueState(boolean handedOver, boolean personJoined, boolean personOffered,
                            boolean ticketWithChoices, boolean greetingDue, Optional<String> awayNotice,
                            List<HistoryTurn> history, Optional<LastReply> lastReply, Locale language,
                            boolean acknowledged, boolean angryBefore, boolean chat) {

    public DialogueState {
        history = List.copyOf(history);
    }

    /**
     * A new conversation in {@code language} of a channel that greets with no message of its own, during business
     * hours.
     */
    public static DialogueState fresh(Locale language) {
        return new DialogueState(false, false, false, false, false, Optional.empty(), List.of(), Optional.empty(),
                language, false, false, true);
    }

    public DialogueState withHandoff(boolean personJoined) {
        return new DialogueState(true, personJoined, personOffered, ticketWithChoices, greetingDue, awayNotice,
                history, lastReply, language, acknowledged, angryBefore, chat);
    }

    public DialogueState withPersonOffered() {
        return new DialogueState(handedOver, personJoined, true, ticketWithChoices, greetingDue, awayNotice, history,
                lastReply, language, acknowledged, angryBefore, chat);
    }

    /** After a reply that offered no person: an earlier offer is no longer open. */
    public DialogueState withoutOffer() {
        return new DialogueState(handedOver, personJoined, false, ticketWithChoices, greetingDue, awayNotice, history,
                lastReply, language, acknowledged, angryBefore, chat);
    }

    public DialogueState withTicketForChoices() {
        return new DialogueState(handedOver, personJoined, personOffered, true, greetingDue, awayNotice, history,
                lastReply, language, acknowledged, angryBefore, chat);
    }

    public DialogueState withGreetingDue(boolean due) {
        return new DialogueState(handedOver, personJoined, personOffered, ticketWithChoices, due, awayNotice,
                history, lastReply, language, acknowledged, angryBefore, chat);
    }

    public DialogueState withAwayNotice(String notice) {
        return new DialogueState(handedOver, personJoined, personOffered, ticketWithChoices, greetingDue,
                Optional.of(notice), history, lastReply, language, acknowledged, angryBefore, chat);
    }

    public DialogueState withHistory(List<HistoryTurn> turns) {
        return new DialogueState(handedOver, personJoined, personOffered, ticketWithChoices, greetingDue, awayNotice,
                turns, lastReply, language, acknowledged, angryBefore, chat);
    }

    public DialogueState withLanguage(Locale newLanguage) {
        return new DialogueState(handedOver, personJoined, personOffered, ticketWithChoices, greetingDue, awayNotice,
                history, lastReply, newLanguage, acknowledged, angryBefore, chat);
    }

    /** A conversation on email: while it waits for a person, one acknowledgement per burst of mails. */
    public DialogueState byMail() {
        return new DialogueState(handedOver, personJoined, personOffered, ticketWithChoices, greetingDue, awayNotice,
                history, lastReply, language, acknowledged, angryBefore, false);
    }

    /** After the bot acknowledged a message while the conversation waits for a person. */
    public DialogueState withAcknowledged() {
        return new DialogueState(handedOver, personJoined, personOffered, ticketWithChoices, greetingDue, awayNotice,
                history, lastReply, language, true, angryBefore, chat);
    }

    /** After an angry message. */
    public DialogueState withAngerBefore() {
        return new DialogueState(handedOver, personJoined, personOffered, ticketWithChoices, greetingDue, awayNotice,
                history, lastReply, language, acknowledged, true, chat);
    }

    /** After the bot's reply {@code last}. */
    public DialogueState after(LastReply last) {
        return new DialogueState(handedOver, personJoined, personOffered, ticketWithChoices, greetingDue, awayNotice,
                history, Optional.of(last), language, acknowledged, angryBefore, chat);
    }

    /** After a start over: a new conversation of the same channel and language. */
    public DialogueState startedOver() {
        return new DialogueState(false, false, false, ticketWithChoices, greetingDue, awayNotice, List.of(),
                Optional.empty(), language, false, false, chat);
    }

    /** The latest {@code n} turns of the history. */
    List<HistoryTurn> latest(int n) {
        return history.subList(Math.max(0, history.size() - n), history.size());
    }
}
