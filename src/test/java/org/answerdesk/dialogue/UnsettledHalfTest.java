package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two questions in one message, the FAQ sure of neither half, each half's words naming its first entry: where what
 * decides nothing (near words, English's order-only words) put that entry first and the deciding order had another
 * first ({@link org.answerdesk.retrieval.Retrieval#settled()}), the half is not answered on its words' say-so; the
 * message keeps its choices (docs/retrieval.md, "rank42"). Sentences written for this test, scripted retrieval.
 */
class UnsettledHalfTest {

    private static final long WRAP = 981;
    private static final long PARKING = 982;
    private static final FaqMatch RIVAL = new FaqMatch(983, "What are your opening hours?", "Daily.", 0.4);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | could you gift wrap the candle set for my aunt | and | is there parking space near the shop entrance | Can you gift wrap my order? | gift wrap;wrap as a present | Is there parking near the shop? | parking space;shop entrance
            de | könnt ihr das kerzenset als geschenk verpacken | und | gibt es parkplätze in der nähe vom laden | Könnt ihr meine Bestellung als Geschenk verpacken? | Geschenk verpacken;Geschenkverpackung | Gibt es Parkplätze beim Laden? | Parkplätze Laden;parken
            fr | pouvez-vous faire un paquet cadeau pour les bougies | et | y a-t-il un parking près de la boutique | Faites-vous des paquets cadeaux ? | paquet cadeau;emballage cadeau | Y a-t-il un parking près de la boutique ? | parking boutique;se garer
            es | podéis envolver para regalo el juego de velas | y | hay aparcamiento cerca de la tienda | ¿Envolvéis para regalo? | envolver regalo;papel de regalo | ¿Hay aparcamiento cerca de la tienda? | aparcamiento tienda;aparcar
            """)
    void halvesWhoseFirstEntryNothingDecidedOnKeepTheirChoices(String language, String first, String and,
                                                               String second, String wrap, String wrapWords,
                                                               String parking, String parkingWords) {
        String message = first + " " + and + " " + second;
        FaqMatch wrapEntry = new FaqMatch(WRAP, wrap, "Answer.", 0.5);
        FaqMatch parkingEntry = new FaqMatch(PARKING, parking, "Answer.", 0.5);
        FakeSearch settled = search(language, message, first, and, second, wrapEntry, parkingEntry, wrapWords,
                parkingWords, false);
        FakeSearch unsettled = search(language, message, first, and, second, wrapEntry, parkingEntry, wrapWords,
                parkingWords, true);
        // the same script with the halves' first entries decided on: both answered (as HalfWordsAloneTest)
        assertThat(flow(settled, language).says(message).actions()).as(message)
                .anySatisfy(a -> assertThat(a).isInstanceOf(Action.FaqAnswer.class));
        Decision d = flow(unsettled, language).says(message);
        assertThat(d.actions()).as(message + " -> " + d.actions())
                .noneSatisfy(a -> assertThat(a).isInstanceOf(Action.FaqAnswer.class));
    }

    private static FakeSearch search(String language, String message, String first, String and, String second,
                                     FaqMatch wrapEntry, FaqMatch parkingEntry, String wrapWords, String parkingWords,
                                     boolean moved) {
        FakeSearch search = new FakeSearch().unsure(lookup(language, message), wrapEntry, parkingEntry, RIVAL);
        if (moved) {
            search.unsettled(lookup(language, first), wrapEntry, RIVAL, parkingEntry)
                    .unsettled(lookup(language, second), parkingEntry, RIVAL, wrapEntry)
                    .unsettled(lookup(language, and + " " + second), parkingEntry, RIVAL, wrapEntry);
        } else {
            search.unsure(lookup(language, first), wrapEntry, RIVAL, parkingEntry)
                    .unsure(lookup(language, second), parkingEntry, RIVAL, wrapEntry)
                    .unsure(lookup(language, and + " " + second), parkingEntry, RIVAL, wrapEntry);
        }
        return search.worded(wrapEntry, wrapWords.split(";")).worded(parkingEntry, parkingWords.split(";"));
    }
}
