package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.main;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question of its own after a reply that answered nothing, in every shipped language (issue 61, Wanted 1: "never
 * twice about the same question", per question, not per conversation). After a miss, a second question that names
 * other things gets its own first miss (the offer of a person, no ticket); the same question missed again opens the
 * ticket. After the apology to an angry customer, a calm question of its own gets its own choices where they fit it
 * (they name what it names), not a ticket. New
 * sentences, not the judged conversations'.
 */
class OwnQuestionLanguagesTest {

    private static final String ROWS = """
            en | do you restore old copper kettles            | can you engrave a name on the chopping boards         | my card got declined AGAIN 😡            | can i get the invoice sent to my company address? | Can I get an invoice?
            de | restaurieren Sie alte Kupferkessel           | können Sie einen Namen in die Schneidebretter gravieren | meine Karte wurde schon wieder abgelehnt 😡 | kann ich die Rechnung an meine Firmenadresse bekommen? | Bekomme ich eine Rechnung?
            fr | vous restaurez les vieilles bouilloires en cuivre ? | vous pouvez graver un prénom sur les planches à découper ? | ma carte est encore refusée 😡 | je peux recevoir la facture à l'adresse de ma société ? | Puis-je avoir une facture ?
            it | restaurate vecchi bollitori di rame?          | potete incidere un nome sui taglieri?                  | la mia carta è rifiutata di nuovo 😡      | posso avere la fattura all'indirizzo della mia ditta? | Posso avere la fattura?
            es | ¿restauran teteras viejas de cobre?           | ¿pueden grabar un nombre en las tablas de cortar?      | mi tarjeta fue rechazada otra vez 😡      | ¿me pueden mandar la factura a la dirección de mi empresa? | ¿Me dan factura?
            nl | restaureren jullie oude koperen ketels?       | kunnen jullie een naam in de snijplanken graveren?     | mijn kaart is weer geweigerd 😡           | kan ik de factuur op mijn bedrijfsadres krijgen? | Krijg ik een factuur?
            pt | vocês restauram chaleiras antigas de cobre?   | podem gravar um nome nas tábuas de cortar?             | o meu cartão foi recusado outra vez 😡    | posso receber a fatura na morada da minha empresa? | Posso ter fatura?
            """;

    private static final FaqMatch PAYMENT = new FaqMatch(81, "Payment failed?", "Check the card.", 0.5);
    private static final FaqMatch HOURS = new FaqMatch(83, "Hours?", "9 to 5.", 0.3);

    private static DialogueFlow flow(Locale lang, FakeSearch search) {
        return new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = ROWS)
    void aNewQuestionAfterAMissGetsItsOwnMissNotATicket(String language, String miss, String other, String angry,
                                                       String calm, String invoiceQ) {
        FaqMatch invoice = new FaqMatch(82, invoiceQ, "In your account.", 0.4);
        Locale lang = Locale.forLanguageTag(language);
        DialogueFlow flow = flow(lang, new FakeSearch()
                .far(Cleanup.forLookup(miss, lang), HOURS, invoice)
                .far(Cleanup.forLookup(other, lang), HOURS, PAYMENT));
        assertThat(main(flow.says(miss), Action.OfferPerson.class).why()).isEqualTo(Action.OfferPerson.Why.NOT_FOUND);

        Decision d = flow.says(other);

        assertThat(main(d, Action.OfferPerson.class).why()).as(other).isEqualTo(Action.OfferPerson.Why.NOT_FOUND);
        assertThat(flow.state().handedOver()).as("no ticket the customer did not ask for").isFalse();
        assertThat(main(flow.says(other), Action.Handoff.class).reason()).as("the same question missed again")
                .isEqualTo(HandoffReasons.NO_ANSWER);
        assertThat(flow.state().handedOver()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = ROWS)
    void aCalmQuestionOfItsOwnAfterTheApologyGetsItsChoices(String language, String miss, String other,
                                                           String angry, String calm, String invoiceQ) {
        FaqMatch invoice = new FaqMatch(82, invoiceQ, "In your account.", 0.4);
        Locale lang = Locale.forLanguageTag(language);
        DialogueFlow flow = flow(lang, new FakeSearch()
                .unsure(Cleanup.forLookup(Mood.withoutShouting(Acts.read(angry, lang).question()), lang), PAYMENT,
                        HOURS)
                .unsure(Cleanup.forLookup(calm, lang), invoice, HOURS));
        assertThat(main(flow.says(angry), Action.OfferPerson.class).apologising()).isTrue();

        Decision d = flow.says(calm);

        assertThat(main(d, Action.Clarify.class).choices()).as(calm).contains(invoice);
        assertThat(flow.state().handedOver()).as("no ticket the customer did not ask for").isFalse();
    }
}
