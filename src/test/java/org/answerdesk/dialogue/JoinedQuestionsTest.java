package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two questions typed as one sentence, no question mark between them (issue 61; set 13's fr 7.3 "vous vendez des verres
 * trempés et vous prenez payconiq" got one answer, es 6.2, nl 6.2, pt 6.2 the choices of both entries): both answers,
 * in order, where each part finds an entry of its own and one of them is confident. New sentences, seven languages.
 */
class JoinedQuestionsTest {

    private static final FaqMatch LOCKS = new FaqMatch(31, "Do you sell locks?", "Yes, from 19 €.", 0.7);
    private static final FaqMatch PAYMENT = new FaqMatch(32, "How can I pay?", "Cards, Apple Pay, cash.", 0.7);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | do you sell bike locks and can i pay with apple pay            | do you sell bike locks          | can i pay with apple pay
            de | verkauft ihr fahrradschlösser und kann ich mit apple pay zahlen | verkauft ihr fahrradschlösser    | kann ich mit apple pay zahlen
            es | venden candados pa la bici y aceptan apple pay                 | venden candados pa la bici      | aceptan apple pay
            fr | vous vendez des antivols et vous prenez apple pay              | vous vendez des antivols        | vous prenez apple pay
            it | vendete lucchetti per bici e accettate apple pay               | vendete lucchetti per bici      | accettate apple pay
            pt | vendem cadeados para bicicleta e aceitam apple pay             | vendem cadeados para bicicleta  | aceitam apple pay
            nl | verkopen jullie fietssloten en kan ik met apple pay betalen    | verkopen jullie fietssloten     | kan ik met apple pay betalen
            """)
    void twoQuestionsInOneSentenceGetBothAnswers(String language, String message, String first, String second) {
        FakeSearch search = new FakeSearch().unsure(lookup(language, message), LOCKS, PAYMENT)
                .confident(lookup(language, first), LOCKS, PAYMENT)
                .confident(lookup(language, second), PAYMENT, LOCKS);
        Decision d = new DialogueFlow(search, DialogueState.fresh(Locale.forLanguageTag(language))).says(message);
        assertThat(Parts.joined(message, Locale.forLanguageTag(language))).containsExactly(first, second);
        assertThat(d.actions()).as(message).hasSize(2);
        assertThat(((Action.FaqAnswer) d.actions().get(0)).entry()).isEqualTo(LOCKS);
        assertThat(d.main()).isInstanceOfSatisfying(Action.FaqAnswer.class, a -> assertThat(a.entry()).isEqualTo(PAYMENT));
    }

    /** Both parts closest to the same entry: one question, decided whole ("do you sell locks and can I try one"). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | do you sell bike locks and can i try one in the shop  | do you sell bike locks | can i try one in the shop
            fr | vous vendez des antivols et je peux en essayer un      | vous vendez des antivols | je peux en essayer un
            """)
    void partsOfOneEntryStayOneQuestion(String language, String message, String first, String second) {
        FakeSearch search = new FakeSearch().unsure(lookup(language, message), LOCKS, PAYMENT)
                .confident(lookup(language, first), LOCKS, PAYMENT)
                .unsure(lookup(language, second), LOCKS, PAYMENT);
        Decision d = new DialogueFlow(search, DialogueState.fresh(Locale.forLanguageTag(language))).says(message);
        assertThat(d.actions()).as(message).hasSize(1);
        assertThat(d.main()).isInstanceOf(Action.Clarify.class);
    }
}
