package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Do you also …?" asked with a regional "also" (the Berlin and Saxon "ooch" after "<verb>t ihr") is a question
 * whether the shop does something: when the thing asked has none of the shop's words it is not covered, however sure
 * the head is of an entry; the shop's own matter asked the same way stays the shop's (docs/retrieval.md, "near46").
 * The other languages' colloquial forms of the same question guard that nothing else moved. A florist of four entries
 * per language, the questions written for this test.
 */
class RegionalAlsoTest {

    private static final String FLORISTS = """
            de | Was kostet ein Strauß? Ein Strauß der Saison kostet ab 25 Euro. | Macht ihr Hochzeitsblumen? Ja, wir binden Brautsträuße und Tischblumen für Hochzeiten. | Wann habt ihr geöffnet? Montag bis Samstag von 8 bis 18 Uhr, sonntags geschlossen. | Liefert ihr? Wir liefern Sträuße in der Stadt für 6 Euro. | näht ihr ooch gardinen? | liefert ihr ooch sträuße in die stadt?
            de | Was kostet ein Strauß? Ein Strauß der Saison kostet ab 25 Euro. | Macht ihr Hochzeitsblumen? Ja, wir binden Brautsträuße und Tischblumen für Hochzeiten. | Wann habt ihr geöffnet? Montag bis Samstag von 8 bis 18 Uhr, sonntags geschlossen. | Liefert ihr? Wir liefern Sträuße in der Stadt für 6 Euro. | verkooft ihr ooch kinderwagen? | bindet ihr ooch brautsträuße für hochzeiten?
            en | How much is a bouquet? A seasonal bouquet costs from 25 euros. | Do you do wedding flowers? Yes, we make bridal bouquets and table flowers for weddings. | When are you open? Monday to Saturday from 8 to 18, closed on Sunday. | Do you deliver? We deliver bouquets in town for 6 euros. | do you guys also repair bicycles? | do you guys also deliver bouquets in town?
            fr | Combien coûte un bouquet ? Un bouquet de saison coûte à partir de 25 euros. | Faites-vous les fleurs de mariage ? Oui, nous faisons les bouquets de mariée et les fleurs de table pour les mariages. | Quand êtes-vous ouverts ? Du lundi au samedi de 8 h à 18 h, fermé le dimanche. | Livrez-vous ? Nous livrons les bouquets en ville pour 6 euros. | vous réparez aussi les vélos ? | vous livrez aussi les bouquets en ville ?
            it | Quanto costa un mazzo di fiori? Un mazzo di stagione costa da 25 euro. | Fate i fiori per il matrimonio? Sì, facciamo bouquet da sposa e fiori da tavola per i matrimoni. | Quando siete aperti? Dal lunedì al sabato dalle 8 alle 18, chiuso la domenica. | Consegnate? Consegniamo i mazzi in città per 6 euro. | riparate anche le biciclette? | consegnate anche i mazzi in città?
            nl | Wat kost een boeket? Een seizoensboeket kost vanaf 25 euro. | Doen jullie bruidsbloemen? Ja, we maken bruidsboeketten en tafelbloemen voor bruiloften. | Wanneer zijn jullie open? Maandag tot zaterdag van 8 tot 18 uur, zondag gesloten. | Bezorgen jullie? We bezorgen boeketten in de stad voor 6 euro. | repareren jullie ook fietsen? | bezorgen jullie ook boeketten in de stad?
            """;

    @ParameterizedTest(name = "{0}: {5}")
    @CsvSource(delimiter = '|', textBlock = FLORISTS)
    void aThingTheShopHasNoWordOfAskedWithARegionalAlsoIsNotCovered(String language, String price, String wedding,
                                                                     String hours, String delivery, String other,
                                                                     String own) {
        FaqIndex.Ranking judged = FourEntryShop.sure(FourEntryShop.gate(language, hours, price, wedding, delivery),
                other);
        assertThat(judged.confidence()).as(other).isZero();
        assertThat(judged.inTopK()).as(other).isZero();
        assertThat(judged.far()).as(other).isTrue();
    }

    @ParameterizedTest(name = "{0}: {6}")
    @CsvSource(delimiter = '|', textBlock = FLORISTS)
    void theShopsOwnMatterAskedTheSameWayStaysTheShops(String language, String price, String wedding, String hours,
                                                      String delivery, String other, String own) {
        FaqIndex.Ranking judged = FourEntryShop.sure(FourEntryShop.gate(language, hours, price, wedding, delivery),
                own);
        assertThat(judged.confidence()).as(own).isGreaterThan(0.5);
        assertThat(judged.far()).as(own).isFalse();
    }
}
