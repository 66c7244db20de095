package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "By the way" ("já agora", "au fait", "tra l'altro", "por cierto") beside a question whether the shop sells
 * something is the asking's, never the thing asked for: where the shop's own text happens to use its word ("the
 * easiest way", "agora aceitamos", "fait maison", "un altro giorno", "es cierto"), the filler must not make a thing
 * the shop has not one word of look like the shop's ({@code service.also}; docs/retrieval.md, "far47"). A cake shop
 * of four entries per language, the questions written for this test; the head sure of its entry, the background far.
 */
class ByTheWayFillerTest {

    private static final String SHOPS = """
            en | How much is a birthday cake? A birthday cake costs 30 euros. | How can I order? The easiest way is our website, or call us. | When are you open? Monday to Saturday from 7 to 18. | Do you deliver? We deliver orders over 20 euros in town. | by the way, do you also sell kites? | do you also sell kites?
            fr | Combien coûte un gâteau d'anniversaire ? Un gâteau d'anniversaire coûte 30 euros. | Vos gâteaux sont-ils faits maison ? Oui, tout est fait maison chaque matin. | Quand êtes-vous ouverts ? Du lundi au samedi de 7 h à 18 h. | Livrez-vous ? Nous livrons les commandes de plus de 20 euros en ville. | au fait, vous vendez aussi des cerfs-volants ? | vous vendez aussi des cerfs-volants ?
            it | Quanto costa una torta di compleanno? Una torta di compleanno costa 30 euro. | Posso ritirare un altro giorno? Sì, potete ritirare un altro giorno entro la settimana. | Quando siete aperti? Dal lunedì al sabato dalle 7 alle 18. | Consegnate? Consegniamo ordini sopra i 20 euro in città. | tra l'altro, vendete anche aquiloni? | vendete anche aquiloni?
            es | ¿Cuánto cuesta una tarta de cumpleaños? Una tarta de cumpleaños cuesta 30 euros. | ¿Es cierto que cerráis en agosto? Sí, es cierto: cerramos las dos primeras semanas de agosto. | ¿Cuándo abren? De lunes a sábado de 7 a 18. | ¿Reparten? Repartimos pedidos de más de 20 euros en la ciudad. | por cierto, ¿venden también cometas? | ¿venden también cometas?
            pt | Quanto custa um bolo de aniversário? Um bolo de aniversário custa 30 euros. | Que pagamentos aceitam? Agora aceitamos MB Way, cartão e dinheiro. | Quando estão abertos? De segunda a sábado das 7 às 18. | Entregam? Entregamos encomendas acima de 20 euros na cidade. | já agora, também vendem papagaios de papel? | também vendem papagaios de papel?
            """;

    @ParameterizedTest(name = "{0}: {5}")
    @CsvSource(delimiter = '|', textBlock = SHOPS)
    void aThingTheShopHasNoWordOfIsFarAfterByTheWay(String language, String cake, String word, String hours,
                                                   String delivery, String filled, String plain) {
        FaqIndex.Ranking judged = FourEntryShop.sure(FourEntryShop.gate(language, cake, word, hours, delivery), filled);
        assertThat(judged.far()).as(filled).isTrue();
        assertThat(judged.confidence()).as(filled).isZero();
    }

    @ParameterizedTest(name = "{0}: {6}")
    @CsvSource(delimiter = '|', textBlock = SHOPS)
    void theSameQuestionWithoutTheFillerIsFarToo(String language, String cake, String word, String hours,
                                                 String delivery, String filled, String plain) {
        FaqIndex.Ranking judged = FourEntryShop.sure(FourEntryShop.gate(language, cake, word, hours, delivery), plain);
        assertThat(judged.far()).as(plain).isTrue();
    }
}
