package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class CalibrationTest {

    static Calibration.Trial right(double c) {
        return new Calibration.Trial(c, true, true);
    }

    static Calibration.Trial wrong(double c) {
        return new Calibration.Trial(c, true, false);
    }

    static Calibration.Trial outOfScope(double c) {
        return new Calibration.Trial(c, false, false);
    }

    final Calibration calibration = new Calibration(List.of(right(0.9), right(0.8), wrong(0.7), right(0.6),
            outOfScope(0.5), right(0.4), outOfScope(0.1), wrong(0.05)));

    @Test
    void countsPrecisionAccuracyAndRecallAtAThreshold() {
        assertThat(calibration.top1()).isCloseTo(4 / 6.0, within(1e-9));
        var at = calibration.at(0.45);
        assertThat(at.precision()).isCloseTo(3 / 5.0, within(1e-9)); // 0.9 0.8 0.6 right, 0.7 wrong, 0.5 out
        assertThat(at.inScopeAccuracy()).isCloseTo(3 / 6.0, within(1e-9));
        assertThat(at.outOfScopeRecall()).isCloseTo(0.5, within(1e-9));
        assertThat(at.answered()).isCloseTo(5 / 8.0, within(1e-9));
        assertThat(calibration.at(2).precision()).isEqualTo(1);
        assertThat(calibration.at(2).outOfScopeRecall()).isEqualTo(1);
    }

    @Test
    void theThresholdForAPrecisionIsTheLowestThatReachesIt() {
        assertThat(calibration.thresholdFor(1.0)).hasValue(0.8);
        assertThat(calibration.thresholdFor(0.75)).hasValue(0.6); // 3 of 4
        assertThat(calibration.thresholdFor(0.5)).hasValue(0.05); // 4 of 8
        assertThat(new Calibration(List.of(wrong(0.9), outOfScope(0.8))).thresholdFor(0.5)).isEmpty();
        for (double p : new double[] {0.5, 0.7, 0.9, 1.0}) {
            double t = calibration.thresholdFor(p).orElseThrow();
            assertThat(calibration.at(t).precision()).isGreaterThanOrEqualTo(p);
        }
    }

    @Test
    void theClarifyDecisionResolvesQuestionsByAPickAndOffersChoicesToSomeUnanswerableOnes() {
        var trials = new Calibration(List.of(
                new Calibration.Trial(0.9, true, true, 0.95, true),   // answered right
                new Calibration.Trial(0.3, true, false, 0.6, true),   // choices with its entry: picked
                new Calibration.Trial(0.3, true, false, 0.6, false),  // choices without it
                new Calibration.Trial(0.2, true, true, 0.1, true),    // handed over
                new Calibration.Trial(0.2, false, false, 0.5, false), // unanswerable, choices
                new Calibration.Trial(0.1, false, false, 0.2, false)));
        var c = trials.clarify(0.5, 0.4);
        assertThat(c.selfServiceRate()).isCloseTo(2 / 4.0, within(1e-9));
        assertThat(c.clarifyRate()).isCloseTo(3 / 6.0, within(1e-9));
        assertThat(c.outOfScopeClarifyRate()).isCloseTo(1 / 2.0, within(1e-9));
        assertThat(trials.clarify(0.5, 0.7).selfServiceRate()).isCloseTo(1 / 4.0, within(1e-9));
    }
}
