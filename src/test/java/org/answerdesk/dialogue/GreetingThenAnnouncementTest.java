package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A vague opener typed without a comma (issue 61, set 35's es 2.1, es 3.1 and nl 2.1): a greeting run into words that
 * only announce a question is the greeting (what can I help with?), never an entry nor "not covered"; a topic announced
 * by words a language also asks with ("es por lo de …") is a topic, whose confident entry becomes choices. New
 * sentences, not the set's, on an FAQ that answers anything confidently.
 */
class GreetingThenAnnouncementTest {

    private static final FaqMatch PAYMENT = new FaqMatch(82, "How can I pay?", "Cash or card.", 0.8);
    private static final FaqMatch CANCEL = new FaqMatch(7, "¿Cómo anulo una reserva?", "Hasta 24 horas antes.", 0.8);
    private static final FaqMatch PRICE = new FaqMatch(8, "¿Cuánto cuesta una reserva?", "Desde 40 EUR.", 0.7);
    private static final FaqMatch DEPOSIT = new FaqMatch(9, "¿Hay que dejar una seña?", "Sí, el 20 %.", 0.6);

    private static Action first(String language, String message) {
        return new DialogueFlow(new FakeSearch().confidentOtherwise(PAYMENT),
                DialogueState.fresh(Locale.forLanguageTag(language))).says(message).main();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en    | good evening i have a quick question
            en    | hi there i wanted to ask something
            de    | guten abend ich hätte eine frage
            fr    | bonsoir j'ai une petite question
            it    | buonasera avrei una domanda
            es    | buenas noches quisiera hacer una consulta
            nl    | goedenavond ik heb een korte vraag
            pt    | boa noite tenho uma dúvida
            pt-BR | oi tenho uma pergunta
            """)
    void aGreetingRunIntoAWishToAskIsAGreeting(String language, String message) {
        assertThat(first(language, message)).as(message).isEqualTo(new Action.ActReply(Act.GREETING, false));
    }

    /** A greeting run into a question is looked up as before. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | good evening i have a question about paying
            de | hallo wie kann ich bezahlen
            fr | bonjour je peux payer par carte
            it | buongiorno come si paga
            es | hola quería consultar cómo se paga
            nl | hoi kan ik met kaart betalen
            pt | olá posso pagar com cartão
            """)
    void aGreetingRunIntoAQuestionIsAQuestion(String language, String message) {
        assertThat(first(language, message)).as(message).isNotInstanceOf(Action.ActReply.class);
    }

    private static Action firstOnBookings(String message) {
        FakeSearch search = new FakeSearch().confidentOtherwise(CANCEL, PRICE, DEPOSIT);
        return new DialogueFlow(search, DialogueState.fresh(Locale.forLanguageTag("es"))).says(message).main();
    }

    /** "es por lo de …": "es" asks in Spanish, but here it announces a topic; nothing is asked of it yet. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            buenas tardes, es por lo de mi hermano
            hola, vengo por lo de la reserva
            buen día, les escribo por lo de mi abuela
            por lo de la seña
            """)
    void aTopicAnnouncedByAnAskingWordIsNotAnsweredAsIfSure(String message) {
        assertThat(firstOnBookings(message)).as(message).isInstanceOf(Action.Clarify.class);
    }

    /** What follows the announcing words asks: the question is answered. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            es por lo de la reserva, cómo la anulo
            vengo por lo de la reserva, cuánto cuesta
            """)
    void aTopicThatAsksIsAnswered(String message) {
        assertThat(firstOnBookings(message)).as(message).isInstanceOf(Action.FaqAnswer.class);
    }
}
