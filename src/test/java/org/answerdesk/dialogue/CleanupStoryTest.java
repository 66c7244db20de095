package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A story that asks nothing, told around a sentence with amounts or dates ("livid. the card was charged £45 twice on 3
 * May. fix this now."): that sentence is the story, and the FAQ is asked it (less its details); only beside a
 * question that stands alone is a sentence of details context to set aside. Sentences written for this test.
 */
class CleanupStoryTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | I am absolutely livid right now with you lot. the card was charged £45 twice on 3 May for the kettle. fix this now | charged
            en | honestly this is the worst shop ever, never again. I sent the lamp back on 12/04 and the 60 euros never came back | lamp
            de | ich bin echt stinksauer auf euren laden hier. die karte wurde am 3. mai zweimal mit 45 € belastet. regelt das | belastet
            fr | je suis vraiment furieux contre votre boutique. la carte a été débitée deux fois de 45 € le 3 mai. réglez ça | débitée
            es | estoy muy enfadado con vuestra tienda de verdad. me habéis cobrado 45 € dos veces el 3 de mayo. arregladlo | cobrado
            it | sono davvero furiosa con il vostro negozio. mi avete addebitato 45 € due volte il 3 maggio. sistemate | addebitato
            """)
    void aStorysSentenceWithDetailsIsLookedUp(String language, String story, String word) {
        assertThat(Cleanup.forLookup(story, Locale.forLanguageTag(language))).as(story).contains(word);
    }

    /** Beside a question that stands alone, a sentence of details is context and is set aside, as before. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | I bought the blue kettle on 3 May for £45. How long does a refund take once you get it back? | kettle
            en | My order number is 55-1932-A. Where can I see when the parcel will arrive? | 1932
            """)
    void besideAQuestionTheDetailsSentenceStaysContext(String language, String text, String absent) {
        assertThat(Cleanup.forLookup(text, Locale.forLanguageTag(language))).as(text).doesNotContain(absent);
    }
}
