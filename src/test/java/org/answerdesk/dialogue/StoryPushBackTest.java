package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A push-back said in a sentence of its own, longer than a clause ("That is not at all what I was asking you."), then
 * a new question: the apology and the new question's own lookup, its answer (or its choices) with the offer of a
 * person; never "not sure I understood" with the whole message's choices, never a bare answer that ignores the
 * push-back. Sentences written for this test, in every shipped language.
 */
class StoryPushBackTest {

    private static final FaqMatch LOST = entry(41, "My parcel is lost. What can I do?");
    private static final FaqMatch ADDRESS = entry(42, "Can I change the delivery address?");

    private static DialogueFlow answered(FakeSearch search, Locale language) {
        DialogueFlow flow = new DialogueFlow(search.confident("the parcel never arrived", LOST),
                DialogueState.fresh(Locale.ENGLISH).withLanguage(language));
        assertThat(flow.says("the parcel never arrived").main()).isInstanceOf(Action.FaqAnswer.class);
        return flow;
    }

    /** The new question alone is answered confidently: the apology, its answer and a person, in one reply. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | That is not at all what I was asking you. | do you deliver to offices as well?
            de | Das habe ich Sie so überhaupt nicht gefragt. | liefert ihr auch an büros?
            fr | ce n'est pas du tout ce que je vous ai demandé. | vous livrez aussi dans les bureaux ?
            es | eso no tiene nada que ver con lo que te he preguntado. | entregáis también en oficinas?
            nl | nee, dat is helemaal niet wat ik bedoelde. | bezorgen jullie ook op kantooradressen?
            pt | não é nada disso que eu te perguntei. | vocês entregam em escritório também?
            it | non è per niente quello che ti ho domandato. | consegnate anche negli uffici?
            """)
    void aPushBackSentenceThenAQuestionGetsTheApologyAndTheAnswer(String language, String pushBack,
                                                                 String question) {
        Locale lang = Locale.forLanguageTag(language);
        DialogueFlow flow = answered(new FakeSearch().confident(question, ADDRESS)
                .unsureOtherwise(FakeSearch.PASSWORD, FakeSearch.SHIPPING), lang);
        String text = pushBack + " " + question;
        Decision d = flow.says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isInstanceOf(Action.OfferPerson.class);
        Action.OfferPerson offer = (Action.OfferPerson) d.main();
        assertThat(offer.why()).isEqualTo(Action.OfferPerson.Why.REJECTED);
        assertThat(offer.answer()).as(text).isNotNull();
        assertThat(offer.answer().entry().entryId()).isEqualTo(ADDRESS.entryId());
    }

    /** The new question alone is unsure: the apology, its own choices first, and a person. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | That is not at all what I was asking you. | do you deliver to offices as well?
            de | Das habe ich Sie so überhaupt nicht gefragt. | liefert ihr auch an büros?
            fr | ce n'est pas du tout ce que je vous ai demandé. | vous livrez aussi dans les bureaux ?
            es | eso no tiene nada que ver con lo que te he preguntado. | entregáis también en oficinas?
            nl | nee, dat is helemaal niet wat ik bedoelde. | bezorgen jullie ook op kantooradressen?
            pt | não é nada disso que eu te perguntei. | vocês entregam em escritório também?
            it | non è per niente quello che ti ho domandato. | consegnate anche negli uffici?
            """)
    void aPushBackSentenceThenAnUnsureQuestionGetsTheApologyAndItsChoices(String language, String pushBack,
                                                                         String question) {
        Locale lang = Locale.forLanguageTag(language);
        DialogueFlow flow = answered(new FakeSearch().unsure(question, ADDRESS, FakeSearch.ORDER)
                .unsureOtherwise(FakeSearch.PASSWORD, FakeSearch.SHIPPING), lang);
        String text = pushBack + " " + question;
        Decision d = flow.says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isInstanceOf(Action.OfferPerson.class);
        Action.OfferPerson offer = (Action.OfferPerson) d.main();
        assertThat(offer.why()).isEqualTo(Action.OfferPerson.Why.REJECTED);
        assertThat(offer.choices()).as(text).isNotEmpty();
        assertThat(offer.choices().get(0).entryId()).isEqualTo(ADDRESS.entryId());
    }

    /** A first sentence that tells a problem of its own (it names things) is no push-back: read as before. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | The courier left the box at the wrong house again. | do you deliver to offices as well?
            de | Der Bote hat das Paket wieder beim falschen Haus abgestellt. | liefert ihr auch an büros?
            fr | le livreur a encore déposé le colis chez le mauvais voisin. | vous livrez aussi dans les bureaux ?
            es | el repartidor ha vuelto a dejar la caja en otra casa. | entregáis también en oficinas?
            """)
    void aFirstSentenceThatTellsAProblemIsNoPushBack(String language, String told, String question) {
        Locale lang = Locale.forLanguageTag(language);
        DialogueFlow flow = answered(new FakeSearch().confident(question, ADDRESS)
                .unsureOtherwise(FakeSearch.PASSWORD, FakeSearch.SHIPPING), lang);
        String text = told + " " + question;
        Decision d = flow.says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).satisfies(m -> assertThat(
                m instanceof Action.OfferPerson o && o.why() == Action.OfferPerson.Why.REJECTED).isFalse());
    }

    /**
     * The whole message answered confidently with the entry its question alone is sure of too ("... can i send it to
     * my office instead?", read with the message before it finds another): both readings agree, the entry stands, with
     * the apology and a person.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | That is not at all what I was asking you. | can i send it to my office instead?
            de | Das habe ich Sie so überhaupt nicht gefragt. | kann ich es auch ins büro schicken lassen?
            fr | ce n'est pas du tout ce que je vous ai demandé. | je peux le faire livrer au bureau ?
            es | eso no tiene nada que ver con lo que te he preguntado. | puedo mandarlo a la oficina?
            """)
    void theEntryTheWholeAndTheQuestionAgreeOnStands(String language, String pushBack, String question) {
        Locale lang = Locale.forLanguageTag(language);
        String text = pushBack + " " + question;
        DialogueFlow flow = answered(new FakeSearch().confident(question, ADDRESS).confident(text, ADDRESS)
                .unsureOtherwise(FakeSearch.PASSWORD, FakeSearch.SHIPPING), lang);
        Decision d = flow.says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isInstanceOf(Action.OfferPerson.class);
        Action.OfferPerson offer = (Action.OfferPerson) d.main();
        assertThat(offer.answer()).as(text).isNotNull();
        assertThat(offer.answer().entry().entryId()).isEqualTo(ADDRESS.entryId());
    }
}
