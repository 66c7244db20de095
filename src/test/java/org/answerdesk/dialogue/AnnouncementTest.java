package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A greeting or a thanks with only an announcement around it ("hey, got a quick question", "thanks, that's it") is the
 * act alone: nothing is looked up, so no choices and no "can't answer" for words that ask nothing yet.
 */
class AnnouncementTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | hey there, got a quick question          | GREETING
            en | good morning! one question               | GREETING
            en | ok thank you, that's everything          | THANKS
            de | Guten Morgen, hab mal ne kurze Frage      | GREETING
            de | super danke, das war alles               | THANKS
            es | Buenas tardes, tengo una consulta         | GREETING
            es | muchas gracias, listo                     | THANKS
            fr | Salut, petite question                    | GREETING
            fr | merci beaucoup, c'était tout              | THANKS
            it | Buongiorno, avrei una domanda             | GREETING
            it | grazie mille, tutto qui                   | THANKS
            pt | Bom dia, tenho uma pergunta               | GREETING
            pt | muito obrigada, era tudo                  | THANKS
            nl | Goedemiddag, ik heb een vraagje           | GREETING
            nl | dank je wel, dat is alles                 | THANKS
            """)
    void anActWithOnlyAnAnnouncementAroundItIsTheActAlone(String language, String message, Act act) {
        Acts.Reading reading = Acts.read(message, Locale.forLanguageTag(language));
        assertThat(reading.onlyAct()).as(message).isTrue();
        assertThat(reading.act()).contains(act);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | hi, I have a question about my refund     | I have a question about my refund
            de | Hallo, ich habe eine Frage zur Rechnung   | ich habe eine Frage zur Rechnung
            fr | bonjour, j'ai une question sur le devis   | j'ai une question sur le devis
            it | ciao, ho una domanda sul preventivo       | ho una domanda sul preventivo
            """)
    void anAnnouncementThatNamesItsMatterIsStillLookedUp(String language, String message, String question) {
        assertThat(Acts.read(message, Locale.forLanguageTag(language)).question()).isEqualTo(question);
    }
}
