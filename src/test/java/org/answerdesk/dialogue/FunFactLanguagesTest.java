package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A fun fact or trivia about anything (CLINC150's withheld small talk: 10 of its 14 tickets, "tell me a cool fact
 * about reno") is small talk: the bot's own reply, never a ticket, even when the FAQ finds nothing near. The
 * English rule was written from CLINC150's train split only. New sentences in every shipped language.
 */
class FunFactLanguagesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | tell me a cool fact about lisbon
            en | do you know any trivia about penguins
            de | erzähl mir eine lustige Tatsache über Pinguine
            es | cuéntame un dato curioso sobre los pingüinos
            fr | dis-moi un fait amusant sur les pingouins
            it | dimmi una curiosità sui pinguini
            pt | me conta uma curiosidade sobre pinguins
            nl | vertel me een leuk weetje over pinguïns
            """)
    void aFunFactAboutAnythingIsSmallTalkNeverATicket(String language, String message) {
        Locale lang = Locale.forLanguageTag(language);
        Decision d = new DialogueFlow(new FakeSearch(), DialogueState.fresh(Locale.ENGLISH).withLanguage(lang)).says(message);
        assertThat(d.main()).isEqualTo(new Action.ActReply(Act.CHITCHAT, false));
        assertThat(d.main().handsOver()).isFalse();
    }
}
