package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A word the customer puts between "do you know" and "if / when / where" ("by the way", "actually", "you") leaves the
 * question one of what the bot knows of the world: not covered when its words are not the shop's, however sure the
 * head is of an entry; the shop's own matter asked the same way stays the shop's (docs/retrieval.md, "gate45"). A
 * florist of four entries per language, the questions written for this test.
 */
class AsideInTheAskingTest {

    private static final String FLORISTS = """
            en | How much is a bouquet? A seasonal bouquet costs from 25 euros. | Do you do wedding flowers? Yes, we make bridal bouquets and table flowers for weddings. | When are you open? Monday to Saturday from 8 to 18, closed on Sunday. | Do you deliver? We deliver bouquets in town for 6 euros. | do you know offhand if the swimming pool on Mill Road is open on Sunday? | do you know offhand when you are open on Saturday?
            de | Was kostet ein Strauß? Ein Strauß der Saison kostet ab 25 Euro. | Macht ihr Hochzeitsblumen? Ja, wir binden Brautsträuße und Tischblumen für Hochzeiten. | Wann habt ihr geöffnet? Montag bis Samstag von 8 bis 18 Uhr, sonntags geschlossen. | Liefert ihr? Wir liefern Sträuße in der Stadt für 6 Euro. | weißt du eigentlich, ob das Hallenbad in der Mühlenstraße am Sonntag offen hat? | weißt du eigentlich, wann ihr am Samstag geöffnet habt?
            fr | Combien coûte un bouquet ? Un bouquet de saison coûte à partir de 25 euros. | Faites-vous les fleurs de mariage ? Oui, nous faisons les bouquets de mariée et les fleurs de table pour les mariages. | Quand êtes-vous ouverts ? Du lundi au samedi de 8 h à 18 h, fermé le dimanche. | Livrez-vous ? Nous livrons les bouquets en ville pour 6 euros. | tu sais toi si la piscine de la rue du Moulin est ouverte dimanche ? | tu sais toi quand vous êtes ouverts samedi ?
            it | Quanto costa un mazzo di fiori? Un mazzo di stagione costa da 25 euro. | Fate i fiori per il matrimonio? Sì, facciamo bouquet da sposa e fiori da tavola per i matrimoni. | Quando siete aperti? Dal lunedì al sabato dalle 8 alle 18, chiuso la domenica. | Consegnate? Consegniamo i mazzi in città per 6 euro. | sapete magari se la piscina di via del Mulino è aperta domenica? | sapete magari quando siete aperti sabato?
            es | ¿Cuánto cuesta un ramo? Un ramo de temporada cuesta desde 25 euros. | ¿Hacen flores para bodas? Sí, hacemos ramos de novia y flores de mesa para bodas. | ¿Cuándo abren? De lunes a sábado de 8 a 18, cerrado el domingo. | ¿Reparten? Repartimos ramos en la ciudad por 6 euros. | ¿sabes tú si la piscina de la calle del Molino abre el domingo? | ¿sabes tú cuándo abren el sábado?
            nl | Wat kost een boeket? Een seizoensboeket kost vanaf 25 euro. | Doen jullie bruidsbloemen? Ja, we maken bruidsboeketten en tafelbloemen voor bruiloften. | Wanneer zijn jullie open? Maandag tot zaterdag van 8 tot 18 uur, zondag gesloten. | Bezorgen jullie? We bezorgen boeketten in de stad voor 6 euro. | weet jij eigenlijk of het zwembad aan de Molenweg zondag open is? | weet jij eigenlijk wanneer jullie zaterdag open zijn?
            pt | Quanto custa um ramo? Um ramo da época custa a partir de 25 euros. | Fazem flores para casamentos? Sim, fazemos ramos de noiva e flores de mesa para casamentos. | Quando estão abertos? De segunda a sábado das 8 às 18, fechado ao domingo. | Entregam? Entregamos ramos na cidade por 6 euros. | sabes tu se a piscina da rua do Moinho abre no domingo? | sabes tu quando estão abertos no sábado?
            """;

    @ParameterizedTest(name = "{0}: {5}")
    @CsvSource(delimiter = '|', textBlock = FLORISTS)
    void aWordBetweenDoYouKnowAndIfLeavesAQuestionOfTheWorld(String language, String price, String wedding,
                                                              String hours, String delivery, String world,
                                                              String own) {
        FaqIndex.Ranking judged = FourEntryShop.sure(FourEntryShop.gate(language, hours, price, wedding, delivery),
                world);
        assertThat(judged.confidence()).as(world).isZero();
        assertThat(judged.inTopK()).as(world).isZero();
        assertThat(judged.far()).as(world).isTrue();
    }

    @ParameterizedTest(name = "{0}: {6}")
    @CsvSource(delimiter = '|', textBlock = FLORISTS)
    void theShopsOwnMatterAskedTheSameWayStaysTheShops(String language, String price, String wedding, String hours,
                                                      String delivery, String world, String own) {
        FaqIndex.Ranking judged = FourEntryShop.sure(FourEntryShop.gate(language, hours, price, wedding, delivery),
                own);
        assertThat(judged.confidence()).as(own).isGreaterThan(0.5);
        assertThat(judged.far()).as(own).isFalse();
    }
}
