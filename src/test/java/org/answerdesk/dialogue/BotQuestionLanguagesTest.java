package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Are you a bot?" as customers type it, and "am I talking to a real person?" (issue 61): a question about the bot,
 * answered by the bot (an automatic assistant; a person can take over), never a ticket and never a request for a
 * person, though it names one. New sentences in every shipped language.
 */
class BotQuestionLanguagesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | r u a robot or what                       | am I chatting with an actual human right now?
            de | schreib ich hier grad mit nem bot?        | bist du eigentlich ein echter mensch?
            es | ¿tú eres un bot de verdad?                | ¿estoy chateando con un humano de verdad?
            fr | t'es un bot ou quoi ?                     | c'est une vraie personne qui m'écrit ?
            it | ma sei un bot o no?                       | sto scrivendo con un operatore vero?
            pt | você é robô mesmo?                        | to falando com um atendente de verdade?
            nl | ben je nou een robot of niet?             | chat ik hier met een echte medewerker?
            """)
    void askedWhatItIsTheBotSaysSoAndOpensNoTicket(String language, String bot, String realPerson) {
        Locale lang = Locale.forLanguageTag(language);
        for (String message : new String[] {bot, realPerson}) {
            Decision d = new DialogueFlow(new FakeSearch(), DialogueState.fresh(Locale.ENGLISH).withLanguage(lang)).says(message);
            assertThat(d.main()).as(message).isEqualTo(new Action.ActReply(Act.BOT, false));
            assertThat(d.main().handsOver()).as(message).isFalse();
            assertThat(PersonRequest.asksForPerson(message, lang)).as(message).isFalse();
        }
    }

    /** Set 5: "servus seid ihr ein bot?" got "not in our help answers": the shop addressed as "you all". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | grüß euch, seid ihr eigentlich ein bot?
            es | buenas, ¿sois un robot o una persona?
            it | salve, siete un bot?
            pt | olá, vocês são um robô?
            nl | goeiedag, zijn jullie een chatbot?
            """)
    void askedOfTheShopAsAllOfYouItIsTheSameQuestion(String language, String message) {
        Locale lang = Locale.forLanguageTag(language);
        Decision d = new DialogueFlow(new FakeSearch(), DialogueState.fresh(lang)).says(message);
        assertThat(d.main()).as(message).isEqualTo(new Action.ActReply(Act.BOT, false));
    }
}
