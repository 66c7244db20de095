package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Do you know, tell me, if …" ("sabe me dizer se …", "vous savez me dire si …") asks what the bot knows of the world
 * as "do you know if …" does, and "ce lo prenotate voi?" (a pronoun, a verb of "voi", "voi") asks whether the shop
 * does something: a thing of which the shop has no word, asked so, is not covered however sure the head is; the
 * shop's own matter asked the same way keeps its entry (docs/dialogue.md, "notcov48"). The florist of {@link
 * FourEntryShop}; the sentences written for this test.
 */
class TellMeKnowTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            pt | e sabe me dizer se o mercado de natal da praça abre no domingo?
            pt | sabes dizer-me quando parte o barco para as ilhas?
            fr | vous savez me dire si la brocante du quartier a lieu dimanche ?
            fr | tu saurais nous dire quand passe le dernier bus pour l'aéroport ?
            it | e il traghetto per le isole ce lo prenotate voi?
            it | la guida turistica me la trovate voi?
            """)
    void aThingOfTheWorldAskedThisWayIsNotCovered(String language, String question) {
        FaqIndex.Ranking judged = FourEntryShop.sure(FourEntryShop.florist(language), question);
        assertThat(judged.confidence()).as(question).isZero();
        assertThat(judged.far()).as(question).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            pt | sabe me dizer se estão abertos ao sábado?
            fr | vous savez me dire si vous êtes ouverts le samedi ?
            it | i fiori per il matrimonio ce li fate voi?
            it | il mazzo me lo consegnate voi in città?
            """)
    void theShopsOwnMatterAskedThisWayKeepsItsEntry(String language, String question) {
        FaqIndex.Ranking judged = FourEntryShop.sure(FourEntryShop.florist(language), question);
        assertThat(judged.confidence()).as(question).isGreaterThan(0.5);
    }
}
