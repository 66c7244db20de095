package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.main;
import static org.answerdesk.dialogue.FakeSearch.ORDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set 9's diagnostic run: "i dont want a bot i want a human NOW" got the bot's self-introduction (wanting a person was
 * only understood as talking to one), and "hello???" in a conversation under way got a new greeting. Set 46: two
 * words of "real" stacked ("a real live human") and "on here" after the person were not read.
 */
class WantAPersonTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | i dont want a bot i want a human NOW
            en | i want a human
            en | i need a real person please
            en | can i get an actual human
            en | this chat is useless. i need an actual real person on the line now
            en | i want a proper live agent in here asap
            nl | ik wil een mens
            nl | geef me een echte medewerker
            """)
    void wantingAPersonIsARequestForOne(String language, String message) {
        Locale lang = Locale.forLanguageTag(language);
        assertThat(PersonRequest.asksForPerson(message, lang)).as(message).isTrue();
        DialogueFlow flow = new DialogueFlow(new FakeSearch(), DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        assertThat(flow.says(message).main()).as(message).isEqualTo(Action.Handoff.asked());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | i need a person to help carry the sofa upstairs, do you do that
            en | i'd like a table for one person
            en | do you need a person to sign for the parcel
            en | i want a real live person on here to check my order, is that possible?
            nl | ik wil een persoon toevoegen aan de reservering
            """)
    void aPersonInAQuestionIsNoRequestForOne(String language, String message) {
        assertThat(PersonRequest.asksForPerson(message, Locale.forLanguageTag(language))).as(message).isFalse();
    }

    @Test
    void aGreetingAskedInAConversationUnderWaySaysTheBotIsHereNeverANewGreeting() {
        FakeSearch search = new FakeSearch().confident(Cleanup.forLookup("where is my order?", Locale.ENGLISH), ORDER);
        DialogueFlow flow = new DialogueFlow(search);
        main(flow.says("where is my order?"), Action.FaqAnswer.class);
        assertThat(flow.says("hello???").main()).isEqualTo(new Action.OfferPerson(Action.OfferPerson.Why.PRESENT));
    }

    @Test
    void aGreetingAtTheStartIsAGreeting() {
        assertThat(new DialogueFlow(new FakeSearch()).says("hello??").main()).isNotInstanceOf(Action.OfferPerson.class);
    }
}
