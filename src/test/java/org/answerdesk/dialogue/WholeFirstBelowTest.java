package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two questions in one message, both unsure: the entry the whole message leads with is second of the second half's
 * own choices, below the three the halves' choices taken in turns show. It leads the choices, and the first half's
 * best comes right after it, so each half's likeliest entry is among the first two.
 */
class WholeFirstBelowTest {

    private static final FaqMatch DEPOSIT = entry(71, "How much is the deposit to hold a date?");
    private static final FaqMatch PRICE = entry(72, "What does the catering cost per guest?");
    private static final FaqMatch LENGTH = entry(73, "How long does the service last?");
    private static final FaqMatch AHEAD = entry(74, "How far ahead must I book an event?");
    private static final FaqMatch TRAVEL = entry(75, "Do you charge for travelling to the venue?");
    private static final FaqMatch MENU = entry(76, "Which dishes are on the menu?");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | we are planning the food for our anniversary party in june, what do we pay up front to reserve it and how many weeks before do we need to ask you
            de | wir planen das essen für unser jubiläumsfest im juni, was zahlen wir vorab zum reservieren und wie viele wochen vorher müssen wir uns melden
            fr | on prépare le repas de notre fête d'anniversaire de mariage en juin, on paie combien d'avance pour réserver et combien de semaines avant faut-il vous demander
            es | estamos organizando la comida de nuestro aniversario en junio, cuanto pagamos por adelantado para reservarla y cuantas semanas antes hay que avisarles
            it | stiamo organizzando il cibo per la festa di anniversario a giugno, quanto paghiamo in anticipo per prenotare e quante settimane prima dobbiamo chiedervelo
            """)
    void theWholesEntryBelowTheShownChoicesLeadsThemAndTheOtherHalfsBestFollows(String language, String message) {
        Locale lang = Locale.forLanguageTag(language);
        List<List<String>> splits = LooseJoin.splits(message, lang);
        assertThat(splits).isNotEmpty();
        FakeSearch search = new FakeSearch();
        search.unsure(Cleanup.forLookup(message, lang), AHEAD, DEPOSIT, LENGTH, PRICE);
        search.unsure(message, AHEAD, DEPOSIT, LENGTH, PRICE);
        for (List<String> halves : splits) {
            search.unsure(Cleanup.forLookup(halves.get(0), lang), DEPOSIT, PRICE, TRAVEL);
            search.unsure(Cleanup.forLookup(halves.get(1), lang), LENGTH, AHEAD, MENU);
        }
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        Action.Clarify choices = (Action.Clarify) flow.says(message).main();
        assertThat(choices.choices()).hasSize(3);
        assertThat(choices.choices().subList(0, 2)).containsExactly(AHEAD, DEPOSIT);
    }

    /** The whole's entry first of the first half's choices already: the halves' order stands. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | we are planning the food for our anniversary party in june, what do we pay up front to reserve it and how many weeks before do we need to ask you
            de | wir planen das essen für unser jubiläumsfest im juni, was zahlen wir vorab zum reservieren und wie viele wochen vorher müssen wir uns melden
            nl | we plannen het eten voor ons jubileumfeest in juni, wat betalen we vooraf om te reserveren en hoeveel weken van tevoren moeten we het vragen
            pt | estamos a preparar a comida da festa de aniversario em junho, quanto pagamos adiantado para reservar e quantas semanas antes temos de pedir
            """)
    void theHalvesOrderStandsWhereTheWholeLeadsWithTheFirstHalfsBest(String language, String message) {
        Locale lang = Locale.forLanguageTag(language);
        List<List<String>> splits = LooseJoin.splits(message, lang);
        assertThat(splits).isNotEmpty();
        FakeSearch search = new FakeSearch();
        search.unsure(Cleanup.forLookup(message, lang), DEPOSIT, AHEAD, LENGTH, PRICE);
        search.unsure(message, DEPOSIT, AHEAD, LENGTH, PRICE);
        for (List<String> halves : splits) {
            search.unsure(Cleanup.forLookup(halves.get(0), lang), DEPOSIT, PRICE, TRAVEL);
            search.unsure(Cleanup.forLookup(halves.get(1), lang), AHEAD, LENGTH, MENU);
        }
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        Action.Clarify choices = (Action.Clarify) flow.says(message).main();
        assertThat(choices.choices()).containsExactly(DEPOSIT, AHEAD, PRICE);
    }
}
