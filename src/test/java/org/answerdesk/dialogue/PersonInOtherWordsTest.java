package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Asking for a person by asking to be put through, or by asking a person to do the thing for the customer, in every
 * shipped language (an outside tester's set 5: "can a real human just do it for me" got the bot's "I'm an automated
 * assistant", "yes please put me through to someone" got "Great! What can I help you with?").
 */
class PersonInOtherWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|could somebody from your team sort this out for me", "en|put me through to someone please",
            "en|can a real human do this for me", "en|yes please, transfer me to a colleague",
            "de|kann das bitte ein Mitarbeiter für mich erledigen", "de|stellen Sie mich bitte zu jemandem durch",
            "es|¿puede alguien de vuestro equipo hacerlo por mí?", "es|pásame con alguien por favor",
            "fr|quelqu'un de l'équipe peut le faire pour moi ?", "fr|passez-moi quelqu'un s'il vous plaît",
            "it|qualcuno del vostro staff può farlo per me?", "it|mi passi qualcuno per favore",
            "pt|alguém da vossa equipa pode tratar disto por mim?", "pt|passe-me a alguém por favor",
            "nl|kan iemand van jullie team dit voor mij regelen?", "nl|verbind me door met iemand alsjeblieft"})
    void askingToBePutThroughOrForSomeoneToDoItAsksForAPerson(String language, String text) {
        assertThat(PersonRequest.asksForPerson(text, Locale.forLanguageTag(language))).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|can you do engraving for me", "en|do you have a discount for me",
            "en|can someone tell me if you ship to norway", "de|ich suche ein Geschenk für mich",
            "es|¿tenéis algo para mí en talla M?", "fr|vous avez un cadeau pour moi ?",
            "it|avete uno sconto per me?", "pt|têm alguma coisa para mim?", "nl|hebben jullie iets voor mij?"})
    void aQuestionForTheCustomerWithoutAPersonIsNot(String language, String text) {
        assertThat(PersonRequest.asksForPerson(text, Locale.forLanguageTag(language))).isFalse();
    }
}
