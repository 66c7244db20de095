package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A person asked for with a phone number to call back on, in every shipped language and its regions: the message asks
 * for a person, and the number is read as written. Prices, dates and order numbers are no number to call.
 */
class CallbackNumberTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en    | can somebody phone me on +44 20 7946 0958 about my order      | +44 20 7946 0958
            en    | pls get someone to call me back 0161 496 0734                 | 0161 496 0734
            en-US | have the manager call me at (312) 555-0147                    | (312) 555-0147
            de    | Können Sie mich bitte unter 0221 4711 2233 zurückrufen?       | 0221 4711 2233
            de-AT | ruft mi bitte an, 0664 123 45 67                              | 0664 123 45 67
            fr    | rappelez-moi au 06 12 34 56 78 svp                            | 06 12 34 56 78
            fr    | pouvez-vous m'appeler au 04.91.23.45.67 ?                     | 04.91.23.45.67
            it    | mi potete richiamare al 333 987 6543?                         | 333 987 6543
            it    | chiamatemi al 02-8765 4321 per favore                         | 02-8765 4321
            es    | ¿me pueden llamar al 612 345 678?                             | 612 345 678
            es-MX | llámenme al +52 55 1234 5678 por favor                        | +52 55 1234 5678
            nl    | kunt u mij terugbellen op 020-1234567?                        | 020-1234567
            nl-BE | bel me even terug op 0470 12 34 56                            | 0470 12 34 56
            pt    | podem ligar-me para o 213 456 789?                            | 213 456 789
            pt-BR | me liga no (11) 98765-4321 por favor                          | (11) 98765-4321
            it    | richiamatemi al 3479876543                                    | 3479876543
            en-US | a human please, my cell is +1 (646) 555-0193                  | +1 (646) 555-0193
            """)
    void aPersonAskedForWithANumberToCallBackOn(String language, String message, String number) {
        Locale locale = Locale.forLanguageTag(language);
        assertThat(PersonRequest.asksForPerson(message, locale)).as("asks for a person").isTrue();
        assertThat(CallbackNumber.in(message, locale)).contains(number);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | i want to talk to someone about order #48151623              
            en | i'd like to speak to a person about order 48151623           
            en | a person please, the invoice says 1 299 000 COP              
            en | a person please, i was charged € 1 250 000                   
            de | ich möchte mit jemandem sprechen, Bestellnr. 20261128        
            fr | je veux parler à quelqu'un, livraison prévue le 28.11.2026   
            es | quiero hablar con una persona, me cobraron $1.250.000         
            pt | quero falar com uma pessoa sobre o pedido 7788991            
            en | can a person call me about invoice 2024-0117                 
            nl | ik wil iemand spreken over referentie 20241105-883           
            """)
    void aPriceADateOrAnOrderNumberIsNoNumberToCall(String language, String message) {
        assertThat(CallbackNumber.in(message.strip(), Locale.forLanguageTag(language))).isEmpty();
    }

    /**
     * An operator who masks phone numbers in stored text (ANSWERDESK_REDACTION_STORED_TEXT with phones): the decision
     * reads the stored message, so no number is kept with the ticket and the reply repeats none.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | pls get someone to call me back 0161 496 0734
            de | Können Sie mich bitte unter 0221 4711 2233 zurückrufen?
            pt | me liga no (11) 98765-4321 por favor
            """)
    void aNumberMaskedBeforeItIsStoredIsNoNumberToCall(String language, String message) {
        Locale locale = Locale.forLanguageTag(language);
        assertThat(CallbackNumber.in(message, locale)).as("unmasked").isPresent();
        String stored = org.answerdesk.redaction.Redactor.of(false, true).mask(message);
        assertThat(CallbackNumber.in(stored, locale)).as(stored).isEmpty();
    }
}
