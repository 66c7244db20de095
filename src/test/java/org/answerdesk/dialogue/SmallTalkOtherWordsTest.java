package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Small talk in other people's words (issue 61, set 3: fr-06, it-07, de-01, de-07), inside greetings and sign-offs
 * too, with regional wording: the act's own reply, never a ticket, an FAQ lookup or "I can't answer that here". New
 * sentences in every shipped language.
 */
class SmallTalkOtherWordsTest {

    /** A thanks said as a compliment, after an answer: it confirms the answer and hands nothing over. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | ok thanks, you've been super helpful
            en | aww you're the best
            de | danke, du warst echt hilfreich
            de | ok danke, sie sind sehr nett
            es | muchas gracias, has sido muy amable
            es | vale, sos un capo
            fr | merci vous êtes trop gentils
            fr | ok merci t'as été au top
            it | grazie mille, siete stati gentilissimi
            it | ok sei stata molto utile
            pt | fixe, obrigada, foste muito prestável
            pt | valeu, você foi super atencioso
            nl | bedankt, je was echt behulpzaam
            nl | merci, ge zijt een topper
            """)
    void aComplimentAfterAnAnswerIsAThanks(String language, String message) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch();
        search.confident(Cleanup.forLookup("reset password", lang), FakeSearch.PASSWORD);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        flow.says("reset password");

        Decision d = flow.says(message);
        assertThat(d.main()).as(message).isEqualTo(new Action.ActReply(Act.THANKS, true));
        assertThat(d.confirmed()).isTrue();
        assertThat(d.main().handsOver()).isFalse();
    }

    /** "Am I talking to a person?" and "what can you do?" in other words, alone or in a greeting: the act's reply. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | hey, am i here with a human?                     | bot
            en | hi are you a bot? how are you                    | bot
            en | so what can you actually do for me               | capabilities
            de | hallo, bin ich hier mit nem Menschen?            | bot
            de | servus, bist du eigentlich ein Bot? wie geht's   | bot
            de | was kannst du denn überhaupt                     | capabilities
            de | sitze ich hier gerade mit einem Menschen im Chat? | bot
            es | buenas, ¿estoy con una persona real?               | bot
            es | hola, ¿eres un bot? ¿qué tal?                    | bot
            es | ¿y tú qué sabes hacer exactamente?               | capabilities
            fr | salut, suis-je en train de parler à un robot ?   | bot
            fr | bonjour t'es un bot ? ça va ?                    | bot
            fr | tu sers à quoi en fait                           | capabilities
            it | ciao sei un bot? come stai                       | bot
            it | salve, sto parlando con una persona vera o con un programma? | bot
            it | ma tu cosa sai fare esattamente                  | capabilities
            pt | boas, estou com um robô ou com uma pessoa?         | bot
            pt | olá, você é um robô? como vai                    | bot
            pt | afinal o que você sabe fazer                     | capabilities
            nl | dag, zijt ge een bot?                            | bot
            nl | hoi, ben ik met een mens aan het chatten?        | bot
            nl | wat kun je eigenlijk                             | capabilities
            """)
    void botAndCapabilitiesInOtherWordsGetTheActsReply(String language, String message, String act) {
        Locale lang = Locale.forLanguageTag(language);
        DialogueFlow flow = new DialogueFlow(new FakeSearch(), DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        Decision d = flow.says(message);
        assertThat(d.main()).as(message).isEqualTo(new Action.ActReply(Act.valueOf(act.toUpperCase(Locale.ROOT)),
                false));
    }
}
