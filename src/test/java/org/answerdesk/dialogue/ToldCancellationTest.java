package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A booking, an order or a visit told as no longer holding, in no word of cancelling (set 30's conversation 6 in
 * every language): the shop's cancelling entry is the answer, where the message alone finds nothing sure. A fault, a
 * complaint, a message the FAQ reads confidently as something else and a shop without a cancelling entry stay as
 * they were.
 */
class ToldCancellationTest {

    private static final FaqMatch CANCELLING = new FaqMatch(91, "How do I cancel a booking or an order?",
            "Free up to 48 hours before, by phone or e-mail.", 0.9);
    private static final FaqMatch VOUCHER = new FaqMatch(92, "Can I pass a voucher on to someone else?",
            "Yes, vouchers are transferable.", 0.9);
    private static final FaqMatch PAYING = new FaqMatch(94, "How can I pay?", "By card or bank transfer.", 0.9);

    /** Language | its first word for cancelling | a cancellation told in other words. */
    private static final String TOLD = """
            en | cancel     | we booked the pottery class for sunday but my daughter's got chickenpox so we won't be needing the places
            en | cancel     | you were supposed to come and measure the windows on tuesday, but the landlord sold the flat so no need anymore
            de | stornieren | ich hatte für nächste woche zwei kajaks reserviert, aber mein kollege ist krank geworden, wir brauchen die also nicht mehr
            de | stornieren | wir hatten für samstag einen tisch für sechs reserviert, leider wird aus der feier jetzt doch nichts
            fr | annuler    | j'ai réservé deux places pour l'atelier de samedi mais ma soeur a attrapé la grippe, on viendra pas
            it | annulla    | abbiamo prenotato la cena per venerdì ma il bambino ha la febbre alta, non veniamo più
            es | cancelar   | reservamos una mesa para ocho el sábado pero al final la cena de empresa se hace en otro sitio, ya no vamos
            pt | cancelar   | encomendei um bolo de aniversário para domingo mas afinal a festa foi adiada para o mês que vem
            nl | annuleren  | ik had voor zaterdag een springkasteel besteld, maar het feest gaat niet door want het gaat regenen
            """;

    /** Language | its first word for cancelling | a message that shares some of the words and is no cancellation. */
    private static final String NOT_TOLD = """
            en | cancel     | i ordered a kettle from you last month but it no longer works
            en | cancel     | i ordered three weeks ago and still nothing has arrived, what is going on
            de | stornieren | ich habe letzte woche einen toaster bestellt, aber der funktioniert nicht mehr
            fr | annuler    | j'ai commandé une lampe mais elle ne marche plus
            it | annulla    | ho ordinato un frullatore ma non funziona più
            es | cancelar   | pedí una cafetera la semana pasada pero ya no funciona
            pt | cancelar   | encomendei uma torradeira mas já não funciona
            nl | annuleren  | ik heb een waterkoker besteld maar hij werkt niet meer
            nl | annuleren  | wanneer komt mijn bestelling, ik wacht al twee weken
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = TOLD)
    void theCancellingEntryIsTheAnswer(String language, String cancel, String message) {
        Locale lang = Locale.forLanguageTag(language);
        assertThat(ToldCancellation.tells(message, lang)).as(message).isTrue();
        FakeSearch search = new FakeSearch().confident(Cleanup.forLookup(cancel, lang), CANCELLING);
        Decision d = new DialogueFlow(search, DialogueState.fresh(lang)).says(message);
        assertThat(d.main()).as(message).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry()).isEqualTo(CANCELLING));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = NOT_TOLD)
    void aFaultOrAComplaintIsNoCancellation(String language, String cancel, String message) {
        Locale lang = Locale.forLanguageTag(language);
        assertThat(ToldCancellation.tells(message, lang)).as(message).isFalse();
        FakeSearch search = new FakeSearch().confident(Cleanup.forLookup(cancel, lang), CANCELLING);
        Decision d = new DialogueFlow(search, DialogueState.fresh(lang)).says(message);
        assertThat(d.main()).as(message).isNotInstanceOf(Action.FaqAnswer.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = TOLD)
    void aShopWithoutACancellingEntryIsReadAsBefore(String language, String cancel, String message) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().unsure(Cleanup.forLookup(cancel, lang), VOUCHER, FakeSearch.ORDER);
        Decision d = new DialogueFlow(search, DialogueState.fresh(lang)).says(message);
        assertThat(d.main()).as(message).isNotInstanceOf(Action.FaqAnswer.class);
    }

    @Test
    void aMessageTheFaqReadsConfidentlyKeepsItsAnswer() {
        String message = "i ordered a gift voucher for my mum but she doesn't need it anymore, can i give it to my sister";
        assertThat(ToldCancellation.tells(message, Locale.ENGLISH)).isTrue();
        FakeSearch search = new FakeSearch().confident("cancel", CANCELLING)
                .confident(DialogueFlow.lookup("en", message), VOUCHER);
        Decision d = new DialogueFlow(search).says(message);
        assertThat(d.main()).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry()).isEqualTo(VOUCHER));
    }

    /**
     * A shop whose other entries speak of cancelling too ("cancelled for bad weather"), so that no word for cancelling
     * alone is sure: the entry most of them find first, answered where the message's own reading has it near too.
     */
    @Test
    void theEntryMostCancellingWordsFindFirstIsAnsweredWhereTheMessageIsNearIt() {
        String message = "abbiamo prenotato la cena per venerdì ma il bambino ha la febbre alta, non veniamo più";
        Locale it = Locale.ITALIAN;
        FakeSearch search = majority(it).unsure(DialogueFlow.lookup("it", message), VOUCHER, CANCELLING);
        assertThat(new DialogueFlow(search, DialogueState.fresh(it)).says(message).main())
                .isInstanceOfSatisfying(Action.FaqAnswer.class, a -> assertThat(a.entry()).isEqualTo(CANCELLING));
    }

    @Test
    void farFromTheMessageItLeadsTheChoices() {
        String message = "abbiamo prenotato la cena per venerdì ma il bambino ha la febbre alta, non veniamo più";
        Locale it = Locale.ITALIAN;
        FakeSearch search = majority(it).unsure(DialogueFlow.lookup("it", message), VOUCHER, FakeSearch.ORDER);
        assertThat(new DialogueFlow(search, DialogueState.fresh(it)).says(message).main())
                .isInstanceOfSatisfying(Action.Clarify.class, c -> assertThat(c.choices()).startsWith(CANCELLING));
    }

    /** Language | its first word for cancelling | a cancellation told | "yes" | a question about the money paid. */
    private static final String MONEY = """
            en | cancel     | we booked the pottery class for sunday but my daughter's got chickenpox so we won't be needing the places | ok | and the deposit we paid, is that gone?
            de | stornieren | ich hatte für nächste woche zwei kajaks reserviert, aber mein kollege ist krank geworden, wir brauchen die also nicht mehr | ja | krieg ich die anzahlung wieder?
            fr | annuler    | j'ai réservé deux places pour l'atelier de samedi mais ma soeur a attrapé la grippe, on viendra pas | d'accord | et l'acompte, il est perdu ?
            it | annulla    | abbiamo prenotato la cena per venerdì ma il bambino ha la febbre alta, non veniamo più | va bene | e la caparra che ho lasciato?
            es | cancelar   | reservamos una mesa para ocho el sábado pero al final la cena de empresa se hace en otro sitio, ya no vamos | vale | y lo que pagamos por adelantado?
            pt | cancelar   | encomendei um bolo de aniversário para domingo mas afinal a festa foi adiada para o mês que vem | ok | e o sinal que deixei?
            nl | annuleren  | ik had voor zaterdag een springkasteel besteld, maar het feest gaat niet door want het gaat regenen | oké | en het voorschot, krijg ik dat terug?
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = MONEY)
    void theMoneyAskedJustAfterGetsTheCancellingEntryAgain(String language, String cancel, String told, String yes,
                                                           String money) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confident(Cleanup.forLookup(cancel, lang), CANCELLING)
                .confident(DialogueFlow.lookup(language, money), PAYING);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(lang));
        flow.says(told);
        flow.says(yes);
        assertThat(flow.says(money).main()).as(money).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry()).isEqualTo(CANCELLING));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = MONEY)
    void theMoneyAskedAfterAnotherQuestionIsReadAsBefore(String language, String cancel, String told, String yes,
                                                         String money) {
        Locale lang = Locale.forLanguageTag(language);
        String other = "xyz qwv";
        FakeSearch search = new FakeSearch().confident(Cleanup.forLookup(cancel, lang), CANCELLING)
                .confident(DialogueFlow.lookup(language, money), PAYING).confident(other, FakeSearch.ORDER);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(lang));
        flow.says(other);
        Action main = flow.says(money).main();
        assertThat(main instanceof Action.FaqAnswer a && a.entry().equals(CANCELLING)).as(money).isFalse();
    }

    /** Language | its first word for cancelling | a cancellation told | the money asked | the shop's refund question. */
    private static final String OWN_REFUND = """
            en | cancel    | we booked the pottery class for sunday but my daughter's got chickenpox so we won't be needing the places | and the money, how soon is it back? | When do I get my money back?
            fr | annuler   | j'ai réservé deux places pour l'atelier de samedi mais ma soeur a attrapé la grippe, on viendra pas | et les sous, ça revient quand ? | Quand suis-je remboursé ?
            it | annulla   | abbiamo prenotato la cena per venerdì ma il bambino ha la febbre alta, non veniamo più | e i soldi quando tornano? | Quando ricevo il rimborso?
            pt | cancelar  | encomendei um bolo de aniversário para domingo mas afinal a festa foi adiada para o mês que vem | e o dinheiro volta quando? | Quando recebo o reembolso?
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = OWN_REFUND)
    void theMoneyAskedAfterIsTheShopsOwnRefundEntryWhereItIsAmongTheClosest(String language, String cancel,
                                                                           String told, String money, String refund) {
        Locale lang = Locale.forLanguageTag(language);
        FaqMatch own = new FaqMatch(97, refund, "Within 10 working days, on the card used.", 0.9);
        FakeSearch search = new FakeSearch().confident(Cleanup.forLookup(cancel, lang), CANCELLING)
                .unsure(DialogueFlow.lookup(language, money), PAYING, own, CANCELLING);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(lang));
        flow.says(told);
        Action main = flow.says(money).main();
        assertThat(main).as(money).isInstanceOfSatisfying(Action.Clarify.class,
                c -> assertThat(c.choices()).contains(own));
    }

    /** Italian's four words for cancelling: three find the cancelling entry first, one the bad-weather entry. */
    private static FakeSearch majority(Locale it) {
        FaqMatch weather = new FaqMatch(93, "What if the weather is bad?", "Cancelled, with a new date.", 0.9);
        return new FakeSearch().unsure(Cleanup.forLookup("annulla", it), weather, CANCELLING)
                .unsure(Cleanup.forLookup("annullare", it), CANCELLING, weather)
                .unsure(Cleanup.forLookup("disdire", it), CANCELLING)
                .unsure(Cleanup.forLookup("disdetta", it), CANCELLING, VOUCHER);
    }
}
