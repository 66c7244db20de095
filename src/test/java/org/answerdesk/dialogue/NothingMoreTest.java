package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A follow-up that tells rather than asks ("its been a week" after the double-charge answer, "tried paypal too same
 * thing") and reads as the topic's entry again never gets that answer word for word a second time: the bot says that
 * is all its answers hold and offers a person, whom a "yes" then calls. A follow-up that asks of the same entry ("and
 * how long does that take?") still gets it.
 */
class NothingMoreTest {

    private static final FaqMatch CHARGED = new FaqMatch(81, "I was charged twice", "Often a second charge is a "
            + "temporary authorisation your bank releases within 3-5 business days.", 0.9);
    private static final FaqMatch OTHER = new FaqMatch(82, "Payment methods", "Cards, PayPal, Klarna.", 0.5);

    private static final String CASES = """
            en | I was charged twice for my order            | its been a week                    | ok and how long does that take?      | yes
            de | Mir wurde die Bestellung doppelt abgebucht    | und darauf warte ich seit einer woche | und wie lange dauert das?            | ja
            es | Me cobraron dos veces el pedido               | ya paso una semana                 | ¿y cuánto tarda eso?                 | sí
            fr | On m'a débité deux fois ma commande           | ça fait une semaine déjà           | et ça prend combien de temps ?       | oui
            it | Mi avete addebitato due volte l'ordine        | allora è gia passata una settimana | e quanto ci vuole?                   | sì
            pt | Cobraram-me duas vezes a encomenda            | isso ja foi ha uma semana          | e quanto tempo demora?               | sim
            nl | Ik heb twee keer betaald voor mijn bestelling | het is al een week geleden         | en hoe lang duurt dat?               | ja
            """;

    private static DialogueFlow afterTheAnswer(String language, String first, String followUp) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confident(Cleanup.forLookup(first, lang), CHARGED)
                .unsure(Cleanup.forLookup(followUp, lang), OTHER)
                .confident(Cleanup.forLookup(first, lang) + " " + Cleanup.forLookup(followUp, lang), CHARGED, OTHER);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(lang));
        assertThat(flow.says(first).main()).as(first).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry()).isEqualTo(CHARGED));
        return flow;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = CASES)
    void aFollowUpThatTellsGetsThePersonNotTheSameAnswerAgain(String language, String first, String tells,
                                                              String asks, String yes) {
        DialogueFlow flow = afterTheAnswer(language, first, tells);
        assertThat(flow.says(tells).main()).as(tells)
                .isEqualTo(new Action.OfferPerson(Action.OfferPerson.Why.NOTHING_MORE));
        assertThat(flow.says(yes).main()).as(yes).isInstanceOf(Action.Handoff.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = CASES)
    void aFollowUpThatAsksOfTheEntryGetsItAgain(String language, String first, String tells, String asks,
                                                String yes) {
        DialogueFlow flow = afterTheAnswer(language, first, asks);
        assertThat(flow.says(asks).main()).as(asks).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry()).isEqualTo(CHARGED));
    }
}
