package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Set 14's classes (issue 61; docs/dialogue.md, "Set 14's acts in dialect and slang"), in new sentences in every
 * shipped language: "are you a bot" with regional forms of "you" and "person", a request for a person or a callback
 * in slang, a thanks or goodbye in dialect, a push-back or a typed rejection in slang (the second in a row hands
 * over), anger said with swearing or intensifiers (with the answer when the FAQ is confident), and questions that
 * merely hold "person" or "computer", which stay questions. {@code conversation-acts-dev4.tsv} was tuned on and must
 * pass; {@code conversation-acts-heldout4.tsv} never was, and is held to the floors measured after the change.
 */
class SetFourteenClassesTest {

    /**
     * Held-out rows read right per language (of 21, en of 22) after the change, measured once: main's code before it
     * read en 11, de 13, es 16, fr 16, it 16, nl 15, pt 16 (103 of 148); after, 130.
     */
    private static final Map<String, Integer> HELD_OUT_FLOOR = Map.of("en", 14, "de", 15, "es", 21, "fr", 20, "it",
            21, "pt", 20, "nl", 19);

    static Stream<ConversationActsTest.Row> dev() throws IOException {
        return ConversationActsTest.rows("dev4").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev")
    void eachDevelopmentRowGetsTheOutcomeOfItsClass(ConversationActsTest.Row row) {
        assertThat(ConversationActsTest.wrong(row)).as(row.toString()).isNull();
    }

    @Test
    void theHeldOutRowsReadNoWorseThanWhenMeasured() throws IOException {
        ConversationActsTest.assertHeldOutFloors("heldout4", HELD_OUT_FLOOR);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | where is my order | nah that's not it pal | ye still don't get it, there has to be another way
            de | Wo ist meine Bestellung? | na, des is ned des wos i moan | du vastehst mi ned, des muass doch anders a geh
            fr | Où est ma commande ? | ben non, c'est pas ça pantoute | t'as rien compris, ça doit se faire autrement
            it | Dov'è il mio ordine? | no, nun è chello ca vulevo | nun hai capito niente, ci dev'essere n'atu modo
            es | ¿Dónde está mi pedido? | no pisha, no es eso | que no, que no me entiendes, tiene que haber otra forma
            pt | Onde está a minha encomenda? | num é isso não sô | ah não, cê num entendeu nada, num resolveu
            nl | Waar is mijn bestelling? | nee, da is het ni | nee ge verstaat mij ni, da moet anders kunnen
            """)
    void theSecondPushBackInSlangHandsOver(String language, String question, String first, String second) {
        DialogueFlow.pushedBackTwice(language, question, first, second);
    }

    private static final FaqMatch CHARGED = new FaqMatch(81, "I was charged twice", "We refund the double charge.", 0.9);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | totally livid. ye charged me TWICE for one order
            de | a so a sauerei!!! zwoamoi abbucht für oa bestellung
            fr | crisse, vous m'avez chargé deux fois pour une commande
            it | so' incazzato nero, m'avete addebbitato du' vorte
            es | estoy que trino, me cobraron dos veces el mismo pedido
            pt | tô mó puto, cobraram duas vezes o mesmo pedido
            nl | ik ben woest, ge hebt twee keer afgerekend voor één bestelling
            """)
    void angerInSlangWithAProblemTheFaqCoversGetsTheApologyAndTheAnswer(String language, String message) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confidentOtherwise(CHARGED, FakeSearch.ORDER);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));

        Decision d = flow.says(message);
        assertThat(d.angry()).as(message).isTrue();
        var offer = DialogueFlow.main(d, Action.OfferPerson.class);
        assertThat(offer.apologising()).isTrue();
        assertThat(offer.answer()).isNotNull();
        assertThat(offer.answer().entry()).isEqualTo(CHARGED);
    }

    private static final FaqMatch PER_PERSON = new FaqMatch(82, "What does it cost per person?", "€20 a head.", 0.9);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | is the price per person or for the whole table?
            en | does the computer desk come with screws?
            de | kann eine andere Person für mich abholen?
            fr | est-ce que l'ordinateur portable est inclus?
            it | il prezzo è a persona o a tavolo?
            es | se puede pagar con el computador de la oficina?
            pt | o valor é por pessoa ou por mesa?
            nl | is de prijs per persoon of per groep?
            """)
    void aQuestionTheFaqCoversThatHoldsAPersonOrAComputerGetsItsEntry(String language, String question) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confidentOtherwise(PER_PERSON);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));

        assertThat(flow.says(question).main()).as(question).isInstanceOf(Action.FaqAnswer.class);
    }
}
