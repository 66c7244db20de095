package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set 24's two questions joined by an "and" whose halves the FAQ is sure of neither while the whole message is sure
 * of the entry one half asks (issue 61; en 9.3 "if its already on the way, is sending it back free and how do i do
 * it"): the whole message's answer stood for both and the other half was dropped with no pointer. Now the answer,
 * then the other half's choices. Sentences written for this test, seven languages, scripted retrieval; counter-rows:
 * a statement before the "and", a half the whole message does not lean to, one question with a comma, "X or Y?".
 */
class SetTwentyFourTwoQuestionsTest {

    private static final FaqMatch STEPS = new FaqMatch(901, "How do I return an item?", "Print the label.", 0.8);
    private static final FaqMatch POLICY = new FaqMatch(902, "What is your return policy?", "30 days, free.", 0.7);
    private static final FaqMatch ACCOUNT = new FaqMatch(903, "How do I create an account?", "Sign up.", 0.6);
    private static final FaqMatch SHIPPING = new FaqMatch(904, "How much is shipping?", "4.95.", 0.6);

    /** "if it has left already, is the return free and how do i send it back": the steps, then the policy first. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | if the parcel has left already, is the return postage free | and | how do i send it back
            de | falls das paket schon unterwegs ist, ist die rücksendung kostenlos | und | wie schicke ich es zurück
            fr | si le colis est déjà parti, est-ce que le retour est gratuit | et | comment je le renvoie
            it | se il pacco è già partito, è gratuito il reso | e | come lo rimando indietro
            es | si el paquete ya salió, es gratis la devolución | y | cómo lo devuelvo
            nl | als het pakket al onderweg is, is terugsturen gratis | en | hoe stuur ik het terug
            pt | se a encomenda já saiu, é grátis a devolução | e | como a devolvo
            """)
    void theHalfTheWholeMessageDoesNotAnswerGetsItsChoices(String language, String first, String and,
                                                          String second) {
        String message = first + " " + and + " " + second;
        FakeSearch search = new FakeSearch().confident(lookup(language, message), STEPS, ACCOUNT, POLICY)
                .unsure(lookup(language, first), POLICY, SHIPPING, ACCOUNT)
                .unsure(lookup(language, second), ACCOUNT, STEPS, SHIPPING);
        Decision d = flow(search, language).says(message);
        assertThat(entries(d)).as(message + " -> " + d.actions()).startsWith(STEPS.entryId(), POLICY.entryId());
        assertThat(d.actions().get(0)).as(message).isInstanceOf(Action.FaqAnswer.class);
    }

    /**
     * While the customer waits for a person (set 24 en 9.3 came after a handoff): the answer stays beside the
     * acknowledgement that carries the other half's choices.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | if the parcel has left already, is the return postage free | and | how do i send it back
            de | falls das paket schon unterwegs ist, ist die rücksendung kostenlos | und | wie schicke ich es zurück
            es | si el paquete ya salió, es gratis la devolución | y | cómo lo devuelvo
            pt | se a encomenda já saiu, é grátis a devolução | e | como a devolvo
            """)
    void whileWaitingForAPersonTheAnswerStaysBesideTheChoices(String language, String first, String and,
                                                             String second) {
        String message = first + " " + and + " " + second;
        FakeSearch search = new FakeSearch().confident(lookup(language, message), STEPS, ACCOUNT, POLICY)
                .unsure(lookup(language, first), POLICY, SHIPPING, ACCOUNT)
                .unsure(lookup(language, second), ACCOUNT, STEPS, SHIPPING);
        DialogueState waiting = DialogueState.fresh(java.util.Locale.forLanguageTag(language)).withHandoff(false);
        Decision d = new DialogueFlow(search, waiting).says(message);
        assertThat(d.actions()).as(message + " -> " + d.actions()).hasSize(2);
        assertThat(d.actions().get(0)).as(message).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry().entryId()).isEqualTo(STEPS.entryId()));
        assertThat(d.actions().get(1)).as(message).isInstanceOfSatisfying(Action.Acknowledge.class,
                a -> assertThat(a.choices()).first().extracting(FaqMatch::entryId).isEqualTo(POLICY.entryId()));
    }

    /** "i bought the kettle last week and can i still send it back": a statement and its question, one answer. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | i bought the blue kettle last week | and | can i still send it back
            de | ich habe letzte woche den blauen wasserkocher gekauft | und | kann ich ihn noch zurückschicken
            fr | j'ai acheté la bouilloire bleue la semaine dernière | et | je peux encore la renvoyer
            it | ho comprato il bollitore blu la settimana scorsa | e | posso ancora rimandarlo
            es | compré el hervidor azul la semana pasada | y | puedo devolverlo todavía
            nl | ik heb vorige week de blauwe waterkoker gekocht | en | kan ik hem nog terugsturen
            pt | comprei a chaleira azul na semana passada | e | posso ainda devolvê-la
            """)
    void aStatementBeforeTheAndStaysWithItsQuestion(String language, String first, String and, String second) {
        String message = first + " " + and + " " + second;
        FakeSearch search = new FakeSearch().confident(lookup(language, message), STEPS, ACCOUNT, POLICY)
                .unsure(lookup(language, first), POLICY, SHIPPING, ACCOUNT)
                .unsure(lookup(language, second), ACCOUNT, STEPS, SHIPPING);
        Decision d = flow(search, language).says(message);
        assertThat(entries(d)).as(message + " -> " + d.actions()).containsExactly(STEPS.entryId());
    }

    /** The other half's best is none of the whole message's closest: the whole's answer alone. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | if the parcel has left already, is the return postage free | and | how do i send it back
            de | falls das paket schon unterwegs ist, ist die rücksendung kostenlos | und | wie schicke ich es zurück
            it | se il pacco è già partito, è gratuito il reso | e | come lo rimando indietro
            pt | se a encomenda já saiu, é grátis a devolução | e | como a devolvo
            """)
    void aHalfTheWholeMessageDoesNotLeanToGetsNothing(String language, String first, String and, String second) {
        String message = first + " " + and + " " + second;
        FakeSearch search = new FakeSearch().confident(lookup(language, message), STEPS, ACCOUNT, SHIPPING)
                .unsure(lookup(language, first), POLICY, SHIPPING, ACCOUNT)
                .unsure(lookup(language, second), ACCOUNT, STEPS, SHIPPING);
        Decision d = flow(search, language).says(message);
        assertThat(entries(d)).as(message + " -> " + d.actions()).containsExactly(STEPS.entryId());
    }

    /** One question with a comma, or "X or Y?": one need, one answer, whatever its pieces would find. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | if it has left already, how do i send it back
            de | wenn es schon unterwegs ist, wie schicke ich es zurück
            fr | s'il est déjà parti, comment je le renvoie
            es | si ya salió, cómo lo devuelvo
            en | do you refund to my card or as a voucher?
            de | erstattet ihr aufs konto oder als gutschein?
            it | rimborsate sulla carta o con un buono?
            nl | storten jullie terug op de kaart of als tegoedbon?
            """)
    void oneQuestionIsOneAnswer(String language, String message) {
        FakeSearch search = new FakeSearch().confident(lookup(language, message), STEPS, POLICY, ACCOUNT)
                .unsureOtherwise(POLICY, ACCOUNT, SHIPPING);
        Decision d = flow(search, language).says(message);
        assertThat(entries(d)).as(message + " -> " + d.actions()).containsExactly(STEPS.entryId());
    }

    /**
     * "e se viene anche mia sorella di 12 anni?" (set 22 it 1.2's shape): split at "anche", the half before it is
     * "and" and two words, no question of its own, though the FAQ offers it choices: one answer.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            it | e se viene anche mia sorella di 12 anni?
            pt | e se vier também a minha irmã de 12 anos?
            es | y si viene también mi hermana de 12 años?
            """)
    void aHalfOfAnAndAndTwoWordsAsksNothing(String language, String message) {
        List<String> halves = LooseJoin.splits(message, java.util.Locale.forLanguageTag(language)).get(0);
        FakeSearch search = new FakeSearch().confident(lookup(language, message), STEPS, ACCOUNT, POLICY)
                .unsure(lookup(language, halves.get(0)), POLICY, SHIPPING, ACCOUNT)
                .unsure(lookup(language, halves.get(1)), ACCOUNT, STEPS, SHIPPING);
        Decision d = flow(search, language).says(message);
        assertThat(entries(d)).as(message + " " + halves + " -> " + d.actions()).containsExactly(STEPS.entryId());
    }

    private static List<Long> entries(Decision d) {
        return SetTwentyTwoTwoQuestionsTest.entries(d);
    }
}
