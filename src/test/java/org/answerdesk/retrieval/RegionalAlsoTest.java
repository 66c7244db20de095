package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Do you also …?" asked with a regional "also" (the Berlin and Saxon "ooch" after "<verb>t ihr") is a question
 * whether the shop does something: when the thing asked has none of the shop's words it is not covered, however sure
 * the head is of an entry; the shop's own matter asked the same way stays the shop's (docs/retrieval.md, "near46").
 * The other languages' colloquial forms of the same question guard that nothing else moved. The florist of
 * {@link FourEntryShop#florist}, the questions written for this test.
 */
class RegionalAlsoTest {

    private static final String QUESTIONS = """
            de | näht ihr ooch gardinen? | liefert ihr ooch sträuße in die stadt?
            de | verkooft ihr ooch kinderwagen? | bindet ihr ooch brautsträuße für hochzeiten?
            en | do you guys also repair bicycles? | do you guys also deliver bouquets in town?
            fr | vous réparez aussi les vélos ? | vous livrez aussi les bouquets en ville ?
            it | riparate anche le biciclette? | consegnate anche i mazzi in città?
            nl | repareren jullie ook fietsen? | bezorgen jullie ook boeketten in de stad?
            """;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = QUESTIONS)
    void aThingTheShopHasNoWordOfAskedWithARegionalAlsoIsNotCovered(String language, String other, String own) {
        FaqIndex.Ranking judged = FourEntryShop.sure(FourEntryShop.florist(language), other);
        assertThat(judged.confidence()).as(other).isZero();
        assertThat(judged.inTopK()).as(other).isZero();
        assertThat(judged.far()).as(other).isTrue();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = QUESTIONS)
    void theShopsOwnMatterAskedTheSameWayStaysTheShops(String language, String other, String own) {
        FaqIndex.Ranking judged = FourEntryShop.sure(FourEntryShop.florist(language), own);
        assertThat(judged.confidence()).as(own).isGreaterThan(0.5);
        assertThat(judged.far()).as(own).isFalse();
    }
}
