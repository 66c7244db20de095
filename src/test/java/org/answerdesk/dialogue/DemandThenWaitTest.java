package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An angry demand for a person in a form no word list holds (issue 61, situation 4.3: a verb inflected or cut, "one of
 * you", "put someone on") is handed over, and the customer who then asks whether anyone is there, with the tag "or
 * what" (4.4), is told the team has the message: no FAQ answer, no new greeting. Sentences written for this test.
 */
class DemandThenWaitTest {

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | stop wasting my time and put a human on, now           | hello?? anyone there or what
            de | so ein quatsch. holt mir sofort einen aus der zentrale her! | hallo? ist da wer oder was
            it | ma basta! fame parlar co' qualcun de voi, subito       | pronto? c'è qualcuno o cosa
            es | no sirve para nada. que me hable uno de ustedes ya     | hola? hay alguien o qué
            fr | c'est nul. je veux parle à un de vous tout de suite    | allo? y'a quelqu'un ou quoi
            nl | dit slaat nergens op. laat een van jullie me nu bellen | is er iemand of wat
            pt | que porcaria. chama um de vocês agora                  | oi? tem alguém aí ou o quê
            """)
    void theDemandIsHandedOverAndTheWaitAcknowledged(String language, String demand, String anyone) {
        DialogueFlow flow = DialogueFlow.afterAnAnswer(language);

        assertThat(flow.says(demand).main()).as(demand).isInstanceOf(Action.Handoff.class);
        assertThat(flow.says(anyone).main()).as(anyone).isInstanceOf(Action.Acknowledge.class);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            it | pronto? c'è qualcuno o cosa
            fr | y'a quelqu'un ou pas
            nl | hallo, is er nog iemand of hoe zit dat
            pt | oi? tem alguém aí ou o quê
            """)
    void anyoneThereWithTheTagOrWhatAsksIfAnyoneIsThere(String language, String text) {
        assertThat(PersonQuestions.asksIfAnyoneIsThere(text, Locale.forLanguageTag(language))).isTrue();
    }
}
