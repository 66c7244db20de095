package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A first message that only announces its topic ("una duda con lo de hacienda", "volevo delle info per un evento")
 * which the FAQ meets with a confident entry by that one word: the customer has not said what they want of the topic,
 * so the entry found comes first among its neighbours as choices, never as if sure (issue 61, set 29's es 2.1 and it
 * 2.1; new sentences in the seven languages, not the set's).
 */
class TopicOpenerAnsweredTest {

    private static final FaqMatch CANCEL = new FaqMatch(7, "How do I cancel a booking?", "Up to 24 hours before.", 0.8);
    private static final FaqMatch PRICE = new FaqMatch(8, "What does a booking cost?", "From 40 EUR.", 0.7);
    private static final FaqMatch DEPOSIT = new FaqMatch(9, "Is there a deposit?", "Yes, 20 %.", 0.6);

    private static DialogueFlow flow(String language) {
        return flow(language, CANCEL);
    }

    private static DialogueFlow flow(String language, FaqMatch found) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confidentOtherwise(found, PRICE, DEPOSIT);
        return new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
    }

    /** The entry found shares the topic's one word, in the message's language, as the FAQ's lookup found it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en    | evening, info about the booking                         | How do I cancel a booking?
            en-GB | hiya, info regarding my reservation                     | How do I cancel a reservation?
            de    | servus, wegen der buchung                               | Wie storniere ich eine Buchung?
            de-AT | grüß gott, es ist wegen der reservierung                | Wie storniere ich eine Reservierung?
            fr    | bonjour, c'est pour la réservation                      | Comment annuler une réservation ?
            fr    | une info concernant le séjour                           | Comment annuler un séjour ?
            it    | buongiorno, volevo una informazione per la prenotazione | Come disdico una prenotazione?
            it    | salve, volevo info per la caparra                       | Come funziona la caparra?
            es    | buenas, una consulta con lo de la reserva               | ¿Cómo anulo una reserva?
            es-MX | qué tal, info para la reservación                       | ¿Cómo cancelo una reservación?
            nl    | hallo, het is voor de boeking                           | Hoe annuleer ik een boeking?
            nl-BE | goeiedag, info voor de reservatie                       | Hoe annuleer ik een reservatie?
            pt    | bom dia, uma info sobre a reserva                       | Como cancelo uma reserva?
            pt-BR | oi, informação sobre o agendamento                      | Como cancelo um agendamento?
            """)
    void aTopicAnnouncedFirstGetsTheEntryFoundAmongItsNeighbours(String language, String text, String entry) {
        Decision d = flow(language, new FaqMatch(CANCEL.entryId(), entry, "24h.", 0.8)).says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isInstanceOf(Action.Clarify.class);
        Action.Clarify c = (Action.Clarify) d.main();
        assertThat(c.choices()).as(text).extracting(FaqMatch::entryId).startsWith(CANCEL.entryId()).hasSize(3);
    }

    /** A question and a message that says what it wants are answered as before. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how do i cancel the booking?
            en | i need to cancel the booking for friday
            de | ich will die buchung stornieren
            fr | comment annuler la réservation ?
            it | devo disdire la prenotazione di sabato
            es | quiero anular la reserva
            nl | hoe annuleer ik mijn boeking
            pt | preciso cancelar a reserva de amanhã
            """)
    void aMessageThatSaysWhatItWantsIsAnswered(String language, String text) {
        Decision d = flow(language).says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isInstanceOf(Action.FaqAnswer.class);
    }

    /** Words of the entry before the topic's "for" say what is wanted of it: the answer stands. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | ich möchte meine buchung stornieren wegen krankheit  | Wie storniere ich eine Buchung?
            fr | je dois annuler une réservation pour samedi         | Comment annuler une réservation ?
            it | devo disdire la prenotazione per domenica            | Come disdico una prenotazione?
            es | necesito anular la reserva para el martes           | ¿Cómo anulo una reserva?
            nl | ik wil mijn boeking annuleren voor zaterdag          | Hoe annuleer ik een boeking?
            pt | quero cancelar a reserva para sexta                  | Como cancelo uma reserva?
            """)
    void theEntryNamedBeforeTheTopicIsAnswered(String language, String text, String entry) {
        Decision d = flow(language, new FaqMatch(CANCEL.entryId(), entry, "24h.", 0.8)).says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isInstanceOf(Action.FaqAnswer.class);
    }
}
