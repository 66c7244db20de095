package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Set 13's classes (issue 61; docs/dialogue.md, "Set 13's classes"), in new sentences in every shipped language: a
 * greeting with small talk (how it is going, a busy day, the weather) gets the greeting, never choices; a thanks or
 * goodbye with typos or said as being content closes politely; a push-back in spoken forms or "you keep giving me the
 * same thing" is a push-back, and the second in a row hands over; anger said as being left without word or made a
 * fool of gets the apology and the offer of a person; and questions in the same words stay questions. The rows of
 * {@code conversation-acts-dev3.tsv} are decided as {@link ConversationActsTest} decides its rows.
 */
class SetThirteenClassesTest {

    static Stream<ConversationActsTest.Row> dev() throws IOException {
        return ConversationActsTest.rows("dev3").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev")
    void eachDevelopmentRowGetsTheOutcomeOfItsClass(ConversationActsTest.Row row) {
        assertThat(ConversationActsTest.wrong(row)).as(row.toString()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | where is my order        | that doesn't help me at all          | you keep giving me the same thing
            de | Wo ist meine Bestellung? | das hilft mir nich weiter            | du gibst mir immer wieder dasselbe
            fr | Où est ma commande ?     | ça m'aide pas du tout                | vous me redites toujours la même chose
            it | Dov'è il mio ordine?     | non mi serve a niente                | mi ridici sempre lo stesso
            es | ¿Dónde está mi pedido?   | nada k ver con lo q pregunte         | me estai diciendo lo mismo otra vez
            pt | Onde está a minha encomenda? | isso não me ajudou em nada       | tá me dizendo sempre a mesma coisa
            nl | Waar is mijn bestelling? | daar heb ik ni veel aan              | ge zegt me weer hetzelfde
            """)
    void theSecondPushBackInARowHandsOver(String language, String question, String first, String second) {
        DialogueFlow.pushedBackTwice(language, question, first, second);
    }
}
