package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A yes that names a person is a request for one, whether or not the bot offered one (a tester's "yes a person please" got "Great! What can I help you with?"). */
class PersonAfterYesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|yes a person please", "en|ok, a human please", "en|yes, real person pls", "en|yeah an agent",
            "de|ja, einen Menschen bitte", "de|ja bitte einen Mitarbeiter", "es|sí, una persona por favor",
            "fr|oui, une personne svp", "fr|oui un conseiller s'il vous plaît", "it|sì, una persona per favore",
            "it|si un operatore grazie", "pt|sim, uma pessoa por favor", "nl|ja, een medewerker graag"})
    void aYesNamingAPersonAsksForOne(String language, String text) {
        assertThat(PersonRequest.asksForPerson(text, Locale.forLanguageTag(language))).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|yes my order arrived", "en|ok thanks", "fr|oui merci",
            "de|ja, das Team hat mir geschrieben dass es klappt", "it|si grazie", "es|sí, perfecto"})
    void aYesAboutSomethingElseIsNot(String language, String text) {
        assertThat(PersonRequest.asksForPerson(text, Locale.forLanguageTag(language))).isFalse();
    }
}
