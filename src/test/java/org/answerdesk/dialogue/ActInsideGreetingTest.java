package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An act said inside a greeting or a sign-off (issue 61, class 6) is read as the act, in every shipped language, with
 * or without the comma: "ciao sei un bot?" gets the bot's answer about itself, as "sei un bot?" alone does, never
 * choices looked up from "sei un bot?" or a ticket.
 */
class ActInsideGreetingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | hi are you a bot?                        | bot
            en | hey, what can I ask you?                 | capabilities
            en | hello, how does this work? thanks        | capabilities
            de | Hallo bist du ein Bot?                   | bot
            de | hallo, was kann ich dich fragen? danke   | capabilities
            de | Moin, wie alt bist du?                   | chitchat
            es | hola eres un bot?                        | bot
            es | buenas, ¿en qué me puedes ayudar?        | capabilities
            es | hola cuéntame un chiste                  | chitchat
            fr | bonjour tu es un robot ?                 | bot
            fr | salut, quel âge as-tu ? merci            | chitchat
            fr | bonjour que peux-tu faire                | capabilities
            it | ciao sei un bot?                         | bot
            it | ciao, come ti chiami?                    | chitchat
            it | buongiorno cosa sai fare? grazie         | capabilities
            pt | olá você é um robô?                      | bot
            pt | oi, me conta uma piada                   | chitchat
            pt | bom dia o que você pode fazer?           | capabilities
            nl | hoi ben je een bot?                      | bot
            nl | hallo, vertel eens een mop               | chitchat
            nl | goedemorgen wat kan ik je vragen? bedankt | capabilities
            """)
    void anActInsideAGreetingGetsTheActsReply(String language, String message, String act) {
        Locale lang = Locale.forLanguageTag(language);
        DialogueFlow flow = new DialogueFlow(new FakeSearch(), DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        Decision d = flow.says(message);
        assertThat(d.main()).as(message).isEqualTo(new Action.ActReply(Act.valueOf(act.toUpperCase(Locale.ROOT)),
                false));
        assertThat(d.main().handsOver()).isFalse();
    }

    /** A thanks inside a greeting or a goodbye after an answer is a thanks: it confirms the answer. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | hi thanks a lot bye
            de | hallo danke für die Hilfe tschüss
            es | hola gracias por todo
            fr | bonjour merci pour tout
            it | ciao grazie mille
            pt | oi obrigado pela ajuda
            nl | hoi bedankt voor de hulp
            """)
    void aThanksInsideAGreetingConfirmsTheAnswer(String language, String message) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch();
        search.confident(Cleanup.forLookup("How do I reset my password?", lang), FakeSearch.PASSWORD);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        flow.says("How do I reset my password?");
        Decision d = flow.says(message);
        assertThat(d.main()).as(message).isInstanceOf(Action.ActReply.class);
        assertThat(d.confirmed()).as(message).isTrue();
    }

    /** A question after a greeting stays a question: only the words between are read, and only as a whole. */
    @Test
    void aQuestionAfterAGreetingIsStillLookedUp() {
        assertThat(Acts.read("hi can I cancel my order", Locale.ENGLISH).onlyAct()).isFalse();
        assertThat(Acts.read("ciao posso annullare l'ordine?", Locale.ITALIAN).onlyAct()).isFalse();
        assertThat(Acts.read("bonjour, est-ce que vous livrez en Belgique ?", Locale.FRENCH).onlyAct()).isFalse();
        assertThat(Acts.read("Hallo, ist das Paket schon unterwegs? Danke", Locale.GERMAN).onlyAct()).isFalse();
    }
}
