package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.entry;
import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A push-back restates the rule it pushes back on (set 41's 4.2 in de, it, es, nl, pt, issue 61): after the bot's answer
 * or choices, an objection in regional or colloquial words gets the apology, the due entry's answer (the one the last
 * reply gave or offered that the objection names) and the offer of a person, never "not sure" choices of entries the
 * bot had not spoken of; a rejection that names nothing still asks what is missing.
 */
class PushBackDueTest {

    private static final FaqMatch PRICES = entry(81, "What does a day at the kennel cost?");
    private static final FaqMatch PICKUP = entry(82, "Do you pick the dog up at home?");
    private static final FaqMatch HOURS = entry(83, "When are you open?");
    private static final FaqMatch COURSES = entry(84, "Which courses do you offer?");

    /** Language | the first question (answered with the prices) | a demand against the rule, told as a statement. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | what does a full day cost | no, i want a proper discount for ten days and the pick-up thrown in for free
            de | was kostet ein ganzer tag | noi, mir wollet en nachlass für zehn täg, und s hole soll umsonscht sei
            de | was kostet ein ganzer tag | nein, wir wollen zwei hunde für den preis von einem bringen und das futter gratis dazu
            it | quanto costa una giornata intera | no, vogliamo uno sconto per dieci giorni e il ritiro deve essere gratis
            nl | wat kost een volledige dag | nee, we willen korting voor tien dagen en het ophalen moet gratis zijn
            pt | quanto custa um dia inteiro | não, queremos desconto para dez dias e a recolha tem de ser grátis
            """)
    void aDemandAfterTheAnswerGetsTheAnswerAgainWithTheApologyAndAPerson(String language, String first,
                                                                         String pushBack) {
        DialogueFlow flow = DialogueFlow.flow(new FakeSearch().confident(DialogueFlow.lookup(language, first),
                PRICES).unsureOtherwise(PRICES, COURSES, HOURS), language);
        assertThat(flow.says(first).main()).isInstanceOf(Action.FaqAnswer.class);
        Decision d = flow.says(pushBack);
        assertThat(d.main()).as(pushBack + " -> " + d.main()).isInstanceOfSatisfying(Action.OfferPerson.class,
                o -> {
                    assertThat(o.why()).isEqualTo(Action.OfferPerson.Why.REJECTED);
                    assertThat(o.answer()).isNotNull();
                    assertThat(o.answer().entry().entryId()).isEqualTo(PRICES.entryId());
                });
        assertThat(flow.state().handedOver()).isFalse();
    }

    /** After "did you mean" choices: the offered entry the demand names, not choices of others. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | prices and can you fetch him | no, we want the fetching for free at that price and a discount on ten days
            de | preise und könnt ihr ihn holen | nein, wir wollen dass ihr ihn umsonst holt, bei dem preis muss das drin sein
            it | prezzi e lo venite a prendere | no, vogliamo che lo veniate a prendere gratis, a quel prezzo deve essere incluso
            nl | prijzen en halen jullie hem op | nee, we willen dat jullie hem gratis ophalen, voor die prijs moet dat erbij zitten
            """)
    void aDemandAfterChoicesGetsTheOfferedEntryItNames(String language, String first, String pushBack) {
        DialogueFlow flow = DialogueFlow.flow(new FakeSearch().unsure(DialogueFlow.lookup(language, first),
                PRICES, PICKUP, HOURS).unsureOtherwise(PICKUP, COURSES, HOURS), language);
        assertThat(flow.says(first).main()).as(first).isInstanceOf(Action.Clarify.class);
        Decision d = flow.says(pushBack);
        assertThat(d.main()).as(pushBack + " -> " + d.main()).isInstanceOfSatisfying(Action.OfferPerson.class,
                o -> {
                    assertThat(o.why()).isEqualTo(Action.OfferPerson.Why.REJECTED);
                    assertThat(o.answer()).isNotNull();
                    assertThat(o.answer().entry().entryId()).isEqualTo(PICKUP.entryId());
                });
    }

    /** "That is not what I asked" and the question again, of the entry just answered: that answer, not others. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | what does a full day cost | thats not what i asked. how much do i pay in total for ten days?
            de | was kostet ein ganzer tag | das hab ich nicht gefragt. wie viel zahl ich für zehn tage zusammen?
            nl | wat kost een volledige dag | da's niet wat ik vroeg. hoeveel betaal ik in totaal voor tien dagen?
            es | cuanto cuesta un dia completo | eso no es lo que te pregunte. cuanto pago en total por diez dias?
            """)
    void aQuestionAgainAfterAPushBackGetsTheEntryItNames(String language, String first, String pushBack) {
        DialogueFlow flow = DialogueFlow.flow(new FakeSearch().confident(DialogueFlow.lookup(language, first),
                PRICES).unsureOtherwise(PRICES, COURSES, HOURS), language);
        flow.says(first);
        Decision d = flow.says(pushBack);
        assertThat(d.main()).as(pushBack + " -> " + d.main()).isInstanceOfSatisfying(Action.OfferPerson.class,
                o -> {
                    assertThat(o.why()).isEqualTo(Action.OfferPerson.Why.REJECTED);
                    assertThat(o.answer()).isNotNull();
                    assertThat(o.answer().entry().entryId()).isEqualTo(PRICES.entryId());
                });
    }

    /** A new question after the push-back whose closest entry the bot never spoke of keeps its own choices. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | what does a full day cost | thats not what i asked. which courses are there for young dogs?
            de | was kostet ein ganzer tag | das hab ich nicht gefragt. welche kurse gibt es für junge hunde?
            it | quanto costa una giornata intera | non ho chiesto questo. che corsi ci sono per cani giovani?
            fr | combien coûte une journée complète | c'est pas ce que j'ai demandé. quels cours avez-vous pour les jeunes chiens ?
            """)
    void aNewQuestionAfterAPushBackIsNotAnsweredWithTheOldEntry(String language, String first, String pushBack) {
        DialogueFlow flow = DialogueFlow.flow(new FakeSearch().confident(DialogueFlow.lookup(language, first),
                PRICES).unsureOtherwise(COURSES, PRICES, HOURS), language);
        flow.says(first);
        Decision d = flow.says(pushBack);
        if (d.main() instanceof Action.OfferPerson o && o.answer() != null) {
            assertThat(o.answer().entry().entryId()).as(pushBack + " -> " + d.main()).isNotEqualTo(PRICES.entryId());
        }
        assertThat(d.main()).as(pushBack + " -> " + d.main()).isNotInstanceOfAny(Action.FaqAnswer.class);
    }

    /** "None of those" typed after choices names nothing: asked what is missing, no choice restated. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | prices and can you fetch him | no none of those
            de | preise und könnt ihr ihn holen | noi, des passt alles net
            it | prezzi e lo venite a prendere | no, nessuna di queste
            es | precios y lo vienen a buscar | no, ninguna de esas
            """)
    void aRejectionOfTheChoicesRestatesNone(String language, String first, String rejection) {
        DialogueFlow flow = DialogueFlow.flow(new FakeSearch().unsure(DialogueFlow.lookup(language, first),
                PRICES, PICKUP, HOURS).unsureOtherwise(PICKUP, COURSES, HOURS), language);
        flow.says(first);
        Decision d = flow.says(rejection);
        if (d.main() instanceof Action.OfferPerson o) {
            assertThat(o.answer()).as(rejection + " -> " + d.main()).isNull();
        }
        assertThat(d.main()).as(rejection).isNotInstanceOf(Action.FaqAnswer.class);
    }
}
