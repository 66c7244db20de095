package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.answerdesk.retrieval.Retrieval;

/**
 * The one place that decides what the bot does with a message: a pure function of the conversation's state and the
 * message, asking the FAQ, the shop's pages and the LLM through their interfaces. It stores nothing and sends
 * nothing; the same input gives the same decision.
 *
 * <p>In a conversation handed to a person the bot still answers what it can (questions, presses, a request for a
 * person) until a person has written there; then it stays quiet. A further miss while the ticket is open is left to
 * the person rather than answered with a second handoff.
 */
public final class DialoguePolicy {

    private final Questions questions;

    public DialoguePolicy(FaqLookup faq, PassageLookup passages, LanguageModel llm) {
        this.questions = new Questions(faq, passages, llm);
    }

    /**
     * A decision that needs nothing of the conversation, for a caller that stores a message with its answer in one
     * step (the web chat): the FAQ's answer to a question it answers confidently. Otherwise the FAQ's verdict, to be
     * given back with the message ({@link Incoming#retrieved}) so that it is not worked out twice.
     */
    public Prepared prepare(String text) {
        if (PersonRequest.asksForPerson(text) || PersonRequest.acceptsOffer(text)) {
            return new Prepared(Optional.empty(), null);
        }
        Retrieval retrieval = questions.retrieve(text);
        return new Prepared(questions.confident(retrieval), retrieval);
    }

    /** What {@link #prepare} found: the answer, if it needs no state, and the FAQ's verdict (null if none was asked). */
    public record Prepared(Optional<Action> answer, Retrieval retrieval) {
    }

    public Decision decide(DialogueState state, Incoming in) {
        Intent intent = in.intent();
        // handed to a person: the bot still answers what it can until a person has written there
        boolean waiting = state.handedOver()
                && (intent == Intent.QUESTION || intent == Intent.HUMAN || intent == Intent.CHOICE);
        if (waiting && state.personJoined()) {
            return Decision.of(intent == Intent.CHOICE && in.press().counts()
                    ? new Action.WaitForPerson(in.press().readable())
                    : intent == Intent.CHOICE ? new Action.Refuse(in.press().found().refusal())
                    : new Action.WaitForPerson(in.text()));
        }
        List<Action> actions = new ArrayList<>();
        Action main = switch (intent) {
            case CHOICE -> press(in.press());
            case QUESTION -> question(state, in);
            case HUMAN -> Action.Handoff.asked();
            case RESET -> {
                actions.add(new Action.StartOver());
                yield new Action.Fixed(intent);
            }
            default -> new Action.Fixed(intent);
        };
        if (!waiting && main instanceof Action.Clarify c && state.ticketWithChoices()) {
            main = new Action.Clarify(c.choices(), c.confidence(), c.closest(), HandoffReasons.AWAITING_PICK);
        }
        if (waiting && intent != Intent.CHOICE && main instanceof Action.Handoff h
                && !HandoffReasons.CUSTOMER_ASKED.equals(h.reason())) {
            return Decision.of(new Action.WaitForPerson(in.text())); // a further miss: its ticket is open already
        }
        if (intent == Intent.QUESTION && state.greetingDue().getAsBoolean()) {
            actions.add(new Action.Greeting());
        }
        actions.add(main);
        Optional<String> away = main.handsOver() ? state.awayNotice().get() : Optional.empty();
        return new Decision(actions, waiting && !(main instanceof Action.Refuse), away);
    }

    private static Action press(Press press) {
        return switch (press.found()) {
            case ENTRY -> new Action.FaqAnswer(new org.answerdesk.retrieval.FaqMatch(press.entryId(), press.readable(),
                    press.answer(), 1), 1, List.of(), null, true);
            case SOMETHING_ELSE -> new Action.Handoff(HandoffReasons.SOMETHING_ELSE, 0, List.of(), null, null, null,
                    null);
            default -> new Action.Refuse(press.found().refusal());
        };
    }

    private Action question(DialogueState state, Incoming in) {
        String text = in.text();
        if (PersonRequest.asksForPerson(text) || (state.personOffered() && PersonRequest.acceptsOffer(text))) {
            return Action.Handoff.asked();
        }
        Retrieval retrieval = in.retrieved() != null ? in.retrieved() : questions.retrieve(text);
        return questions.answer(text, retrieval, state.history());
    }
}
