package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Acts in dialect spelling and by the conversation's state (issue 61 items 1, 3, 6, 8; issue 62 item 3; set 19's de
 * 1.4, 4.3, 6.3, 7.4 and it 6.2): the offer of a person taken by words that name one, in any spelling one typo off;
 * a request for a person whose words are one typo off the lists; a yes that thanks after an answer and choices; an
 * interjection beside a yes to choices; a goodbye beside a short word the FAQ knows only by its stem. New sentences in
 * the seven languages and their regions, not set 19's.
 */
class SetNineteenStateActsTest {

    /** An entry whose answer has "bessern", a stem ("bess") that Cologne's "bis" ("bess") shares by chance. */
    private static final FaqMatch MENDING = new FaqMatch(5, "Was tun bei Mängeln?", "Wir bessern kostenlos nach.", 0.5);

    private static DialogueFlow flow(String language) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().unsureOtherwise(FakeSearch.PASSWORD, MENDING);
        search.confident(Cleanup.forLookup("where is my order?", lang), FakeSearch.ORDER);
        search.unsure(Cleanup.forLookup("can i pay by card?", lang), FakeSearch.PASSWORD, FakeSearch.SHIPPING);
        return new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
    }

    /** After the bot offered a person (a push-back to choices), words that name one or a phone take the offer. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de    | nein, das habe ich nicht gefragt | na dann halt telefon
            de-AT | na, des hab i ned gfragt | passt, dann holts ma an menschn ans telefon
            de-CH | nei, das han i nöd gfrögt | guet, dänn halt es telifon
            en    | no, that's not what i asked | ugh fine, just get sombody on the phone then
            en-AU | nah, that's not what i asked | righto, a real bloke on the blower
            fr    | non, c'est pas ce que j'ai demandé | bon ben quelqu'un au telefone alors
            it    | no, non è quello che ho chiesto | vabbè, un operatorre allora
            it    | no, non è quello che ho chiesto | ok dai fatemi telefonare da qualcuno
            es    | no, eso no es lo que pregunté | venga, un asesor por telefono
            es-MX | no, eso no es lo que pregunté | orale pues, que me marque alguien
            nl-BE | nee, dat vroeg ik niet | allez, iemand aan de telefoon dan
            pt    | não, não foi isso que perguntei | pronto, alguem ao telefone entao
            pt-BR | não, não foi isso que perguntei | beleza, um atendente no telefone entao
            """)
    void wordsThatNameAPersonTakeTheOffer(String language, String rejection, String text) {
        DialogueFlow flow = flow(language);
        assertThat(flow.says("can i pay by card?").main()).isInstanceOf(Action.Clarify.class);
        Decision offer = flow.says(rejection);
        assertThat(flow.state().personOffered()).as(offer.main().toString()).isTrue();
        Decision d = flow.says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isInstanceOf(Action.Handoff.class);
        assertThat(((Action.Handoff) d.main()).reason()).isEqualTo(HandoffReasons.CUSTOMER_ASKED);
    }

    /** After the offer, a refusal that names a person, or a question, does not take it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | nein, das habe ich nicht gefragt | nein, kein mensch, ich suche das passwort
            en | no, that's not what i asked | no need for a person, i'll call the shop myself tomorrow
            en | no, that's not what i asked | can i phone the shop instead?
            """)
    void aRefusalOrAQuestionAfterTheOfferDoesNotTakeIt(String language, String rejection, String text) {
        DialogueFlow flow = flow(language);
        flow.says("can i pay by card?");
        flow.says(rejection);
        Decision d = flow.says(text);
        assertThat(flow.state().handedOver()).as(text + " -> " + d.main()).isFalse();
    }

    /** A request for a person whose words are one typo off the lists ("persn", "richtije"): handed over. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | i wanna chat with a reel persn
            de | ach wat, ich will met nem richtije minsch kalle jetz
            de | ich mecht mit nem richtigen menschen schwätze
            """)
    void aRequestInWordsOneTypoOffIsARequest(String language, String text) {
        DialogueFlow flow = flow(language);
        Decision d = flow.says(text);
        assertThat(d.main().handsOver()).as(text + " -> " + d.main()).isTrue();
    }

    /** A yes that thanks after a reply that answered one question and showed choices for another: thanks. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de    | jo passt scho, merci
            de-AT | jo eh, danke
            it    | si va bene grazie
            en    | yes ok cheers
            fr    | oui ok merci
            es    | si vale gracias
            nl    | ja prima, dankjewel
            pt    | sim ok obrigado
            """)
    void aYesThatThanksAfterAnAnswerWithChoicesIsThanks(String language, String text) {
        DialogueFlow flow = flow(language);
        Decision mixed = flow.says("where is my order? and can i pay by card?");
        assertThat(mixed.actions()).as(mixed.actions().toString()).hasAtLeastOneElementOfType(Action.FaqAnswer.class);
        Decision d = flow.says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isInstanceOf(Action.ActReply.class);
        assertThat(((Action.ActReply) d.main()).act()).isEqualTo(Act.THANKS);
    }

    /** An interjection beside a yes to choices ("eh si"): a yes that picks none, never the choices again. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            it | eh sì
            de | ha jo
            en | eh yes
            nl | he ja
            fr | hein oui
            es | eh sí
            pt | ahn sim
            """)
    void anInterjectionBesideAYesToChoicesIsThatYes(String language, String text) {
        DialogueFlow flow = flow(language);
        assertThat(flow.says("can i pay by card?").main()).isInstanceOf(Action.Clarify.class);
        Decision d = flow.says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isInstanceOf(Action.OfferPerson.class);
        assertThat(((Action.OfferPerson) d.main()).why()).isEqualTo(Action.OfferPerson.Why.UNSURE);
    }

    /** A goodbye after an answer beside a short word the FAQ has only by its stem ("bess" in "bessern"). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | tschö, bess morje
            de | ciao, bess dann
            """)
    void aGoodbyeBesideAShortWordTheFaqKnowsByItsStemCloses(String language, String text) {
        DialogueFlow flow = flow(language);
        assertThat(flow.says("where is my order?").main()).isInstanceOf(Action.FaqAnswer.class);
        Decision d = flow.says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isInstanceOf(Action.ActReply.class);
        assertThat(((Action.ActReply) d.main()).act()).isEqualTo(Act.BYE);
    }

    /** A word the FAQ has whole beside a thanks stays a question ("password, thanks"). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | password, thanks
            """)
    void aWordTheFaqHasWholeBesideAThanksStaysAQuestion(String language, String text) {
        DialogueFlow flow = flow(language);
        flow.says("where is my order?");
        Decision d = flow.says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isNotInstanceOf(Action.ActReply.class);
    }
}
