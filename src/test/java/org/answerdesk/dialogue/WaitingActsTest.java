package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * While a conversation waits for a person (issue 61, the act classes of the second judged set): "anyone there?" in
 * the customer's words is acknowledged, never answered from the FAQ even where its words happen to match an entry
 * ("hallo?? ist da wer" got the damage entry); "ok thanks" gets a short "you're welcome", not the team's text again;
 * giving up ("never mind, thanks anyway") gets sorry for the wait and goodbye. Outside a handover, "anyone there?"
 * is a greeting: never choices or a ticket. New sentences in every shipped language.
 */
class WaitingActsTest {

    private static final String LANGUAGES = """
            en | hellooo? is anybody there   | ok thank you  | ok never mind, thanks anyway
            de | hallo? ist hier wer?        | ok danke      | na gut, trotzdem danke
            es | ¿hola? ¿hay alguien por ahí? | ok gracias    | vale, gracias de todos modos
            fr | euh il y a quelqu'un là ?   | ok merci      | bon, tant pis. merci quand même
            it | pronto, c'è qualcuno?       | ok grazie     | vabbè, grazie lo stesso
            pt | oi? alguém aí?              | ok obrigado   | tá bom, obrigado mesmo assim
            nl | hallo? zit daar iemand?     | ok dank je    | oké, toch bedankt
            """;

    private static final FaqMatch DAMAGE = new FaqMatch(81, "What if something breaks?", "Report it within 14 days.",
            0.9);

    /** The FAQ as the judged conversation had it: the words of "anyone there?" match an entry confidently. */
    private static FakeSearch matching(String message, Locale lang) {
        return new FakeSearch().confident(Cleanup.forLookup(Acts.read(message, lang).question(), lang), DAMAGE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = LANGUAGES)
    void whileWaitingAnyoneThereIsAcknowledgedThanksWelcomedAndGivingUpGetsSorryForTheWait(String language,
            String anyone, String thanks, String givingUp) {
        Locale lang = Locale.forLanguageTag(language);
        DialogueFlow flow = new DialogueFlow(matching(anyone, lang),
                DialogueState.fresh(Locale.ENGLISH).withLanguage(lang).withHandoff(false));

        Decision there = flow.says(anyone);
        assertThat(there.main()).as("the team has it; never the FAQ entry its words match")
                .isEqualTo(new Action.Acknowledge(false));
        assertThat(there.mirrored()).isTrue();
        assertThat(flow.says(thanks).main()).as("a short you're welcome")
                .isEqualTo(new Action.Acknowledge(true, Act.THANKS));
        Decision bye = flow.says(givingUp);
        assertThat(bye.main()).as("sorry for the wait, goodbye").isEqualTo(new Action.Acknowledge(true, Act.CANCEL));
        assertThat(bye.mirrored()).as("the person sees it").isTrue();
        assertThat(flow.state().handedOver()).as("the ticket stays open").isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = LANGUAGES)
    void outsideAHandoverAnyoneThereIsAGreetingAndThanksAnywayDropsTheQuestion(String language, String anyone,
            String thanks, String givingUp) {
        Locale lang = Locale.forLanguageTag(language);
        Decision there = new DialogueFlow(matching(anyone, lang), DialogueState.fresh(Locale.ENGLISH).withLanguage(lang))
                .says(anyone);
        assertThat(there.main()).isEqualTo(new Action.ActReply(Act.GREETING, false));
        assertThat(there.main().handsOver()).isFalse();
        Decision bye = new DialogueFlow(new FakeSearch(), DialogueState.fresh(Locale.ENGLISH).withLanguage(lang)).says(givingUp);
        assertThat(bye.main()).as("no ticket, no choices").isEqualTo(new Action.ActReply(Act.CANCEL, false));
        assertThat(bye.confirmed()).as("thanks anyway confirms nothing").isFalse();
    }

    /** "are you a bot?" while a person is awaited: who is writing, with the team's promise (set 7, en 7.3). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|wait are you a bot?", "de|bist du ein bot?", "fr|vous êtes un robot ?",
            "it|sei un bot?", "es|¿eres un bot?", "pt|és um robô?", "nl|ben jij een bot?"})
    void whileWaitingTheBotQuestionIsAnsweredWithTheTeamsPromise(String language, String bot) {
        Locale lang = Locale.forLanguageTag(language);
        DialogueFlow flow = new DialogueFlow(matching(bot, lang),
                DialogueState.fresh(Locale.ENGLISH).withLanguage(lang).withHandoff(false));
        Decision d = flow.says(bot);
        assertThat(d.main()).as(bot).isEqualTo(new Action.Acknowledge(false, Act.BOT));
        assertThat(d.mirrored()).as("the person sees it").isTrue();
    }
}
