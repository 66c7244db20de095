package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.answerdesk.llm.LlmQuestion;
import org.answerdesk.retrieval.FaqMatch;

/**
 * A conversation scripted turn by turn against the policy, as the conversation core would hold it (Bot Framework's
 * TestFlow): the state moves on with each decision (a handoff opens a ticket, a person joins, a start over forgets
 * everything), and each turn returns what the bot decided.
 */
final class DialogueFlow {

    private final DialoguePolicy policy;
    private DialogueState state;
    private boolean greets;
    private boolean greeted;
    private final List<Decision> decisions = new ArrayList<>();

    DialogueFlow(FakeSearch search) {
        this(search, DialogueState.fresh());
    }

    DialogueFlow(FakeSearch search, DialogueState start) {
        this.policy = new DialoguePolicy(search, search, search, search.acts);
        this.state = start;
    }

    /** A channel that greets before its first answer (a Slack DM). */
    DialogueFlow greeting() {
        greets = true;
        return this;
    }

    DialogueFlow state(DialogueState newState) {
        state = newState;
        return this;
    }

    DialogueState state() {
        return state;
    }

    Decision says(String text) {
        return turn(Incoming.question(text));
    }

    Decision does(Intent intent) {
        return turn(Incoming.of(intent, "/" + intent.name().toLowerCase()));
    }

    Decision presses(Press press) {
        return turn(Incoming.press("pick:1:1", press));
    }

    Decision turn(Incoming in) {
        Decision d = policy.decide(state.withGreetingDue(greets && !greeted), in);
        decisions.add(d);
        if (d.replies()) {
            greeted = true;
        }
        if (d.actions().stream().anyMatch(a -> a instanceof Action.StartOver)) {
            state = state.startedOver();
            return d;
        }
        if (d.main().handsOver() && !state.handedOver()) {
            state = state.withHandoff(false);
        }
        if (d.main() instanceof Action.OfferPerson) {
            state = state.withPersonOffered();
        }
        if (d.main() instanceof Action.Acknowledge) {
            state = state.withAcknowledged();
        }
        if (d.angry()) {
            state = state.withAngerBefore();
        }
        List<LlmQuestion.Turn> history = new ArrayList<>(state.history());
        history.add(new LlmQuestion.Turn(true, in.text()));
        if (d.replies()) {
            state = state.after(lastReply(d.main(), in.text()));
            history.add(new LlmQuestion.Turn(false, state.lastReply().orElseThrow().text()));
        }
        state = state.withHistory(history.subList(Math.max(0, history.size() - policy.historyTurns()),
                history.size()));
        return d;
    }

    /** What the core would read back of the bot's reply: whether it answered, with which entry, to what. */
    private static LastReply lastReply(Action reply, String question) {
        if (reply instanceof Action.FaqAnswer a) {
            return new LastReply(true, a.entry().entryId(), a.entry().answer(), question);
        }
        if (reply instanceof Action.PassageAnswer p) {
            return new LastReply(true, null, p.text(), question);
        }
        if (reply instanceof Action.LlmAnswer l) {
            return new LastReply(true, null, l.text(), question);
        }
        if (reply instanceof Action.OfferPerson o && o.answer() != null) {
            return new LastReply(true, o.answer().entry().entryId(), o.answer().entry().answer(), question);
        }
        return new LastReply(false, null, reply.toString(), question, reply instanceof Action.Clarify,
                reply instanceof Action.Clarify c ? c.choices().stream().map(FaqMatch::question).toList() : null);
    }

    /** A person of the team writes in the conversation. */
    DialogueFlow personWrites() {
        assertThat(state.handedOver()).as("a person writes in a conversation handed over").isTrue();
        state = state.withHandoff(true);
        return this;
    }

    static <A extends Action> A main(Decision d, Class<A> type) {
        assertThat(d.main()).isInstanceOf(type);
        return type.cast(d.main());
    }
}
