package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.main;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An angry complaint told in clauses, one of which says what it cost or when ("pago 900 por mês pra isso??"): that
 * clause alone finds the shop's entry on paying or prices, often more surely than the clause that tells what went
 * wrong finds the entry on it. The clause with a number does not choose which of the apology's choices leads; the
 * one that tells the trouble does ({@link ComplaintTopic}). A calm complaint is read as before.
 */
class AngryAmountClauseTest {

    /** language | the amount clause | the trouble clause | the angry words after them | trouble entry | price entry */
    private static final String STORIES = """
            en | i pay 45 pounds a month | and the heating in the flat has not worked for a week | ridiculous!! | Who repairs the heating in a rented flat? | How do I pay the rent?
            de | ich zahle 90 euro im monat | und seit einer woche geht das internet nicht | frechheit!! | Was tun bei einer Störung der Leitung? | Wie kann ich die Rechnung bezahlen?
            es | pago 45 euros al mes | y las duchas del gimnasio llevan dos semanas sin agua caliente | es indignante!! | ¿Quién arregla las duchas del vestuario? | ¿Cuánto cuesta la cuota mensual?
            fr | j'ai payé 60 € la semaine dernière | et la machine à café fuit partout dans la cuisine | c'est honteux!! | Ma machine fuit, qui s'en occupe ? | Comment régler ma facture ?
            it | pago 120 euro al mese | e il riscaldamento della stanza non funziona da giorni | che vergogna!! | Chi ripara il riscaldamento in camera? | Come si paga l'affitto?
            nl | ik betaal 35 euro per maand | en de douche in het appartement lekt al twee weken | schandalig!! | Wie herstelt een lekkende douche? | Hoe betaal ik de huur?
            pt | pago 900 por mês | e a torneira da cozinha está pingando há uma semana | que absurdo!! | Quem conserta a torneira do apartamento? | Como pago o aluguel?
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = STORIES)
    void theClauseWithANumberDoesNotChooseTheLeadOfTheApologysChoices(String language, String amount, String trouble,
                                                                      String anger, String troubleEntry,
                                                                      String priceEntry) {
        Locale lang = Locale.forLanguageTag(language);
        FaqMatch price = new FaqMatch(1, priceEntry, "…", 0.5);
        FaqMatch fix = new FaqMatch(2, troubleEntry, "…", 0.45);
        // the whole message is unsure, the price entry first: the amount pulls it; each clause alone is sure of its
        // own entry, the amount clause more surely
        FakeSearch search = new FakeSearch().unsureOtherwise(price, fix)
                .confident(clause(amount, lang), 0.9, price)
                .confident(clause(trouble, lang), 0.8, fix);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));

        Decision d = flow.says(amount + ", " + trouble + ", " + anger);

        assertThat(d.angry()).isTrue();
        var offer = main(d, Action.OfferPerson.class);
        assertThat(offer.apologising()).isTrue();
        assertThat(offer.answer()).isNull();
        assertThat(offer.choices()).as("the trouble's entry first, the price entry after it")
                .containsExactly(fix, price);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = STORIES)
    void theSameClausesWhenTheWholeMessageFindsTheTroublesEntryFirstKeepIt(String language, String amount,
                                                                         String trouble, String anger,
                                                                         String troubleEntry, String priceEntry) {
        Locale lang = Locale.forLanguageTag(language);
        FaqMatch price = new FaqMatch(1, priceEntry, "…", 0.5);
        FaqMatch fix = new FaqMatch(2, troubleEntry, "…", 0.45);
        FakeSearch search = new FakeSearch().unsureOtherwise(fix, price)
                .confident(clause(amount, lang), 0.9, price)
                .confident(clause(trouble, lang), 0.8, fix);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));

        Decision d = flow.says(amount + ", " + trouble + ", " + anger);

        // the trouble's entry first: given with the other beside it where its question names the trouble
        // ("Was tun bei einer Störung der Leitung?", push52), else offered first among the choices
        assertThat(AngryTroubleEntryTest.led(main(d, Action.OfferPerson.class))).containsExactly(fix, price);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = STORIES)
    void aCalmComplaintWithAnAmountIsReadAsBefore(String language, String amount, String trouble, String anger,
                                                  String troubleEntry, String priceEntry) {
        Locale lang = Locale.forLanguageTag(language);
        FaqMatch price = new FaqMatch(1, priceEntry, "…", 0.5);
        FaqMatch fix = new FaqMatch(2, troubleEntry, "…", 0.45);
        FakeSearch search = new FakeSearch().unsureOtherwise(fix, price)
                .confident(clause(amount, lang), 0.9, price)
                .confident(clause(trouble, lang), 0.8, fix);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));

        Decision d = flow.says(amount + ", " + trouble);

        assertThat(d.angry()).isFalse();
        assertThat(d.actions()).noneMatch(a -> a instanceof Action.OfferPerson o && o.apologising());
    }

    /** What {@link ComplaintTopic} looks up for a clause. */
    private static String clause(String text, Locale language) {
        return Cleanup.forLookup(Mood.withoutAnger(text.strip(), language), language);
    }
}
