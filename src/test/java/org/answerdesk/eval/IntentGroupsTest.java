package org.answerdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.answerdesk.retrieval.FaqEntry;
import org.junit.jupiter.api.Test;

/** The held-out intent groups of the {@code b77-groups-*} regimes, on a made-up BANKING77. */
class IntentGroupsTest {

    static List<LabeledText> banking() {
        List<LabeledText> rows = new ArrayList<>();
        for (String intent : List.of("card_arrival", "lost_or_stolen_card", "cancel_transfer", "top_up_failed",
                "atm_support", "exchange_rate", "age_limit")) {
            for (int i = 0; i < 30; i++) {
                rows.add(new LabeledText(intent + " question " + "x".repeat(i), intent));
            }
        }
        return rows;
    }

    @Test
    void intentsGoToTheFirstGroupThatNamesThem() {
        assertThat(IntentGroups.groupOf("lost_or_stolen_card")).isZero();
        assertThat(IntentGroups.groupOf("top_up_by_card_charge")).isZero();
        assertThat(IntentGroups.groupOf("top_up_by_bank_transfer_charge")).isEqualTo(1);
        assertThat(IntentGroups.groupOf("pending_top_up")).isEqualTo(2);
        assertThat(IntentGroups.groupOf("declined_cash_withdrawal")).isEqualTo(3);
        assertThat(IntentGroups.groupOf("fiat_currency_support")).isEqualTo(4);
        assertThat(IntentGroups.groupOf("age_limit")).isEqualTo(-1);
    }

    @Test
    void theHeldOutGroupIsAskedAsOffTopicAndLeftOutOfTheFaq() {
        List<LabeledText> far = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            far.add(new LabeledText("far " + i, ""));
        }
        List<Regimes.Fold> folds = IntentGroups.folds(banking(), List.of(far), true, 5);
        assertThat(folds).hasSize(5);
        Regimes.Fold cards = folds.get(0);
        Set<String> entries = cards.faq().entries().stream().map(FaqEntry::question).collect(Collectors.toSet());
        assertThat(entries).doesNotContain("card_arrival", "lost_or_stolen_card").contains("cancel_transfer",
                "age_limit");
        // the shortest phrasings: "question" with the fewest x's
        assertThat(cards.faq().entries().get(0).phrasings()).hasSize(IntentGroups.SHOTS)
                .allMatch(p -> !p.contains("xxxxx"));
        long offTopic = cards.queries().stream().filter(LabeledText::outOfScope).count();
        assertThat(offTopic).isEqualTo(2L * IntentGroups.NEAR_PER_INTENT + IntentGroups.FAR_PER_SET);
        assertThat(cards.queries().stream().filter(LabeledText::near)).as("the held-out group's, told from the far")
                .hasSize(2 * IntentGroups.NEAR_PER_INTENT).noneMatch(q -> q.text().startsWith("far "));
        assertThat(cards.queries().stream().filter(q -> !q.outOfScope()).map(LabeledText::label))
                .doesNotContain("card_arrival").hasSize(5 * IntentGroups.IN_SCOPE_PER_INTENT);
        // no in-scope question is one of the FAQ's phrasings
        Set<String> phrasings = cards.faq().entries().stream().flatMap(e -> e.phrasings().stream())
                .collect(Collectors.toSet());
        assertThat(cards.queries()).noneMatch(q -> phrasings.contains(q.text()));
    }
}
