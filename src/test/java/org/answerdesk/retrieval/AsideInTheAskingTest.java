package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A word the customer puts between "do you know" and "if / when / where" ("by the way", "actually", "you") leaves the
 * question one of what the bot knows of the world: not covered when its words are not the shop's, however sure the
 * head is of an entry; the shop's own matter asked the same way stays the shop's (docs/retrieval.md, "gate45"). The
 * florist of {@link FourEntryShop#florist}, the questions written for this test.
 */
class AsideInTheAskingTest {

    private static final String QUESTIONS = """
            en | do you know offhand if the swimming pool on Mill Road is open on Sunday? | do you know offhand when you are open on Saturday?
            de | weißt du eigentlich, ob das Hallenbad in der Mühlenstraße am Sonntag offen hat? | weißt du eigentlich, wann ihr am Samstag geöffnet habt?
            fr | tu sais toi si la piscine de la rue du Moulin est ouverte dimanche ? | tu sais toi quand vous êtes ouverts samedi ?
            it | sapete magari se la piscina di via del Mulino è aperta domenica? | sapete magari quando siete aperti sabato?
            es | ¿sabes tú si la piscina de la calle del Molino abre el domingo? | ¿sabes tú cuándo abren el sábado?
            nl | weet jij eigenlijk of het zwembad aan de Molenweg zondag open is? | weet jij eigenlijk wanneer jullie zaterdag open zijn?
            pt | sabes tu se a piscina da rua do Moinho abre no domingo? | sabes tu quando estão abertos no sábado?
            """;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = QUESTIONS)
    void aWordBetweenDoYouKnowAndIfLeavesAQuestionOfTheWorld(String language, String world, String own) {
        FaqIndex.Ranking judged = FourEntryShop.sure(FourEntryShop.florist(language), world);
        assertThat(judged.confidence()).as(world).isZero();
        assertThat(judged.inTopK()).as(world).isZero();
        assertThat(judged.far()).as(world).isTrue();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = QUESTIONS)
    void theShopsOwnMatterAskedTheSameWayStaysTheShops(String language, String world, String own) {
        FaqIndex.Ranking judged = FourEntryShop.sure(FourEntryShop.florist(language), own);
        assertThat(judged.confidence()).as(own).isGreaterThan(0.5);
        assertThat(judged.far()).as(own).isFalse();
    }
}
