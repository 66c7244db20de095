package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set 19's two questions in one message of which one half was lost in the reply (issue 61), each class in the seven
 * shipped languages with sentences written for this test (fake retrieval scripted as the packaged bot read such
 * halves):
 * <ul>
 * <li>two marked questions, each near the FAQ but neither sure nor "did you mean" (en 10.2): one "did you mean" with
 * each half's closest entry among the first two, not the first half's entries alone;</li>
 * <li>a question asked by its words ("how long ...") joined by "and" to one the FAQ is sure of, with no question's
 * opening words after the "and" (en 9.2): the sure half answered, then the other half's closest entries, not the
 * whole message's choices;</li>
 * <li>counter-rows: a statement in place of the first question is read with the message whole, as before; by mail,
 * two near questions stay the mail's ticket.</li>
 * </ul>
 */
class SetNineteenTwoQuestionsTest {

    private static final FaqMatch DELETE = new FaqMatch(401, "How do I delete my account?", "Write to us.", 0.3);
    private static final FaqMatch RETURN = new FaqMatch(402, "How do I return an item?", "Within 30 days.", 0.3);
    private static final FaqMatch PHONE = new FaqMatch(403, "What is your phone number?", "0123 456.", 0.2);
    private static final FaqMatch PASSWORD = new FaqMatch(404, "How do I reset my password?", "Use the link.", 0.4);
    private static final FaqMatch ADDRESS = new FaqMatch(405, "How do I change my address?", "In your account.", 0.4);
    private static final FaqMatch EXPRESS = new FaqMatch(406, "Do you offer express shipping?", "Yes, 12 €.", 0.6);
    private static final FaqMatch COST = new FaqMatch(407, "How much does shipping cost?", "4.95 €.", 0.5);
    private static final FaqMatch DELIVERY = new FaqMatch(408, "How long does delivery take?", "2-4 days.", 0.5);

    /** Two marked questions near the FAQ, neither sure: each one's closest entry among the first two choices. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how do i shut my account down for good?          | and my password, how do i get a new one?
            de | wie lösche ich mein konto ganz und gar?          | und wie komm ich an ein neues passwort?
            fr | comment je ferme mon compte pour de bon?         | et pour un nouveau mot de passe je fais comment?
            it | come faccio a chiudere del tutto il mio account? | e la password nuova come la ottengo?
            es | cómo cierro mi cuenta para siempre?             | y la contraseña nueva cómo la saco?
            nl | hoe zeg ik mijn account helemaal op?            | en hoe krijg ik een nieuw wachtwoord?
            pt | como fecho a minha conta de vez?                 | e a senha nova como é que consigo?
            """)
    void twoNearQuestionsEachOfferTheirClosestEntry(String language, String first, String second) {
        String message = first + " " + second;
        FakeSearch search = new FakeSearch().far(lookup(language, first), DELETE, RETURN, PHONE)
                .far(lookup(language, Parts.withoutAnd(second, java.util.Locale.forLanguageTag(language))),
                        PASSWORD, ADDRESS, RETURN);
        Decision d = flow(search, language).says(message);
        List<Long> offered = offered(d.main());
        assertThat(offered.subList(0, Math.min(2, offered.size()))).as(message + " -> " + d.actions())
                .containsExactlyInAnyOrder(DELETE.entryId(), PASSWORD.entryId());
    }

    /** By mail, two marked questions near the FAQ stay the mail's ticket: no "did you mean" is mailed back. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how do i shut my account down for good? | and my password, how do i get a new one?
            de | wie lösche ich mein konto ganz und gar? | und wie komm ich an ein neues passwort?
            """)
    void byMailTwoNearQuestionsStayTheTicket(String language, String first, String second) {
        String message = first + " " + second;
        java.util.Locale lang = java.util.Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().far(lookup(language, first), DELETE, RETURN, PHONE)
                .far(lookup(language, Parts.withoutAnd(second, lang)), PASSWORD, ADDRESS, RETURN);
        DialogueState mail = new DialogueState(false, false, false, false, false, java.util.Optional.empty(),
                List.of(), java.util.Optional.empty(), lang, false, false, false);
        Decision d = new DialogueFlow(search, mail).says(message);
        assertThat(d.main()).as(message + " -> " + d.actions()).isNotInstanceOf(Action.Clarify.class);
    }

    /**
     * A near half that asks by its words, "and" a sure half that opens with no question's words: the sure half
     * answered, then the near half's closest entry first.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how long would it take to my aunt up in leeds        | and | rush delivery an option for that
            de | wie lange braucht das paket zu meiner tante nach kiel | u  | expressversand dafür möglich
            fr | combien de temps pour l'envoyer chez ma tante à lyon  | et | l'envoi express c'est faisable
            it | quanto ci vuole per mandarlo a mia zia a bari         | e  | la spedizione espressa si riesce
            es | cuánto tarda en llegar donde mi tía en sevilla        | y  | el envío urgente se paga aparte
            nl | hoelang duurt het naar mijn tante te gent             | en | express verzending is dat mogelijk
            pt | quanto tempo demora pra chegar na minha tia em braga  | e  | entrega expressa dá pra fazer
            """)
    void aNearQuestionBesideASureOneKeepsItsEntries(String language, String first, String and, String second) {
        String message = first + " " + and + " " + second;
        FakeSearch search = new FakeSearch().unsure(lookup(language, message), EXPRESS, COST, DELIVERY, ADDRESS)
                .far(lookup(language, first), DELIVERY, ADDRESS, COST).confident(lookup(language, second), EXPRESS);
        Decision d = flow(search, language).says(message);
        // a half whose own words name its entry ("how long ... take") is answered with it (HalfWords)
        if (answered(d).contains(DELIVERY.entryId())) {
            assertThat(answered(d)).as(message + " -> " + d.actions()).containsExactly(DELIVERY.entryId(),
                    EXPRESS.entryId());
            return;
        }
        assertThat(answered(d)).as(message + " -> " + d.actions()).containsExactly(EXPRESS.entryId());
        assertThat(offered(d.main())).as(message + " -> " + d.actions()).startsWith(DELIVERY.entryId())
                .doesNotContain(EXPRESS.entryId());
    }

    /** A statement, not a question, "and" a sure half: the message read whole, as before. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | my aunt lives up in leeds these days    | and | rush delivery an option for that
            de | meine tante wohnt jetzt oben bei kiel   | u   | expressversand dafür möglich
            fr | ma tante habite à lyon depuis l'été     | et  | l'envoi express c'est faisable
            it | mia zia abita a bari da un anno         | e   | la spedizione espressa si riesce
            es | mi tía vive en sevilla hace un año      | y   | el envío urgente se paga aparte
            nl | mijn tante woont sinds kort te gent     | en  | express verzending is dat mogelijk
            pt | a minha tia mora em braga faz um ano    | e   | entrega expressa dá pra fazer
            """)
    void aStatementBesideASureQuestionIsReadWhole(String language, String first, String and, String second) {
        String message = first + " " + and + " " + second;
        FakeSearch search = new FakeSearch().unsure(lookup(language, message), EXPRESS, COST, DELIVERY, ADDRESS)
                .far(lookup(language, first), DELIVERY, ADDRESS, COST).confident(lookup(language, second), EXPRESS);
        Decision d = flow(search, language).says(message);
        assertThat(answered(d)).as(message + " -> " + d.actions()).isEmpty();
        assertThat(offered(d.main())).as(message + " -> " + d.actions()).startsWith(EXPRESS.entryId());
    }

    private static List<Long> answered(Decision d) {
        return d.actions().stream().filter(Action.FaqAnswer.class::isInstance)
                .map(a -> ((Action.FaqAnswer) a).entry().entryId()).toList();
    }

    private static List<Long> offered(Action main) {
        return main instanceof Action.Clarify c ? c.choices().stream().map(FaqMatch::entryId).toList() : List.of();
    }
}
