package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set 26's two questions joined by an "and" where one half is sure of an entry and the other reads that same entry
 * first, though it asks a thing of its own (issue 61; nl 1.1's shape: "how do i report that and do i pay for it
 * myself?"): the two counted as one question and the other half was dropped in silence. Now the sure half's answer,
 * then the other half's own choices, less that entry, headed by its words. Sentences written for this test, seven
 * languages, scripted retrieval; counter-rows: a yes-or-no question beside the sure one ("do you take paypal and can
 * i pay in three instalments": a detail of the same entry), and an entry the whole message does not lean to.
 */
class SetTwentySixTwoQuestionsTest {

    private static final FaqMatch PAYS = new FaqMatch(931, "Which repairs do I pay for myself?", "Small ones.", 0.8);
    private static final FaqMatch REPORT = new FaqMatch(932, "How do I report a repair?", "Use the form.", 0.7);
    private static final FaqMatch DEPOSIT = new FaqMatch(933, "Do I pay a deposit?", "One month.", 0.6);
    private static final FaqMatch RENT = new FaqMatch(934, "When is the rent due?", "On the 1st.", 0.6);

    /** "the shower leaks, how do i report that and do i pay the repair myself": the payer, then reporting first. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | the shower is leaking, how do i report that | and | do i have to pay for the repair myself
            de | die dusche tropft, wie melde ich das | und | muss ich die reparatur selbst bezahlen
            fr | la douche fuit, comment je vous le signale | et | est-ce que je dois payer la réparation moi-même
            it | la doccia perde, come ve lo segnalo | e | devo pagare io la riparazione
            es | la ducha gotea, cómo os lo comunico | y | tengo que pagar yo la reparación
            nl | de douche lekt, hoe meld ik dat | en | moet ik de reparatie zelf betalen
            pt | o chuveiro está a pingar, como vos aviso | e | tenho de pagar eu a reparação
            """)
    void theHalfThatSharesTheSureEntryGetsItsOwnChoices(String language, String first, String and, String second) {
        String message = first + " " + and + " " + second;
        Decision d = flow(search(language, message, first, second, REPORT), language).says(message);
        assertThat(entries(d)).as(message + " -> " + d.actions()).startsWith(PAYS.entryId(), REPORT.entryId())
                .containsOnlyOnce(PAYS.entryId());
        assertThat(d.actions().get(0)).as(message).isInstanceOf(Action.FaqAnswer.class);
        assertThat(d.actions().get(d.actions().size() - 1)).as(message).isInstanceOfSatisfying(Action.Clarify.class,
                c -> assertThat(c.about()).isNotBlank());
    }

    /** The sure half first, the half that asks how or when after the "and". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | do i have to pay for the repair myself | and | how do i report it
            de | muss ich die reparatur selbst bezahlen | und | wie melde ich sie
            fr | est-ce que je dois payer la réparation moi-même | et | comment je la signale
            nl | moet ik de reparatie zelf betalen | en | hoe meld ik die
            """)
    void theOrderOfTheHalvesDoesNotMatter(String language, String first, String and, String second) {
        String message = first + " " + and + " " + second;
        FakeSearch search = new FakeSearch().confident(lookup(language, message), PAYS, REPORT, DEPOSIT)
                .confident(lookup(language, first), PAYS, DEPOSIT, RENT)
                .unsure(lookup(language, second), PAYS, REPORT, RENT)
                .unsure(lookup(language, and + " " + second), PAYS, REPORT, RENT);
        Decision d = flow(search, language).says(message);
        assertThat(entries(d)).as(message + " -> " + d.actions()).startsWith(PAYS.entryId(), REPORT.entryId())
                .containsOnlyOnce(PAYS.entryId());
    }

    /** "do you take paypal and can i pay in three instalments": a yes or a no of the same entry, one answer. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | the shower is leaking, can i report that online | and | do i have to pay for the repair myself
            de | die dusche tropft, kann ich das online melden | und | muss ich die reparatur selbst bezahlen
            fr | la douche fuit, je peux le signaler en ligne | et | est-ce que je dois payer la réparation moi-même
            it | la doccia perde, posso segnalarlo online | e | devo pagare io la riparazione
            es | la ducha gotea, puedo avisar por internet | y | tengo que pagar yo la reparación
            nl | de douche lekt, kan ik dat online melden | en | moet ik de reparatie zelf betalen
            pt | o chuveiro está a pingar, posso avisar pela internet | e | tenho de pagar eu a reparação
            """)
    void aYesOrNoQuestionOfTheSameEntryIsOneAnswer(String language, String first, String and, String second) {
        String message = first + " " + and + " " + second;
        Decision d = flow(search(language, message, first, second, REPORT), language).says(message);
        assertThat(entries(d)).as(message + " -> " + d.actions()).containsExactly(PAYS.entryId());
    }

    /** The other half's next entry is not among the whole message's closest: the sure answer alone. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | the shower is leaking, how do i report that | and | do i have to pay for the repair myself
            de | die dusche tropft, wie melde ich das | und | muss ich die reparatur selbst bezahlen
            it | la doccia perde, come ve lo segnalo | e | devo pagare io la riparazione
            pt | o chuveiro está a pingar, como vos aviso | e | tenho de pagar eu a reparação
            """)
    void anEntryTheWholeMessageDoesNotLeanToIsNotOffered(String language, String first, String and, String second) {
        String message = first + " " + and + " " + second;
        FakeSearch search = new FakeSearch().confident(lookup(language, message), PAYS, DEPOSIT, RENT)
                .unsure(lookup(language, first), PAYS, REPORT, RENT)
                .confident(lookup(language, second), PAYS, DEPOSIT, RENT);
        Decision d = flow(search, language).says(message);
        assertThat(entries(d)).as(message + " -> " + d.actions()).containsExactly(PAYS.entryId());
    }

    private static FakeSearch search(String language, String message, String first, String second, FaqMatch own) {
        return new FakeSearch().confident(lookup(language, message), PAYS, own, DEPOSIT)
                .unsure(lookup(language, first), PAYS, own, RENT)
                .confident(lookup(language, second), PAYS, DEPOSIT, RENT);
    }

    private static List<Long> entries(Decision d) {
        return SetTwentyTwoTwoQuestionsTest.entries(d);
    }
}
