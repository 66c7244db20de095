package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Acts an outside tester's set 6 found misread, in new sentences: a person asked for as "a human I can talk to", as
 * customer services, or to do the thing ("just cancel it for me"); Swiss German and Vaud French ("i wott mit öpperem
 * rede", "das hilft mir nöd", "adieu" as a greeting); a thanks that says the customer will wait.
 */
class SetSixClassesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|is there a real person we could speak with",
            "en|can i talk to customer services about a bulk order", "en|please just refund it for me",
            "de|chönd ich bitte mit öpperem vom team rede"})
    void aPersonInTheseWordsIsAskedFor(String language, String text) {
        assertThat(PersonRequest.asksForPerson(text, Locale.forLanguageTag(language))).as(text).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|can you tell me how to refund it", "en|is there a store i can go to"})
    void aQuestionAboutDoingItIsNot(String language, String text) {
        assertThat(PersonRequest.asksForPerson(text, Locale.forLanguageTag(language))).as(text).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|ok thank you, i'll wait|THANKS", "de|ok merci, ich warte gerne|THANKS",
            "de|nei, das hilft mir nöd|NOT_HELPED", "de|merci vielmal, schöns wucheend|THANKS",
            "de|grüezi, sind sie e roboter?|BOT", "it|scusate la sfuriata, grazie|THANKS"})
    void theActIsRead(String language, String text, Act act) {
        Acts.Reading reading = Acts.read(text, Locale.forLanguageTag(language));
        assertThat(reading.act()).as(text).contains(act);
        assertThat(reading.onlyAct()).as(text).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"fr|adieu, c'est un robot qui répond ?"})
    void aVaudGreetingBeforeTheBotQuestionIsTheBotQuestion(String language, String text) {
        Locale lang = Locale.forLanguageTag(language);
        Decision d = new DialogueFlow(new FakeSearch(), DialogueState.fresh(lang)).says(text);
        assertThat(d.main()).as(text).isEqualTo(new Action.ActReply(Act.BOT, false));
    }
}
