package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A statement of a need joined by an "and" to a question after it ({@link TellsNeed}, issue 61): where the statement
 * is confident of an entry of its own and the whole message reads that entry first, the question after the "and" is
 * not dropped under the statement's answer: the statement's entry, then the question's own choices. Sentences written
 * for this test, seven languages, scripted retrieval. Counter-rows: a statement the FAQ is not sure of, or one the
 * whole message does not read first, stays the question's context.
 */
class TellsNeedTest {

    private static final FaqMatch NEED = new FaqMatch(981, "Do you rent out child seats?", "Yes, 5 € a day.", 0.8);
    private static final FaqMatch OWN = new FaqMatch(982, "What does a van cost?", "From 60 € a day.", 0.5);
    private static final FaqMatch RIVAL = new FaqMatch(983, "What does a scooter cost?", "From 30 € a day.", 0.4);

    /** "we also need a child seat for our girl, and what is a van for a week?": the need, then the question. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | we will want a child seat for our little girl as well, | and | what would a van cost for a whole week?
            de | wir bräuchten noch einen kindersitz für die kleine,       | und | was kostet ein transporter für eine woche?
            fr | il nous faudrait aussi un siège enfant pour la petite,     | et  | combien coûte une camionnette pour la semaine?
            it | ci vorrebbe anche un seggiolino per la bimba,             | e   | quanto costa un furgone per una settimana?
            es | nos haría falta también una sillita para la nena,         | y   | cuánto cuesta una furgoneta por una semana?
            nl | we hebben ook een kinderzitje nodig voor de kleine,       | en  | wat kost een busje voor een hele week?
            pt | precisamos também de uma cadeirinha para a pequena,      | e   | quanto custa uma carrinha por uma semana?
            """)
    void theNeedIsAnsweredAndTheQuestionGetsItsChoices(String language, String told, String and, String asked) {
        String message = told + " " + and + " " + asked;
        FakeSearch search = new FakeSearch().confident(lookup(language, message), NEED, RIVAL, OWN)
                .confident(lookup(language, told), NEED, RIVAL)
                .confident(lookup(language, bare(told)), NEED, RIVAL)
                .unsure(lookup(language, asked), OWN, RIVAL);
        Decision d = flow(search, language).says(message);
        assertThat(d.actions()).as(message + " -> " + d.actions()).hasSize(2);
        assertThat(d.actions().get(0)).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry().entryId()).isEqualTo(NEED.entryId()));
        // the question's own entry: its choices, that entry first, or its answer where its words name it (HalfWords)
        Action second = d.actions().get(1);
        assertThat(second instanceof Action.Clarify c ? c.choices().get(0).entryId()
                : ((Action.FaqAnswer) second).entry().entryId()).as(message).isEqualTo(OWN.entryId());
    }

    /**
     * The statement is the question's case: the FAQ is not sure of it alone (en, fr, es), or the whole message reads
     * the question's entry first (de, it, pt): the whole message's answer, one entry.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | false | my sister is coming over from dublin in june, | and | what would a van cost for a whole week?
            fr | false | ma soeur vient de lyon au mois de juin,        | et  | combien coûte une camionnette pour la semaine?
            es | false | mi hermana viene de lima en el mes de junio,   | y   | cuánto cuesta una furgoneta por una semana?
            de | true  | wir bräuchten noch einen kindersitz für die kleine, | und | was kostet ein transporter für eine woche?
            it | true  | ci vorrebbe anche un seggiolino per la bimba,  | e   | quanto costa un furgone per una settimana?
            pt | true  | precisamos também de uma cadeirinha para a pequena, | e | quanto custa uma carrinha por uma semana?
            """)
    void aStatementOfTheCaseStaysWithItsQuestion(String language, boolean sureOfIt, String told, String and,
                                                  String asked) {
        String message = told + " " + and + " " + asked;
        FakeSearch search = new FakeSearch();
        if (sureOfIt) {
            search.confident(lookup(language, message), OWN, NEED, RIVAL).confident(lookup(language, told), NEED)
                    .confident(lookup(language, bare(told)), NEED).unsure(lookup(language, asked), OWN, RIVAL);
        } else {
            search.confident(lookup(language, message), NEED, OWN, RIVAL).unsure(lookup(language, told), RIVAL, NEED)
                    .unsure(lookup(language, bare(told)), RIVAL, NEED)
                    .unsure(lookup(language, asked), OWN, RIVAL);
        }
        Decision d = flow(search, language).says(message);
        assertThat(answered(d)).as(message + " -> " + d.actions()).hasSize(1);
        assertThat(d.actions()).as(message).noneMatch(Action.Clarify.class::isInstance);
    }

    /** The statement less its comma, as a split before a question's opening words reads it. */
    private static String bare(String told) {
        return told.substring(0, told.length() - 1);
    }

    private static List<Long> answered(Decision d) {
        return d.actions().stream().filter(Action.FaqAnswer.class::isInstance)
                .map(a -> ((Action.FaqAnswer) a).entry().entryId()).toList();
    }
}
