package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A thanks and a goodbye in one message, in each language's closed words, with a word of address after them: a
 * thanks or a goodbye, never a question (a smoke run of the nineteenth session: "grazie mille, ciao bello" after an
 * answer opened a ticket).
 */
class ThanksWithGoodbyeTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en | thanks a lot, bye",
        "de | danke schön, tschüss",
        "es | gracias, adiós",
        "fr | merci beaucoup, au revoir",
        "it | grazie mille, ciao bello",
        "it | grazie mille ciao",
        "nl | dank je wel, doei",
        "pt | obrigado, tchau"})
    void isAThanksOrAGoodbye(String language, String message) {
        assertThat(ActRules.of(message, Locale.forLanguageTag(language))).as(message).get()
                .isIn(Act.THANKS, Act.BYE);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en | bye bye",
        "it | ciao ciao",
        "fr | au revoir"})
    void aGoodbyeAloneStaysAGoodbye(String language, String message) {
        assertThat(ActRules.of(message, Locale.forLanguageTag(language))).as(message).contains(Act.BYE);
    }
}
