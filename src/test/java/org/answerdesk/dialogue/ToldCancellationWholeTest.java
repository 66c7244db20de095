package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cancellations told as a story, read as a whole (set 32's conversation 6): the sign that it no longer holds in a
 * last clause the act reading takes off the question ("..., so no need now"), the thing ordered named so well that
 * the FAQ is sure of its entry, and an arrangement told in a long verb-final clause or in a learner's present tense.
 * The shop's cancelling entry is answered or shown first; nothing is said to be cancelled.
 */
class ToldCancellationWholeTest {

    private static final FaqMatch CANCELLING = new FaqMatch(91, "How do I cancel a booking or an order?",
            "Free up to 48 hours before, by phone or e-mail.", 0.9);
    private static final FaqMatch BOOKING = new FaqMatch(95, "How do I book?", "Online or by phone.", 0.9);
    private static final FaqMatch THING = new FaqMatch(96, "Do you sell spare parts?", "Yes, most of them.", 0.9);

    /** Language | its first word for cancelling | a cancellation told whose last clause says it no longer holds. */
    private static final String TAIL = """
            en | cancel     | i ordered the blue kettle an hour ago but my neighbour gave me hers, so no need now
            it | annulla    | avevo prenotato il ritiro del divano per giovedì, ma lo ha preso mio cognato, quindi non serve più
            fr | annuler    | j'avais réservé le taxi pour lundi 7h mais mon frère m'emmène, donc plus besoin
            de | stornieren | ich habe gestern die wanderschuhe bestellt, aber meine frau hat mir welche geschenkt, also brauche ich sie nicht mehr
            es | cancelar   | reservé la furgoneta para el sábado pero mi primo me presta la suya, así que ya no hace falta
            pt | cancelar   | marquei a limpeza do sofá para terça mas o meu irmão já tratou disso, então não vou precisar mais
            nl | annuleren  | ik had de aanhanger voor vrijdag gereserveerd maar mijn buurman leent me de zijne, dus niet meer nodig
            """;

    /** Language | its first word for cancelling | a cancellation told in words only the whole story reads so. */
    private static final String NEW_WORDS = """
            en | cancel     | yesterday i buy 3 wool blankets for my parents but they already have enough, so no need now
            fr | annuler    | j'avais pris 3 places pour le concert de vendredi mais ma fille est malade, on ira pas
            de | stornieren | wir hatten vor zwei wochen bei euch den großen roten schlitten für unsere enkel gekauft, aber es liegt kein schnee. den brauchen wir nicht mehr
            nl | annuleren  | we hebben vorige week bij jullie die tent voor het kamp van de scouts besteld, maar het kamp gaat niet door. we hebben hem niet meer nodig
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = TAIL)
    void aSignInTheLastClauseStillTellsTheCancellation(String language, String cancel, String message) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confident(Cleanup.forLookup(cancel, lang), CANCELLING)
                .unsureOtherwise(BOOKING, FakeSearch.ORDER);
        Decision d = new DialogueFlow(search, DialogueState.fresh(lang)).says(message);
        assertThat(d.main()).as(message).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry()).isEqualTo(CANCELLING));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = NEW_WORDS)
    void anArrangementInOtherWordsIsRead(String language, String cancel, String message) {
        Locale lang = Locale.forLanguageTag(language);
        assertThat(ToldCancellation.tells(message, lang)).as(message).isTrue();
        FakeSearch search = new FakeSearch().confident(Cleanup.forLookup(cancel, lang), CANCELLING)
                .unsureOtherwise(BOOKING, FakeSearch.ORDER);
        Decision d = new DialogueFlow(search, DialogueState.fresh(lang)).says(message);
        assertThat(d.main()).as(message).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry()).isEqualTo(CANCELLING));
    }

    /** Language | its first word for cancelling | a cancellation told that names the thing ordered. */
    private static final String NAMED = """
            en | cancel     | i ordered a new chain for my old bike last week but i sold the bike, so i won't need it anymore
            de | stornieren | ich habe letzte woche das ersatzteil für die kaffeemaschine bestellt, aber wir haben jetzt eine neue. das brauchen wir nicht mehr
            fr | annuler    | j'ai commandé une pièce pour mon vieux vélo mais je l'ai vendu, je n'en ai plus besoin
            it | annulla    | ho ordinato il pezzo di ricambio per la lavatrice ma ne abbiamo comprata una nuova, non mi serve più
            es | cancelar   | encargué el recambio de la cafetera la semana pasada pero ya compramos otra, ya no lo necesito
            pt | cancelar   | encomendei a peça para a bicicleta velha mas vendi a bicicleta, já não preciso
            nl | annuleren  | ik heb vorige week het onderdeel voor de oude fiets besteld maar ik heb de fiets verkocht, ik heb het niet meer nodig
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = NAMED)
    void aConfidentReadingOfTheThingShowsTheCancellingEntryFirst(String language, String cancel, String message) {
        Locale lang = Locale.forLanguageTag(language);
        assertThat(ToldCancellation.tells(message, lang)).as(message).isTrue();
        FakeSearch search = new FakeSearch().confident(Cleanup.forLookup(cancel, lang), CANCELLING)
                .confidentOtherwise(THING, CANCELLING, BOOKING);
        Decision d = new DialogueFlow(search, DialogueState.fresh(lang)).says(message);
        assertThat(d.main()).as(message).isInstanceOfSatisfying(Action.Clarify.class,
                c -> assertThat(c.choices()).startsWith(CANCELLING, THING));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = NAMED)
    void aConfidentReadingFarFromTheCancellingEntryIsAnswered(String language, String cancel, String message) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confident(Cleanup.forLookup(cancel, lang), CANCELLING)
                .confidentOtherwise(THING, BOOKING, FakeSearch.ORDER);
        Decision d = new DialogueFlow(search, DialogueState.fresh(lang)).says(message);
        assertThat(d.main()).as(message).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry()).isEqualTo(THING));
    }
}
