package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question with an "and" that {@link LooseJoin} may split at ("the kettle I ordered last week and the lid is already
 * cracked") is answered in one step ({@link DialoguePolicy#prepare}) where the FAQ reads it as one question, with the
 * answer the decision gives it; where the FAQ reads two, it is left to the decision, which answers both. Sentences
 * written for this test, in the seven languages.
 */
class OneQuestionAfterAllTest {

    private static final FaqMatch FIRST = new FaqMatch(1, "My item arrived damaged", "Send us a photo.", 0.8);
    private static final FaqMatch SECOND = new FaqMatch(2, "Can I get a spare part?", "Yes, from the parts page.", 0.6);
    private static final FaqMatch THIRD = new FaqMatch(3, "How do I return an item?", "Go to My account.", 0.55);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | the kettle I ordered last week | and | the lid is already cracked
            de | der Wasserkocher von letzter Woche | und | der Deckel hat einen Riss
            fr | la bouilloire de la semaine dernière | et | le couvercle est déjà fêlé
            it | il bollitore della settimana scorsa | e | il coperchio è già crepato
            es | el hervidor de la semana pasada | y | la tapa ya está rota
            nl | de waterkoker van vorige week | en | het deksel is al gebarsten
            pt | a chaleira da semana passada | e | a tampa já está rachada
            """)
    void oneQuestionWithAnAndIsAnsweredInOneStepAsTheDecisionAnswersIt(String language, String left, String and,
                                                                         String right) {
        Locale lang = Locale.forLanguageTag(language);
        String text = left + " " + and + " " + right;
        // both halves read the whole's entry: one question
        FakeSearch search = new FakeSearch().confident(Cleanup.forLookup(text, lang), FIRST, SECOND, THIRD)
                .confident(Cleanup.forLookup(left, lang), FIRST, THIRD)
                .confident(Cleanup.forLookup(right, lang), FIRST, SECOND);
        DialoguePolicy policy = new DialoguePolicy(search, search, search, search.acts);

        DialoguePolicy.Prepared prepared = policy.prepare(text, lang);
        assertThat(prepared.retrieval()).as("looked up in the first step: " + text).isNotNull();
        assertThat(prepared.retrieval().best()).map(FaqMatch::entryId).contains(1L);

        Decision decided = new DialogueFlow(search, DialogueState.fresh(lang)).turn(
                new Incoming(Intent.QUESTION, text, null, prepared.retrieval()));
        assertThat(decided.actions()).as("the decision's answer, alone").hasSize(1);
        assertThat(decided.main()).isInstanceOf(Action.FaqAnswer.class);
        // answered at once where no page may name more of it (the German sentence names more than the entry)
        prepared.answer().ifPresent(answer -> assertThat(decided.main()).isEqualTo(answer));
        if (!language.equals("de")) {
            assertThat(prepared.answer()).as(text).isPresent();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | the kettle I ordered arrived damaged | and | can I buy a spare lid
            de | der bestellte Wasserkocher kam beschädigt | und | kann ich einen Ersatzdeckel kaufen
            fr | la bouilloire commandée est arrivée abîmée | et | puis-je acheter un couvercle de rechange
            it | il bollitore ordinato è arrivato danneggiato | e | posso comprare un coperchio di ricambio
            es | el hervidor pedido llegó dañado | y | puedo comprar una tapa de repuesto
            nl | de bestelde waterkoker kwam beschadigd aan | en | kan ik een los deksel kopen
            pt | a chaleira encomendada chegou danificada | e | posso comprar uma tampa de reposição
            """)
    void twoQuestionsWithAnAndAreLeftToTheDecision(String language, String left, String and, String right) {
        Locale lang = Locale.forLanguageTag(language);
        String text = left + " " + and + " " + right;
        FakeSearch search = new FakeSearch().confident(Cleanup.forLookup(text, lang), FIRST, SECOND, THIRD)
                .confident(Cleanup.forLookup(left, lang), FIRST, THIRD)
                .confident(Cleanup.forLookup(right, lang), SECOND, THIRD);
        DialoguePolicy policy = new DialoguePolicy(search, search, search, search.acts);

        DialoguePolicy.Prepared prepared = policy.prepare(text, lang);
        assertThat(prepared.answer()).as(text).isEmpty();
        assertThat(prepared.retrieval()).isNull();

        Decision decided = new DialogueFlow(search, DialogueState.fresh(lang)).turn(
                new Incoming(Intent.QUESTION, text, null, null));
        assertThat(decided.actions()).as("both questions answered").hasSizeGreaterThan(1);
    }
}
