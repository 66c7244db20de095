package org.answerdesk.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeSet;
import java.util.regex.Pattern;

import org.answerdesk.ConversationOutcome;
import org.junit.jupiter.api.Test;

/** The report lists exactly the outcomes the shared classification can give, or archived counts go missing. */
class OutcomesTest {

    @Test
    void theReportListsEveryOutcomeTheClassificationGives() {
        var given = new TreeSet<String>();
        var then = Pattern.compile("then\\s+'([A-Z_]+)'|else\\s+'([A-Z_]+)'").matcher(ConversationOutcome.SQL);
        while (then.find()) {
            given.add(then.group(1) != null ? then.group(1) : then.group(2));
        }
        assertThat(given).isNotEmpty();
        assertThat(new TreeSet<>(AnalyticsService.OUTCOMES)).isEqualTo(given);
    }
}
