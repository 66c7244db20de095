package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set 19's regional acts (issue 62 item 3): "am I talking to a robot?" in European Portuguese's "estar a" with an
 * infinitive and its spelling "robot", in Dutch chat's "appen"; a person asked for by a chat verb of southern France
 * ("tchatcher") or of Cologne ("kalle"). New sentences, not set 19's.
 */
class SetNineteenActsTest {

    /** The bot's answer to "am I talking to a machine?", never a handover or choices. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            pt | estou a conversar com uma maquina?
            pt | tou a teclar com um robot?
            pt | isto é um robot a responder?
            pt | estás a falar com um robot ou quê?
            nl | zit ik hier nu met een bot te appen?
            nl | app ik met een computer of zo?
            """)
    void aQuestionWhetherTheCustomerTalksToAMachineIsTheBotQuestion(String language, String text) {
        FakeSearch search = new FakeSearch().unsureOtherwise(FakeSearch.PASSWORD, FakeSearch.SHIPPING);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH)
                .withLanguage(Locale.forLanguageTag(language)));
        Decision d = flow.says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isInstanceOf(Action.ActReply.class);
        assertThat(((Action.ActReply) d.main()).act()).isEqualTo(Act.BOT);
        assertThat(flow.state().handedOver()).as(text).isFalse();
    }

    /** A person asked for with a regional chat verb: handed over (or the offer confirmed), never choices. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fr | je voudrais tchatcher avec une vraie personne svp
            fr | laisse tomber, je veux tchatcher avec un humain
            de | ich will jetz met enem echte minsch kalle
            """)
    void aPersonAskedForWithARegionalChatVerbIsARequestForAPerson(String language, String text) {
        FakeSearch search = new FakeSearch().unsureOtherwise(FakeSearch.PASSWORD, FakeSearch.SHIPPING);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH)
                .withLanguage(Locale.forLanguageTag(language)));
        Decision d = flow.says(text);
        assertThat(d.main().handsOver()).as(text + " -> " + d.main()).isTrue();
    }

    /** Cologne's "jo" after the bot's own offer of a person takes it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | jo
            de | jo bitte
            """)
    void aRegionalYesTakesTheOffer(String language, String yes) {
        DialogueFlow flow = new DialogueFlow(new FakeSearch(), DialogueState.fresh(Locale.ENGLISH)
                .withLanguage(Locale.forLanguageTag(language)));
        Decision offer = flow.says("xqzv plorth wibble");
        assertThat(flow.state().personOffered()).as(offer.main().toString()).isTrue();
        Decision d = flow.says(yes);
        assertThat(d.main().handsOver()).as(yes + " -> " + d.main()).isTrue();
    }

    /** After an answer, Cologne's thanks and goodbye ("jo, passt", "tschö", "bess dann") close, never the fallback. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | jo passt scho, dankeschön
            de | tschoe un bess morje
            de | also tschö, bess dann
            """)
    void aRegionalThanksOrGoodbyeAfterAnAnswerCloses(String language, String text) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().unsureOtherwise(FakeSearch.PASSWORD, FakeSearch.SHIPPING);
        search.confident(Cleanup.forLookup("where is my order?", lang), FakeSearch.ORDER);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        assertThat(flow.says("where is my order?").main()).isInstanceOf(Action.FaqAnswer.class);
        Decision d = flow.says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isInstanceOf(Action.ActReply.class);
        assertThat(((Action.ActReply) d.main()).act()).as(text).isIn(Act.THANKS, Act.BYE);
    }
}
