package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set 18's two questions in one message of which one half was lost (issue 61), each class in the seven shipped
 * languages with sentences written for this test (fake retrieval scripted as the packaged bot read such halves):
 * <ul>
 * <li>a colloquial "and" between two questions (fr 1.1, 2.2, 4.1, 7.1: Quebec "pis"), with or without a question
 * mark before it: split there, both answered. The word was new in fr ("pis", "pi"), en ("nd") and nl ("enne"); the
 * rows of de, es, it and pt use words their lexicons knew already and pass on main too;</li>
 * <li>a statement joined to a question by "and" ("my son turns 8 in march and do you have gloves in kids sizes?"):
 * context for the question, never a question of its own, even where its words alone are sure of an entry;</li>
 * <li>counter-rows: a report that is a sentence of its own, and two halves neither of which shows that it asks, are
 * split as before and left to the FAQ.</li>
 * </ul>
 */
class SetEighteenTwoQuestionsTest {

    private static final FaqMatch PRICE = new FaqMatch(301, "How much is a service?", "12 € a pair.", 0.7);
    private static final FaqMatch BOOKING = new FaqMatch(302, "Do I need an appointment?", "No, walk in.", 0.6);
    private static final FaqMatch HOURS = new FaqMatch(303, "When are you open?", "Mon-Sat 9-18.", 0.5);
    private static final FaqMatch KIDS = new FaqMatch(304, "Do you have kids' sizes?", "Yes, from size 24.", 0.5);
    private static final FaqMatch BIRTHDAY = new FaqMatch(305, "Do you do birthday parties?", "Yes, on Saturdays.",
            0.4);
    private static final FaqMatch GUEST = new FaqMatch(306, "Can I order without an account?", "Yes, as a guest.",
            0.5);
    private static final FaqMatch CODE = new FaqMatch(307, "Why is my discount code not working?", "Check it.", 0.5);

    /** Two questions typed as one sentence, a colloquial "and" between them: split there, both answered. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fr | ça coûte combien pour les lames    | pis | faut tu réserver une place avant
            fr | combien ça coûte un affûtage       | pi  | vous êtes ouverts le dimanche matin
            en | how much do you charge for a pair  | nd  | do i need to book a slot first
            nl | wat kost da voor een paar schaatsen | enne | moet ik op voorhand reserveren
            de | was kostet das schleifen pro paar  | u   | muss ich vorher einen termin ausmachen
            es | cuánto cobran por afilar un par    | y   | hay que pedir turno antes
            it | quanto costa affilare un paio      | e   | bisogna prenotare prima
            pt | quanto custa afiar um par          | e   | tem que marcar horário antes
            """)
    void aColloquialAndSplitsTwoQuestions(String language, String first, String and, String second) {
        String message = first + " " + and + " " + second;
        FakeSearch search = new FakeSearch().unsure(lookup(language, message), BOOKING, PRICE, HOURS)
                .confident(lookup(language, first), PRICE).confident(lookup(language, second), BOOKING);
        Decision d = flow(search, language).says(message);
        assertThat(answered(d)).as(message + " -> " + d.actions())
                .containsExactly(PRICE.entryId(), BOOKING.entryId());
    }

    /** A question, its question mark, then a colloquial "and" and a second question without one: both answered. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fr | vous faites tu des prix pour les clubs? | pis | je peux tu payer par virement
            fr | vous louez tu des patins pour la soirée? | pi | c'est ouvert jusqu'à quelle heure le vendredi
            en | do you do prices for whole clubs?       | nd  | can i pay by bank transfer
            nl | doen jullie prijzen voor clubs?         | enne | kan ik betalen met een overschrijving
            de | habt ihr preise für ganze vereine?      | u   | kann ich per überweisung zahlen
            es | hacen precio para clubes enteros?       | y   | puedo pagar por transferencia
            it | fate prezzi per le società sportive?    | e   | posso pagare con un bonifico
            pt | vocês fazem preço pra clube inteiro?    | e   | posso pagar por transferência
            """)
    void aQuestionMarkThenAColloquialAndSplitsTwoQuestions(String language, String first, String and,
                                                          String second) {
        String message = first + " " + and + " " + second;
        FakeSearch search = new FakeSearch().confident(lookup(language, message), PRICE, BOOKING)
                .confident(lookup(language, first), PRICE).confident(lookup(language, second), BOOKING);
        Decision d = flow(search, language).says(message);
        assertThat(answered(d)).as(message + " -> " + d.actions())
                .containsExactly(PRICE.entryId(), BOOKING.entryId());
    }

    /**
     * A statement joined to a question by "and": context for the question, one answer, though its words alone are
     * sure of an entry of their own (the birthday entry for "my son turns 8").
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | my son turns 8 next march           | and | do you have gloves in kids sizes?
            de | mein sohn wird im märz acht         | und | habt ihr handschuhe in kindergrößen?
            es | mi hijo cumple 8 años en marzo      | y   | tienen guantes de niño?
            fr | mon garçon va avoir 8 ans en mars   | et  | vous avez des gants pour enfants?
            it | mio figlio compie 8 anni a marzo    | e   | avete guanti per bambini?
            pt | meu filho faz 8 anos em março       | e   | vocês têm luvas de criança?
            nl | mijn zoon wordt 8 in maart          | en  | hebben jullie handschoenen in kindermaten?
            """)
    void aStatementJoinedToAQuestionIsItsContext(String language, String statement, String and, String question) {
        String message = statement + " " + and + " " + question;
        FakeSearch search = new FakeSearch().confident(lookup(language, message), KIDS, BIRTHDAY, HOURS)
                .confident(lookup(language, statement), BIRTHDAY).confident(lookup(language, question), KIDS);
        Decision d = flow(search, language).says(message);
        assertThat(answered(d)).as(message + " -> " + d.actions()).containsExactly(KIDS.entryId());
    }

    /** A report that is a sentence of its own, then "and" and a question: both read, as before. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | the code from your mail says invalid. | and | can i check out as a guest next time?
            fr | le code de votre courriel marche pas. | et  | je peux commander sans compte la prochaine fois?
            """)
    void aReportOfItsOwnIsStillSplit(String language, String report, String and, String question) {
        String message = report + " " + and + " " + question;
        FakeSearch search = new FakeSearch().unsure(lookup(language, message), GUEST, CODE, HOURS)
                .confident(lookup(language, report), CODE).confident(lookup(language, question), GUEST);
        Decision d = flow(search, language).says(message);
        assertThat(answered(d)).as(message + " -> " + d.actions()).containsExactly(CODE.entryId(), GUEST.entryId());
    }

    private static List<Long> answered(Decision d) {
        return d.actions().stream().filter(Action.FaqAnswer.class::isInstance)
                .map(a -> ((Action.FaqAnswer) a).entry().entryId()).toList();
    }
}
