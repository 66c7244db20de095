package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.main;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A complaint that calls it theft, or a demand for one's money back (issue 61): the apology and the offer of a
 * person, not "did you mean" choices; the order number and name that follow the offer take it up, as a yes does,
 * and the conversation goes to a person with them. New sentences in every shipped language.
 */
class ComplaintLanguagesTest {

    private static final FaqMatch CANCELLING = new FaqMatch(91, "How do I cancel?", "Cancel in your account.", 0.4);
    private static final FaqMatch PAYING = new FaqMatch(92, "How can I pay?", "Card or PayPal.", 0.35);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | i paid for express and it came a week late. i want my money back | order 55821, name Baker
            de | Die Pizza kam kalt an, ich will mein Geld zurück                   | Bestellung 55821, Name Keller
            es | Llegó tarde y fría. Exijo un reembolso                             | pedido 55821, a nombre de García
            fr | 80 € de frais d'annulation, c'est du vol                           | commande 55821, au nom de Martin
            it | la consegna è costata il doppio, è un furto                        | ordine 55821, a nome Bianchi
            pt | cobraram duas vezes, quero o meu dinheiro de volta                 | pedido 55821, em nome de Souza
            nl | twee keer betaald, ik wil mijn geld terug                          | bestelling 55821, op naam van Jansen
            """)
    void aComplaintGetsTheApologyAndTheOfferAndItsDetailsGoToAPerson(String language, String complaint,
                                                                     String details) {
        Locale lang = Locale.forLanguageTag(language);
        String lookup = Cleanup.forLookup(Acts.read(complaint, lang).question(), lang);
        FakeSearch search = new FakeSearch().unsure(lookup, CANCELLING, PAYING);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));

        Decision upset = flow.says(complaint);
        assertThat(main(upset, Action.OfferPerson.class).apologising()).as("sorry first").isTrue();
        assertThat(upset.angry()).isTrue();
        assertThat(flow.state().personOffered()).isTrue();

        Decision handed = flow.says(details);
        assertThat(handed.main()).as("the details take up the offer").isEqualTo(Action.Handoff.asked());
        assertThat(flow.state().handedOver()).isTrue();
    }
}
