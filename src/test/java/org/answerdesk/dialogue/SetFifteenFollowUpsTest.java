package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set 15's confident wrong answers to follow-ups (issue 61 item 2), each class in the seven shipped languages with
 * sentences written for this test:
 * <ul>
 * <li>the entry just given again for a new question: read with the question answered the FAQ is sure of that entry,
 * while the message's own words find another and not it (en 9.3 "When amount will get credited?" after the return
 * label, it 1.2 the shipping to Milan after the mozzarella prices): choices led by its own reading's entry, never the
 * answer again;</li>
 * <li>"will it take long? I'm on my lunch break" while a person is awaited (pt 6.3): one sentence asks how long, the
 * other only says something: the wait, never the entry the statement's words find (the opening hours).</li>
 * </ul>
 */
class SetFifteenFollowUpsTest {

    private static final FaqMatch LABEL = new FaqMatch(91, "How do I get a return label?",
            "We email it as a PDF; print it or show the QR code at the post office.", 0.8);
    private static final FaqMatch REFUND = new FaqMatch(92, "How long does a refund take?", "5 to 10 days.", 0.6);
    private static final FaqMatch INVOICE = new FaqMatch(93, "Can I get an invoice?", "In your account.", 0.5);
    private static final FaqMatch HOURS = new FaqMatch(94, "When are you open?", "Mon-Fri 9-18.", 0.8);

    /** The topic's reading finds the label, the message's own words the refund: the refund is offered first. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how do i get a label to send the parcel back       | when does the money land in my account?
            de | wie bekomme ich ein etikett für die rücksendung     | wann ist das geld wieder auf meinem konto?
            es | cómo consigo la etiqueta para devolver el paquete   | y cuándo me devuelven la plata a la tarjeta?
            fr | comment j'obtiens l'étiquette pour renvoyer le colis | et l'argent revient quand sur mon compte ?
            it | come ottengo l'etichetta per rimandare il pacco     | e i soldi quando tornano sulla carta?
            pt | como consigo a etiqueta pra devolver o pacote       | e o dinheiro cai na conta quando?
            nl | hoe krijg ik een label om het pakket terug te sturen | en wanneer staat mijn geld terug op de rekening?
            """)
    void aNewQuestionAfterAnAnswerIsNotThatAnswerAgain(String language, String first, String followUp) {
        FakeSearch search = new FakeSearch().confident(lookup(language, first), LABEL)
                .unsure(lookup(language, followUp), REFUND, INVOICE)
                .confident(lookup(language, first) + " " + lookup(language, followUp), LABEL, INVOICE);
        DialogueFlow flow = flow(search, language);
        assertThat(flow.says(first).main()).as(first).isInstanceOf(Action.FaqAnswer.class);
        assertThat(flow.says(followUp).main()).as(followUp).isInstanceOfSatisfying(Action.Clarify.class,
                c -> assertThat(c.choices()).extracting(FaqMatch::entryId).startsWith(REFUND.entryId())
                        .doesNotContain(LABEL.entryId()));
    }

    /**
     * Where its own words find the entry given among their closest, or the answer given states one of them ("post
     * office"), the follow-up asks of it: that entry again.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how do i get a label to send the parcel back | and where do i print the label out? | true
            fr | comment j'obtiens l'étiquette pour renvoyer le colis | et je l'imprime où cette étiquette ? | true
            en | how do i get a label to send the parcel back | and at the post office, will they print it for me? | false
            """)
    void aFollowUpWhoseOwnWordsFindTheEntryGivenStillGetsIt(String language, String first, String followUp,
                                                            boolean closest) {
        FakeSearch search = new FakeSearch().confident(lookup(language, first), LABEL)
                .unsure(lookup(language, followUp), REFUND, closest ? LABEL : INVOICE)
                .confident(lookup(language, first) + " " + lookup(language, followUp), LABEL, INVOICE);
        DialogueFlow flow = flow(search, language);
        flow.says(first);
        assertThat(flow.says(followUp).main()).as(followUp).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry().entryId()).isEqualTo(LABEL.entryId()));
    }

    /** While a person is awaited, "how long?" with a statement beside it is the wait: the acknowledgement alone. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | is it gonna be long? i'm on my lunch break
            de | dauert das noch lang? ich hab nur kurz mittagspause
            es | va a tardar mucho? estoy en mi hora de almuerzo
            fr | ça va être long ? je suis en pause déjeuner
            it | ci vuole tanto? sono in pausa pranzo
            pt | vai demorar muito? tô no intervalo do almoço
            nl | duurt het nog lang? ik heb maar even middagpauze
            """)
    void howLongBesideAStatementWhileWaitingIsTheWait(String language, String message) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confidentOtherwise(HOURS);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(lang).withHandoff(false));
        assertThat(flow.says(message).main()).as(message).isEqualTo(new Action.Acknowledge(false));
    }

    /** A second sentence that asks is a question of its own: answered while waiting, as before. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | is it gonna be long? and are you open on saturday?
            pt | vai demorar muito? e vocês abrem sábado?
            """)
    void howLongBesideAnotherQuestionLeavesThatQuestionAnswered(String language, String message) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confidentOtherwise(HOURS);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(lang).withHandoff(false));
        assertThat(flow.says(message).main()).as(message).isNotEqualTo(new Action.Acknowledge(false));
    }
}
