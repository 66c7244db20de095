package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.answerdesk.retrieval.FaqMatch;

/**
 * What a decision does to the conversation, as one pure function beside the policy: (state, message, decision) →
 * the next state, what to record of it, and the message's outcome. The core stores {@link #marks} and
 * {@link #outcome} in the reply's transaction and reads the next state back from the database with the windows of
 * {@link DialoguePolicy}; the scripted tests step through the same function, so both move the same way.
 *
 * <p>Right after a decision no window has run out: the next state is the one the next message reads if it comes
 * within the windows ({@link DialoguePolicy#OFFER_WINDOW}, the context and acknowledgement windows of the settings).
 *
 * @param next    the state the next message of the conversation arrives in
 * @param marks   what the decision records on the conversation
 * @param outcome what became of the message, recorded with it for the analytics
 */
public record Transition(DialogueState next, Marks marks, Outcome outcome) {

    /**
     * What a decision records on the conversation, each at the time it was decided.
     *
     * @param handedOver    it opens a ticket: the conversation waits for a person
     * @param personOffered the bot offered a person: a "yes" within the offer window accepts
     * @param acknowledged  the bot acknowledged the message while the conversation waits for a person
     * @param angry         the customer was angry: a second angry message within the context window hands over
     * @param confirmed     the customer confirmed that the bot's last answer resolved their question
     * @param startedOver   the live conversation is closed: the next message opens a new one
     */
    public record Marks(boolean handedOver, boolean personOffered, boolean acknowledged, boolean angry,
                        boolean confirmed, boolean startedOver) {

        /** Whether anything is recorded on the conversation beside the replies. */
        public boolean any() {
            return personOffered || acknowledged || angry || confirmed;
        }
    }

    /**
     * The next state after {@code decision} on {@code in}, with the replies' texts as the actions give them (the
     * scripted tests' view: an FAQ answer's text, or the action itself for the bot's own texts).
     *
     * @param turns how many turns the state's history keeps ({@link DialoguePolicy#historyTurns()})
     */
    public static Transition after(DialogueState state, Incoming in, Decision decision, int turns) {
        return after(state, in, decision, null, turns);
    }

    /**
     * As {@link #after(DialogueState, Incoming, Decision, int)}, with the text of the reply as it was rendered and
     * stored ({@code replyText}; null for the action's own text): the one "say that again" repeats.
     */
    public static Transition after(DialogueState state, Incoming in, Decision decision, String replyText, int turns) {
        Action main = decision.main();
        boolean startedOver = decision.actions().stream().anyMatch(a -> a instanceof Action.StartOver);
        boolean handsOver = main.handsOver() && !state.handedOver();
        var marks = new Marks(handsOver && !startedOver, main instanceof Action.OfferPerson,
                main instanceof Action.Acknowledge, decision.angry(), decision.act().isPresent() && decision.confirmed(),
                startedOver);
        Outcome outcome = Outcome.of(decision, handsOver);
        if (startedOver) {
            return new Transition(state.startedOver().withGreetingDue(false), marks, outcome);
        }
        DialogueState next = state;
        if (marks.handedOver()) {
            next = next.withHandoff(false);
        }
        if (marks.personOffered()) {
            next = next.withPersonOffered();
        } else if (decision.replies()) {
            next = next.withoutOffer(); // a "yes" accepts only an offer of the bot's last reply
        }
        if (marks.acknowledged()) {
            next = next.withAcknowledged();
        }
        if (marks.angry()) {
            next = next.withAngerBefore();
        }
        List<HistoryTurn> history = new ArrayList<>(state.history());
        history.add(new HistoryTurn(true, in.text()));
        if (decision.replies()) {
            LastReply last = lastReply(main, replyText, in.text());
            next = next.after(last).withGreetingDue(false);
            history.add(new HistoryTurn(false, last.text()));
        }
        return new Transition(next.withHistory(history.subList(Math.max(0, history.size() - turns), history.size())),
                marks, outcome);
    }

    /**
     * A person of the team wrote in the conversation that waits for one: the bot stays quiet from now on, and the
     * next message the bot cannot answer gets one acknowledgement again.
     */
    public static DialogueState personWrote(DialogueState state) {
        if (!state.handedOver()) {
            throw new IllegalStateException("a person writes in a conversation handed over");
        }
        return new DialogueState(true, true, state.personOffered(), state.ticketWithChoices(), state.greetingDue(),
                state.awayNotice(), state.history(), state.lastReply(), state.language(), false, state.angryBefore(),
                state.chat());
    }

    /** What the next message reads of the bot's reply: whether it answered, with which entry, to what. */
    private static LastReply lastReply(Action reply, String text, String question) {
        if (reply instanceof Action.FaqAnswer a) {
            return new LastReply(true, a.entry().entryId(), text != null ? text : a.entry().answer(), question);
        }
        if (reply instanceof Action.PassageAnswer p) {
            return new LastReply(true, null, text != null ? text : p.text(), question);
        }
        if (reply instanceof Action.LlmAnswer l) {
            return new LastReply(true, null, text != null ? text : l.text(), question);
        }
        if (reply instanceof Action.OfferPerson o && o.answer() != null) {
            return new LastReply(true, o.answer().entry().entryId(), text != null ? text : o.answer().entry().answer(),
                    question);
        }
        // an acknowledgement with the FAQ's choices shows them as "did you mean" does
        List<FaqMatch> shown = reply instanceof Action.Clarify c ? c.choices()
                : reply instanceof Action.Acknowledge a && !a.choices().isEmpty() ? a.choices() : null;
        return new LastReply(false, null, text != null ? text : reply.toString(), question, shown != null, shown,
                reply instanceof Action.Clarify c ? c.confidence() : 0);
    }
}
