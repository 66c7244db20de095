package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An act word with a thing of the shop as its object is a request about that thing, not the act (the fourth judged
 * set: "then just cancel the whole thing", meaning the order, was read as the conversational cancel and got "Alright.
 * If there's anything else, just ask."). The act phrasings here read every message as nearest a cancel phrasing.
 */
class ActWithObjectTest {

    private static final float[] CANCEL = {1, 0};
    private static final float[] NEED = {0, 1};

    private final ActIndex index = new ActIndex(List.of(
            new ActIndex.Example("cancel", "cancel that", CANCEL),
            new ActIndex.Example(ActIndex.NEED, "where is my order", NEED)), t -> CANCEL, 0.45, 0.05);

    @ParameterizedTest
    @ValueSource(strings = {"ok then cancel the entire order", "just stop the subscription then",
            "cancel my booking for friday", "fine, cancel everything", "please delete my account",
            "then scrap the whole lot"})
    void anActVerbWithAThingIsANeed(String message) {
        ActIndex.Verdict v = index.verdict(message);
        assertThat(v.act()).as(message).isEmpty();
        assertThat(v.nearer()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cancel that please", "stop it", "cancel my last question", "forget the whole thing",
            "ok just cancel the request", "never mind, drop it",
            "cancel all this and let's try again", "stop that so we can start again"})
    void theActOnWhatWasSaidStaysTheAct(String message) {
        assertThat(index.verdict(message).act()).as(message).contains(Act.CANCEL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"then cancel the whole order", "alright just stop the whole subscription"})
    void afterAnAnswerTheRequestIsLookedUpNotAnsweredAsTheAct(String message) {
        FakeSearch search = new FakeSearch();
        search.acts = index;
        search.confident("How do I reset my password?", FakeSearch.PASSWORD);
        DialogueFlow flow = new DialogueFlow(search);
        flow.says("How do I reset my password?");
        Decision d = flow.says(message);
        assertThat(d.main()).as(message).isNotEqualTo(new Action.ActReply(Act.CANCEL, false))
                .isNotInstanceOf(Action.ActReply.class);
    }
}
