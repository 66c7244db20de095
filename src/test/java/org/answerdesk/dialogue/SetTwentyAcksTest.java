package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set 20's acknowledgements and openers (issue 61; en 7.3, de 2.1, fr 2.1, it 2.1): a plain "ok" after choices is no
 * yes to an offer of a person an earlier reply made; an acknowledgement that says it understood ("got it", "je vois")
 * is no question for the FAQ; a first message that only names its topic ("c'est pour ma fille") is invited to ask.
 * New sentences in the seven languages and their regions, not set 20's.
 */
class SetTwentyAcksTest {

    private static final FaqMatch GIFT = new FaqMatch(6, "Do you sell gift cards?", "Yes, from 10 EUR.", 0.5);

    private static DialogueFlow flow(String language) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().unsureOtherwise(FakeSearch.PASSWORD, FakeSearch.SHIPPING);
        search.confident(Cleanup.forLookup("where is my order?", lang), FakeSearch.ORDER);
        search.unsure(Cleanup.forLookup("can i pay by card?", lang), FakeSearch.PASSWORD, GIFT);
        search.offTopic(Cleanup.forLookup("do you sell cars?", lang), FakeSearch.SHIPPING);
        return new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
    }

    /**
     * A person offered two replies ago, choices since: an acknowledgement is no yes to that offer. It gets the
     * acknowledgement's reply, and the next question its answer, not "the team has your message".
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en    | okay
            en-GB | ok ta
            de    | okay
            de-AT | passt
            fr    | d'accord
            fr    | ok
            it    | va bene
            it    | ok
            es    | vale
            es-MX | ok
            nl    | oké
            nl-BE | ok
            pt    | ok
            pt-BR | tá
            pt-BR | blz
            """)
    void anAcknowledgementAfterChoicesTakesNoOlderOffer(String language, String ack) {
        DialogueFlow flow = flow(language);
        assertThat(flow.says("do you sell cars?").main()).isInstanceOf(Action.OfferPerson.class);
        assertThat(flow.says("can i pay by card?").main()).isInstanceOf(Action.Clarify.class);
        Decision d = flow.says(ack);
        assertThat(flow.state().handedOver()).as(ack + " -> " + d.main()).isFalse();
        assertThat(d.main()).as(ack).isInstanceOf(Action.ActReply.class);
        assertThat(flow.says("where is my order?").main()).isInstanceOf(Action.FaqAnswer.class);
    }

    /** An offer of a person, then an answer: a yes now is said to the answer, not to the older offer. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | yes
            de | ja
            fr | oui
            it | sì
            es | sí
            nl | ja
            pt | sim
            """)
    void aYesAfterAnAnswerTakesNoOlderOffer(String language, String yes) {
        DialogueFlow flow = flow(language);
        flow.says("do you sell cars?");
        assertThat(flow.says("where is my order?").main()).isInstanceOf(Action.FaqAnswer.class);
        Decision d = flow.says(yes);
        assertThat(flow.state().handedOver()).as(yes + " -> " + d.main()).isFalse();
    }

    /** The offer in the bot's last reply: a yes takes it, as before. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | ok
            de | ja bitte
            fr | oui
            it | sì grazie
            es | vale
            nl | ja graag
            pt | sim
            """)
    void aYesToTheLastReplysOfferHandsOver(String language, String yes) {
        DialogueFlow flow = flow(language);
        assertThat(flow.says("do you sell cars?").main()).isInstanceOf(Action.OfferPerson.class);
        Decision d = flow.says(yes);
        assertThat(d.main()).as(yes).isInstanceOf(Action.Handoff.class);
        assertThat(flow.state().handedOver()).isTrue();
    }

    /** "got it", "je vois", "ik snap het": an acknowledgement after choices or an answer, never a question. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en    | got it, cheers
            en    | ah i see now
            en-AU | righto, fair enough
            de    | ah verstehe
            de-CH | aha, alles klar
            fr    | ah je vois
            fr    | ok j'ai compris
            it    | ah ho capito
            it    | ok ricevuto
            es    | ya veo
            es-MX | ah ok entiendo
            nl    | ik snap het
            nl-BE | ah zo, duidelijk
            pt    | ah percebi
            pt-BR | entendi, valeu
            """)
    void anAcknowledgementIsNoQuestion(String language, String ack) {
        for (String before : new String[] {"can i pay by card?", "where is my order?"}) {
            DialogueFlow flow = flow(language);
            flow.says(before);
            Decision d = flow.says(ack);
            assertThat(d.main()).as(before + " / " + ack + " -> " + d.main()).isInstanceOf(Action.ActReply.class);
            assertThat(((Action.ActReply) d.main()).act()).isEqualTo(Act.THANKS);
        }
    }

    /**
     * A first message that only names its topic, which the FAQ misses or meets with choices that do not name it: the
     * bot invites the question, never "I can't answer that" with a person, never unrelated choices.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en    | question about my subscription
            en    | it's for my grandson
            en-GB | hiya, query regarding the voucher
            de    | frage bezüglich meiner rechnung
            de-AT | servus, i hätt a frage zum abo
            fr    | c'est pour mon mari
            fr    | bonjour, une question concernant la facture
            it    | ciao, per mio figlio
            it    | domanda riguardo il ritiro
            es    | una consulta para mi abuela
            es-MX | tengo una duda sobre mi suscripción
            nl    | vraagje over mijn abonnement
            nl-BE | het is voor mijn petekind
            pt    | bom dia, sobre a minha filha
            pt-BR | oi, dúvida sobre a assinatura
            """)
    void aFirstMessageThatOnlyNamesItsTopicIsInvitedToAsk(String language, String text) {
        DialogueFlow unsure = flow(language);
        Decision d = unsure.says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isInstanceOf(Action.AskMore.class);
        assertThat(unsure.state().personOffered()).isFalse();
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch far = new FakeSearch().offTopic(Cleanup.forLookup(text, lang), FakeSearch.SHIPPING);
        Decision alone = new DialogueFlow(far, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang)).says(text);
        assertThat(alone.main()).as(text + " (far) -> " + alone.main()).isInstanceOf(Action.AskMore.class);
    }

    /** Choices that name the topic, a question, and a message after an answer are decided as before. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | question about my password
            en | is it for my grandson?
            en | hi, a question regarding the password
            de | wie lange dauert es wegen meiner rechnung
            """)
    void aTopicTheChoicesNameOrAQuestionStaysAsItWas(String language, String text) {
        Decision d = flow(language).says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isNotInstanceOf(Action.AskMore.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | it's for my grandson
            it | ciao, per mio figlio
            """)
    void afterAnAnswerTheTopicIsNoOpener(String language, String text) {
        DialogueFlow flow = flow(language);
        flow.says("where is my order?");
        Decision d = flow.says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isNotInstanceOf(Action.AskMore.class);
    }
}
