package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A short question the FAQ cannot place, only nearer to a greeting's or a thanks' phrasings than to any need, is not
 * that act (set 6: "where do i do that" after an answer got "Hi! How can I help you today?"); a short message that
 * asks nothing still is.
 */
class ShortQuestionNoGreetingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|where do i do that|GREETING", "en|how do i make one|GREETING",
            "de|wo mache ich das?|GREETING", "fr|je fais ça où ?|THANKS", "it|come lo faccio?|GREETING"})
    void aShortQuestionNearerToAGreetingIsNoGreeting(String language, String text, Act act) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().nearAct(text, act);
        Action main = new DialogueFlow(search, DialogueState.fresh(lang)).says(text).main();
        assertThat(main).as(text).isNotInstanceOf(Action.ActReply.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|yo there|GREETING", "en|much obliged mate|THANKS"})
    void aShortMessageThatAsksNothingStillIsTheAct(String language, String text, Act act) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().nearAct(text, act);
        Action main = new DialogueFlow(search, DialogueState.fresh(lang)).says(text).main();
        assertThat(main).as(text).isInstanceOf(Action.ActReply.class);
    }
}
