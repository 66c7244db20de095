package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A callback asked for is a request for a person (set 8: "could someone from your team get back to me", in three
 * languages met with choices); a question about calls is not.
 */
class CallbackRequestTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|could somebody get back to me about the refund",
            "en|can you ring me back this afternoon", "en|please give me a call, 07700 900123",
            "fr|vous pouvez me rappeler demain matin ?", "fr|recontactez-moi svp", "it|mi richiamate domani?",
            "it|mi potete ricontattare stasera?"})
    void aCallbackIsAPerson(String language, String text) {
        assertThat(PersonRequest.asksForPerson(text, Locale.forLanguageTag(language))).as(text).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|will you call me when it ships?", "en|do you call back if I miss the courier",
            "fr|comment je vous rappelle mon numéro de commande", "it|come si chiama il negozio?"})
    void aQuestionAboutCallsIsNot(String language, String text) {
        assertThat(PersonRequest.asksForPerson(text, Locale.forLanguageTag(language))).as(text).isFalse();
    }
}
