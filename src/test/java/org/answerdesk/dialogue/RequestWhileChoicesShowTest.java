package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.main;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.api.Test;

/**
 * A request typed while "did you mean" choices show, which its own words answer confidently with an entry the choices
 * do not hold, is a new request (en50): a shown entry that only shares its small words ("after", "account") is not
 * picked for it ({@link ChoicesFollowUp}). A statement that says more of the question the choices were for still picks
 * the shown entry that states it.
 */
class RequestWhileChoicesShowTest {

    private static final FaqMatch CHANGE = new FaqMatch(61, "Can I change my order after placing it?",
            "Orders can be edited for an hour under My account > Orders; after that they can't.", 0.5);
    private static final FaqMatch RETURNS = new FaqMatch(62, "What is your return policy?",
            "You can return most items within 30 days.", 0.45);
    private static final FaqMatch DELETE = new FaqMatch(63, "How do I delete my account?",
            "Go to My account > Privacy and click Delete account.", 0.8);
    private static final String CANDLE = "the scented candle smells odd, is that one something i can send back?";

    private static DialogueFlow choicesShowing(FakeSearch search) {
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH));
        assertThat(main(flow.says(CANDLE), Action.Clarify.class).choices()).startsWith(CHANGE);
        return flow;
    }

    @Test
    void aRequestItsOwnWordsAreSureOfElsewhereIsAnsweredByThatEntry() {
        FakeSearch search = new FakeSearch()
                .unsure(Cleanup.forLookup(CANDLE, Locale.ENGLISH), CHANGE, RETURNS)
                .confidentOtherwise(DELETE, CHANGE);
        DialogueFlow flow = choicesShowing(search);

        Decision next = flow.says("ok thanks. after it is all done please remove my account");

        assertThat(main(next, Action.FaqAnswer.class).entry()).as("the request's own entry, not the shown one")
                .isEqualTo(DELETE);
    }

    @Test
    void aStatementThatSaysMoreOfTheQuestionStillPicksTheShownEntry() {
        FaqMatch password = new FaqMatch(71, "How do I reset my password?",
                "Click Forgot password; the reset link expires after 24 hours.", 0.5);
        FaqMatch email = new FaqMatch(72, "How do I change my email address?", "Go to Account details.", 0.45);
        FaqMatch code = new FaqMatch(73, "Why isn't my discount code working?",
                "A code may have expired.", 0.8);
        String vague = "i cant get into my profile";
        FakeSearch search = new FakeSearch()
                .unsure(Cleanup.forLookup(vague, Locale.ENGLISH), password, email)
                .confidentOtherwise(code, password);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH));
        assertThat(main(flow.says(vague), Action.Clarify.class).choices()).startsWith(password);

        Decision next = flow.says("the reset link expired");

        assertThat(main(next, Action.FaqAnswer.class).entry()).as("the shown entry that states it").isEqualTo(password);
    }
}
