package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.retrieval.Passage;
import org.junit.jupiter.api.Test;

/** Passage answers: the offer without an LLM, and the LLM's citations turned into links. */
class PassageAnswersTest {

    static final Passage RETURNS = new Passage(1, "Returns policy", "Refunds", "https://shop.example/returns#refunds",
            "Refunds reach your card within 14 days.");
    static final Passage CARE = new Passage(2, "Care guide", "", "", "Oil the pan once a month.");

    @Test
    void offersAPassageWithItsTitleAndLink() {
        assertThat(PassageAnswers.offer(RETURNS)).isEqualTo("From our **Returns policy**: Refunds reach your card "
                + "within 14 days. ([Returns policy](https://shop.example/returns#refunds))");
        assertThat(PassageAnswers.offer(CARE)).isEqualTo("From our **Care guide**: Oil the pan once a month.");
    }

    @Test
    void cutsALongPassageAfterASentence() {
        String text = "First sentence here. ".repeat(40).strip();
        String offer = PassageAnswers.offer(new Passage(3, "T", "", "", text));
        assertThat(offer).endsWith(". …").hasSizeLessThan(500);
    }

    @Test
    void turnsPassageCitationsIntoLinksAndDropsTheOthers() {
        // numbers 1-2 are FAQ entries, 3-4 the passages, 9 was never given
        assertThat(PassageAnswers.cited("Within 14 days [3]. Oil it monthly [4, 1]. Free [9].", 3,
                List.of(RETURNS, CARE)))
                .contains("Within 14 days ([Returns policy](https://shop.example/returns#refunds)). "
                        + "Oil it monthly (Care guide). Free.");
        assertThat(PassageAnswers.cited("As our FAQ says [2].", 3, List.of(RETURNS))).contains("As our FAQ says.");
    }

    @Test
    void anAnswerCitingNothingGivenIsRefused() {
        assertThat(PassageAnswers.cited("Refunds take 14 days.", 1, List.of(RETURNS))).isEmpty();
        assertThat(PassageAnswers.cited("Refunds take 14 days [7].", 1, List.of(RETURNS))).isEmpty();
    }
}
