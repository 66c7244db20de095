package org.answerdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;

import org.junit.jupiter.api.Test;

class MetricsTest {

    // in scope: right at rank 1 (0.9), rank 2 (0.8), absent (0.2); out of scope: 0.7 and 0.1
    static final List<Outcome> OUTCOMES = List.of(new Outcome(true, 1, 0.9), new Outcome(true, 2, 0.8),
            new Outcome(true, 0, 0.2), new Outcome(false, 0, 0.7), new Outcome(false, 0, 0.1));

    @Test
    void rankingMetricsCountInScopeQueriesOnly() {
        Metrics m = Metrics.of(OUTCOMES);
        assertThat(m.queries()).isEqualTo(5);
        assertThat(m.inScope()).isEqualTo(3);
        assertThat(m.top1()).isCloseTo(1 / 3.0, offset(1e-9));
        assertThat(m.hitAt5()).isCloseTo(2 / 3.0, offset(1e-9));
        assertThat(m.mrr()).isCloseTo((1 + 0.5) / 3, offset(1e-9));
    }

    @Test
    void decisionAtAThreshold() {
        Metrics.AtThreshold t = Metrics.at(OUTCOMES, 0.5);
        assertThat(t.answeredRate()).isCloseTo(3 / 5.0, offset(1e-9));       // 0.9, 0.8, 0.7
        assertThat(t.answeredPrecision()).isCloseTo(1 / 3.0, offset(1e-9));  // only the 0.9 one is right
        assertThat(t.oosRecall()).isCloseTo(0.5, offset(1e-9));              // 0.1 falls back, 0.7 does not
        assertThat(t.inScopeAccuracy()).isCloseTo(1 / 3.0, offset(1e-9));
    }

    @Test
    void noOutOfScopeQueriesGiveNoRecall() {
        assertThat(Metrics.at(OUTCOMES.subList(0, 3), 0.5).oosRecall()).isNaN();
    }

    @Test
    void recommendsTheLowestThresholdMeetingThePrecisionTarget() {
        assertThat(Metrics.recommend(OUTCOMES, 0.99)).isCloseTo(0.805, offset(1e-9));
        assertThat(Metrics.recommend(OUTCOMES, 0.30)).isCloseTo(0.205, offset(1e-9)); // answers 0.9, 0.8, 0.7
        assertThat(Metrics.recommend(List.of(new Outcome(false, 0, 0.9)), 0.5)).isNull();
    }

    @Test
    void sweepReportsEveryThreshold() {
        assertThat(Metrics.sweep(OUTCOMES, 0.3, 0.5, 0.1)).extracting(Metrics.AtThreshold::threshold)
                .containsExactly(0.3, 0.4, 0.5);
    }
}
