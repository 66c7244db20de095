package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cancellations told in shapes the first reading missed (set 31's conversation 6): the sign that it no longer holds
 * in its own sentence after the arrangement, and a story of an arrangement with a turn of events and a reason but no
 * sign at all, which lifts the shop's cancelling entry to the first of the choices where the message comes near it.
 */
class ToldCancellationStoryTest {

    private static final FaqMatch CANCELLING = new FaqMatch(91, "How do I cancel a booking or an order?",
            "Free up to 48 hours before, by phone or e-mail.", 0.9);
    private static final FaqMatch BOOKING = new FaqMatch(95, "How do I book?", "Online or by phone.", 0.9);

    /** Language | its first word for cancelling | a cancellation told, no longer holding, in another shape. */
    private static final String TOLD = """
            en | cancel     | i bought two tickets for the boat trip an hour ago but my friend already got us some, so not needed anymore
            de | stornieren | am montag nachmittag wollte ihr techniker die heizung anschauen kommen. das hat sich erledigt, der nachbar hat sie repariert
            fr | annuler    | on avait réservé le gîte pour le week-end du 12. plus besoin, ma mère est à l'hôpital
            it | annulla    | avevo prenotato due posti per la gita di sabato ma mia moglie ha la febbre, quindi non veniamo
            es | cancelar   | la semana pasada firmamos el presupuesto del baño, pero mi suegra nos deja su piso y ya no lo vamos a hacer
            pt | cancelar   | era pra vocês virem instalar o ar condicionado na quinta, mas vendemos a casa e já não precisamos
            nl | annuleren  | we hadden zaterdag om 8 uur een tafel voor 6 gereserveerd maar de oppas zegt af, dus dat gaat hem niet worden
            """;

    /** Language | its first word for cancelling | an arrangement, a turn of events and a reason, no sign of ending. */
    private static final String STORY = """
            en | cancel     | we booked the climbing wall for saturday at 3 but my son is in hospital with a fever
            de | stornieren | wir haben für samstag um 10 uhr zwei plätze gebucht, aber meine tochter liegt mit fieber im bett
            fr | annuler    | j'ai réservé deux places pour jeudi 18h mais ma femme a été hospitalisée hier soir
            it | annulla    | avevo prenotato per giovedì alle 9 ma mi hanno messo di turno al lavoro
            es | cancelar   | reservamos para el viernes a las 8 pero a mi hijo le han puesto un examen ese mismo dia
            pt | cancelar   | marquei para sexta às 15h mas o meu chefe marcou uma reunião nessa hora
            nl | annuleren  | ik had voor woensdag om 10 uur een afspraak ingepland maar mijn dochter is ziek geworden
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = TOLD)
    void aCancellationToldInAnotherShapeIsAnswered(String language, String cancel, String message) {
        Locale lang = Locale.forLanguageTag(language);
        assertThat(ToldCancellation.tells(message, lang)).as(message).isTrue();
        FakeSearch search = new FakeSearch().confident(Cleanup.forLookup(cancel, lang), CANCELLING);
        Decision d = new DialogueFlow(search, DialogueState.fresh(lang)).says(message);
        assertThat(d.main()).as(message).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry()).isEqualTo(CANCELLING));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = STORY)
    void aStoryNearTheCancellingEntryLeadsTheChoicesWithIt(String language, String cancel, String message) {
        Locale lang = Locale.forLanguageTag(language);
        assertThat(ToldCancellation.tells(message, lang)).as(message).isFalse();
        FakeSearch search = new FakeSearch().confident(Cleanup.forLookup(cancel, lang), CANCELLING)
                .unsure(DialogueFlow.lookup(language, message), BOOKING, CANCELLING);
        Decision d = new DialogueFlow(search, DialogueState.fresh(lang)).says(message);
        assertThat(d.main()).as(message).isInstanceOfSatisfying(Action.Clarify.class,
                c -> assertThat(c.choices()).startsWith(CANCELLING));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = STORY)
    void aStoryFarFromTheCancellingEntryIsReadAsBefore(String language, String cancel, String message) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confident(Cleanup.forLookup(cancel, lang), CANCELLING)
                .unsure(DialogueFlow.lookup(language, message), BOOKING, FakeSearch.ORDER);
        Decision d = new DialogueFlow(search, DialogueState.fresh(lang)).says(message);
        assertThat(d.main()).as(message).isInstanceOfSatisfying(Action.Clarify.class,
                c -> assertThat(c.choices()).startsWith(BOOKING).doesNotContain(CANCELLING));
    }

    /** Language | its first word for cancelling | a question or a fault told after an arrangement and a turn. */
    private static final String NOT_STORY = """
            en | cancel     | i ordered the rug on monday but when will it come?
            de | stornieren | ich habe am montag einen stuhl bestellt, aber er ist beschädigt angekommen
            fr | annuler    | j'ai commandé une lampe lundi mais elle ne fonctionne pas du tout
            it | annulla    | ho ordinato un tavolo lunedì ma quando arriva?
            es | cancelar   | pedí una silla el lunes pero ha llegado rota por un lado
            pt | cancelar   | encomendei uma mesa na segunda mas quando chega?
            nl | annuleren  | ik heb maandag een lamp besteld maar hij is kapot aangekomen bij ons
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = NOT_STORY)
    void aQuestionOrAFaultAfterAnArrangementIsNoStory(String language, String cancel, String message) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confident(Cleanup.forLookup(cancel, lang), CANCELLING)
                .unsure(DialogueFlow.lookup(language, message), BOOKING, CANCELLING);
        Decision d = new DialogueFlow(search, DialogueState.fresh(lang)).says(message);
        assertThat(d.main()).as(message).isInstanceOfSatisfying(Action.Clarify.class,
                c -> assertThat(c.choices()).startsWith(BOOKING));
    }
}
