package org.answerdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The simulated customer's metrics on hand-made outcomes, at threshold 0.5 and clarify threshold 0.3. */
class DialogueTest {

    static final List<Outcome> OUTCOMES = List.of(
            new Outcome(true, 1, 0.9, 0.95, false),  // answered right
            new Outcome(true, 2, 0.6, 0.9, true),    // answered wrong
            new Outcome(true, 2, 0.3, 0.7, true),    // choices, picks its entry
            new Outcome(true, 4, 0.2, 0.4, false),   // choices without its entry: "Something else"
            new Outcome(true, 1, 0.1, 0.2, true),    // handed over
            new Outcome(false, 0, 0.7, 0.8, false),  // out of scope, answered
            new Outcome(false, 0, 0.2, 0.5, false),  // out of scope, choices
            new Outcome(false, 0, 0.1, 0.1, false)); // out of scope, handed over

    @Test
    void countsEveryOutcomeOfTheDialogue() {
        Dialogue d = Dialogue.of(OUTCOMES, 0.5, 0.3);
        assertThat(d.selfServiceRate()).isCloseTo(2 / 5.0, offset(1e-9));
        assertThat(d.directPrecision()).isCloseTo(1 / 3.0, offset(1e-9));
        assertThat(d.inScopeDirectRate()).isCloseTo(1 / 5.0, offset(1e-9));
        assertThat(d.clarifyRate()).isCloseTo(3 / 8.0, offset(1e-9));
        assertThat(d.oosWrongAnswerRate()).isCloseTo(1 / 3.0, offset(1e-9));
        assertThat(d.oosClarifyRate()).isCloseTo(1 / 3.0, offset(1e-9));
        assertThat(d.meanClicks()).isCloseTo(1 / 2.0, offset(1e-9));
    }

    @Test
    void aHigherClarifyThresholdHandsMoreOver() {
        Dialogue d = Dialogue.of(OUTCOMES, 0.5, 0.6);
        assertThat(d.selfServiceRate()).isCloseTo(2 / 5.0, offset(1e-9)); // the pick's 0.7 still clarifies
        assertThat(d.clarifyRate()).isCloseTo(1 / 8.0, offset(1e-9));
        assertThat(d.oosClarifyRate()).isZero();
        Dialogue none = Dialogue.of(OUTCOMES, 0.5, 0.8);
        assertThat(none.selfServiceRate()).isCloseTo(1 / 5.0, offset(1e-9));
        assertThat(none.meanClicks()).isZero();
    }

    @Test
    void noOutOfScopeQuestionsGiveNoOutOfScopeRates() {
        Dialogue d = Dialogue.of(OUTCOMES.subList(0, 5), 0.5, 0.3);
        assertThat(d.oosWrongAnswerRate()).isNaN();
        assertThat(d.oosClarifyRate()).isNaN();
        assertThat(d.clarifyRate()).isCloseTo(2 / 5.0, offset(1e-9));
    }

    @Test
    void aChoiceGateShowsOnlyChoicesThatShareATermOrAreClose() {
        List<Outcome> gated = List.of(
                new Outcome(true, 2, 0.3, 0.7, true, 0.6, new ChoiceFit(true, 0.6, true, 0.6)),     // shares: kept
                new Outcome(true, 2, 0.3, 0.7, true, 0.7, new ChoiceFit(false, 0.7, false, 0.7)),   // close: kept
                new Outcome(true, 2, 0.3, 0.7, true, 0.5, new ChoiceFit(true, 0.5, false, 0.4)),    // right one dropped
                new Outcome(false, 0, 0.2, 0.5, false, 0.4, new ChoiceFit(false, 0.4, false, -1))); // far: none shown
        Dialogue none = Dialogue.of(gated, 0.5, 0.3, 0, Dialogue.NO_GATE);
        assertThat(none.selfServiceRate()).isCloseTo(1, offset(1e-9));
        assertThat(none.oosClarifyRate()).isCloseTo(1, offset(1e-9));
        Dialogue d = Dialogue.of(gated, 0.5, 0.3, 0, 0.65);
        assertThat(d.selfServiceRate()).isCloseTo(2 / 3.0, offset(1e-9));
        assertThat(d.clarifyRate()).isCloseTo(3 / 4.0, offset(1e-9));
        assertThat(d.oosClarifyRate()).isZero();
    }
}
