package org.answerdesk.conversation.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.answerdesk.conversation.Channel;
import org.answerdesk.dialogue.HandoffReasons;
import org.answerdesk.language.TestTexts;
import org.answerdesk.language.Texts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The handoff reply to a customer who asked for a person and gave a number says, in the conversation's language, that
 * the team calls back on that number; email keeps its handoff text, and a handoff for another reason is as it was.
 */
class CallbackRepliesTest {

    private static final Texts TEXTS = TestTexts.of("en", "de", "fr", "it", "es", "nl", "pt");
    private final CallbackReplies callbacks = new CallbackReplies(TEXTS);

    private static ReplyDraft handoff(String reason, Locale language) {
        return ReplyDraft.system(TEXTS.text("conversation.human-requested", language), List.of(), reason);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en    | could a real person ring me on 0117 496 0321 tomorrow         | 0117 496 0321 | call you back
            de    | bitte rufen Sie mich zurück: 030 9876 5432                    | 030 9876 5432 | zurück
            de-CH | chönd Sie mi zruggrüefe uf 044 123 45 67                      | 044 123 45 67 | zurück
            fr    | j'aimerais qu'un conseiller me rappelle au 01 23 45 67 89     | 01 23 45 67 89 | rappellera
            fr-CA | appelez-moi au 514-555-0188 s'il vous plaît                   | 514-555-0188 | rappellera
            it    | potete farmi richiamare da un operatore al 348 765 4321?      | 348 765 4321 | richiamerà
            es    | que me llame alguien al 622 111 333, gracias                  | 622 111 333 | llamará
            nl    | wil iemand mij terugbellen op 06-98765432                     | 06-98765432 | terug
            pt    | liguem-me para o 934 567 890 por favor                        | 934 567 890 | ligar
            pt-BR | vcs podem me ligar no 21 99876-5432?                          | 21 99876-5432 | ligar
            """)
    void theReplySaysTheTeamCallsBackOnTheNumber(String tag, String message, String number, String word) {
        Locale language = Locale.forLanguageTag(tag);
        ReplyDraft asked = handoff(HandoffReasons.CUSTOMER_ASKED, language);
        var found = callbacks.number(asked, message, language);
        assertThat(found).as("the number").contains(number);

        ReplyDraft reply = callbacks.acknowledged(asked, found, message, Channel.WEB, language);
        assertThat(reply.text()).contains(number, word).isNotEqualTo(asked.text());
        assertThat(reply.handoffReason()).isEqualTo(HandoffReasons.CUSTOMER_ASKED);
        assertThat(callbacks.acknowledged(asked, found, message, Channel.EMAIL, language)).as("email keeps its text")
                .isEqualTo(asked);
        assertThat(callbacks.number(handoff(HandoffReasons.NO_ANSWER, language), message, language))
                .as("only a person asked for").isEmpty();
    }

    /**
     * A time of day the customer prefers is said back as written, not "as soon as possible" (set 34, es, nl and pt
     * 5.3: "after 6", "in the morning" ignored). Sentences written for this test.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en    | can someone ring me on 0161 496 0777, any time after 5pm       | after 5pm
            de    | ruft mich bitte unter 0151 2345 6789 zurück, am besten nachmittags | nachmittags
            fr    | rappelez-moi au 06 98 76 54 32, plutôt après 17h               | après 17h
            it    | mi richiamate al 333 987 6543 dopo le 19 per favore            | dopo le 19
            es    | que me llamen al 633 444 555 por la tarde, que en la mañana trabajo | por la tarde
            nl    | bel me terug op 06 1122 3344 maar pas na zessen               | na zessen
            pt    | liguem-me para o 962 333 444 ao fim do dia, por favor         | ao fim do dia
            """)
    void aPreferredTimeIsSaidBackAsWritten(String tag, String message, String time) {
        Locale language = Locale.forLanguageTag(tag);
        ReplyDraft asked = handoff(HandoffReasons.CUSTOMER_ASKED, language);
        var found = callbacks.number(asked, message, language);
        assertThat(found).as("the number").isPresent();

        ReplyDraft reply = callbacks.acknowledged(asked, found, message, Channel.WEB, language);
        assertThat(reply.text()).contains(found.get(), time)
                .isNotEqualTo(TEXTS.text("conversation.human-requested-callback", language,
                        java.util.Map.of("phone", found.get())));
    }
}
