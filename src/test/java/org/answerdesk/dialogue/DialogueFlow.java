package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;

/**
 * A conversation scripted turn by turn against the policy, as the conversation core would hold it (Bot Framework's
 * TestFlow): the state moves on with each decision by the core's own {@link Transition} (a handoff opens a ticket, a
 * start over forgets everything), and each turn returns what the bot decided. It holds no state logic of its own.
 */
final class DialogueFlow {

    private final DialoguePolicy policy;
    private DialogueState state;
    private final List<Decision> decisions = new ArrayList<>();

    DialogueFlow(FakeSearch search) {
        this(search, DialogueState.fresh(Locale.ENGLISH));
    }

    DialogueFlow(FakeSearch search, DialogueState start) {
        this.policy = new DialoguePolicy(search, search, search, search.acts);
        this.state = start;
    }

    /** A fresh conversation in {@code language} (a language tag). */
    static DialogueFlow flow(FakeSearch search, String language) {
        return new DialogueFlow(search, DialogueState.fresh(Locale.forLanguageTag(language)));
    }

    /** A conversation in {@code language} whose first message got "did you mean" choices (password, shipping). */
    static DialogueFlow afterChoices(String language) {
        DialogueFlow flow = flow(new FakeSearch().unsureOtherwise(FakeSearch.PASSWORD, FakeSearch.SHIPPING), language);
        assertThat(flow.says("my thing is broken").main()).isInstanceOf(Action.Clarify.class);
        return flow;
    }

    /** A conversation in {@code language} whose first message, "Where is my order?", got the order entry's answer. */
    static DialogueFlow afterAnAnswer(String language) {
        return afterAnAnswer(language, new FakeSearch().unsureOtherwise(FakeSearch.PASSWORD, FakeSearch.SHIPPING));
    }

    /** The same, with {@code search} answering every other question. */
    static DialogueFlow afterAnAnswer(String language, FakeSearch search) {
        Locale lang = Locale.forLanguageTag(language);
        search.confident(Cleanup.forLookup("Where is my order?", lang), FakeSearch.ORDER);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        assertThat(flow.says("Where is my order?").main()).isInstanceOf(Action.FaqAnswer.class);
        return flow;
    }

    /** A scripted FAQ entry whose answer is "Answer {@code id}.", found at 0.7. */
    static FaqMatch entry(long id, String question) {
        return new FaqMatch(id, question, "Answer " + id + ".", 0.7);
    }

    /** The text the policy looks up for {@code text} in {@code language}: what a scripted search is keyed on. */
    static String lookup(String language, String text) {
        return Cleanup.forLookup(text, Locale.forLanguageTag(language));
    }

    /** A channel that greets before its first answer (a Slack DM). */
    DialogueFlow greeting() {
        state = state.withGreetingDue(true);
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

    /**
     * A question the FAQ has no answer for, said twice in a row on a chat: the first miss offers a person
     * ({@link FirstMiss}), the second opens the ticket. Returns the second turn's decision.
     */
    Decision missesTwice(String text) {
        says(text);
        Decision second = says(text);
        assertThat(state.handedOver()).as("the second miss in a row hands over").isTrue();
        return second;
    }

    /**
     * A question the FAQ answers (the order entry), pushed back on twice in {@code language}: the first push-back
     * gets neither choices nor a small-talk reply, the second hands the conversation over. Fails where either does not.
     */
    static void pushedBackTwice(String language, String question, String first, String second) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().unsureOtherwise(FakeSearch.PASSWORD, FakeSearch.SHIPPING)
                .confident(Cleanup.forLookup(question, lang), FakeSearch.ORDER);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        assertThat(flow.says(question).main()).isInstanceOf(Action.FaqAnswer.class);
        Action once = flow.says(first).main();
        assertThat(once).as(first).isNotInstanceOf(Action.Clarify.class).isNotInstanceOf(Action.ActReply.class);
        Decision twice = flow.says(second);
        assertThat(twice.main().handsOver()).as(second + " -> " + twice.main()).isTrue();
        assertThat(flow.state().handedOver()).isTrue();
    }

    Decision does(Intent intent) {
        return turn(Incoming.of(intent, "/" + intent.name().toLowerCase()));
    }

    Decision presses(Press press) {
        return turn(Incoming.press("pick:1:1", press));
    }

    Decision turn(Incoming in) {
        Decision d = policy.decide(state, in);
        decisions.add(d);
        state = Transition.after(state, in, d, policy.historyTurns()).next();
        return d;
    }

    /** A person of the team writes in the conversation. */
    DialogueFlow personWrites() {
        state = Transition.personWrote(state);
        return this;
    }

    static <A extends Action> A main(Decision d, Class<A> type) {
        assertThat(d.main()).isInstanceOf(type);
        return type.cast(d.main());
    }
}
