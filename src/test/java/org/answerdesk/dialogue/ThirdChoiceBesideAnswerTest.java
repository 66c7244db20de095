package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.entry;
import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two marked questions in one message: the FAQ is sure of one, unsure of the other, whose ranking kept two "did you
 * mean" choices and dropped its third closest for a small share. Beside the answer the unsure half offers its three
 * closest: the dropped third is as often the entry a half of few words asks for, and these choices are all the
 * customer gets for that half (the testers take one half answered and the other's entry among the choices). Asked
 * alone, the same words keep the choices the ranking kept: nothing else changes.
 */
class ThirdChoiceBesideAnswerTest {

    private static final FaqMatch HOURS = entry(91, "When are you open?");
    private static final FaqMatch LENGTH = entry(92, "How long does a flight last?");
    private static final FaqMatch AGE = entry(93, "Is there an age limit?");
    private static final FaqMatch VOUCHER = entry(94, "Do you sell gift vouchers?");

    private static FakeSearch search(String language, String first, String second) {
        return new FakeSearch().confident(lookup(language, first), HOURS, LENGTH)
                .unsureShowing(lookup(language, Parts.withoutAnd(second, Locale.forLanguageTag(language))), 2,
                        LENGTH, AGE, VOUCHER);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | are you open on sundays?                   | and could my grandad do one for his 80th as a surprise?
            de | habt ihr sonntags offen?                    | und kann mein opa so was zum achtzigsten als überraschung machen?
            fr | vous êtes ouverts le dimanche ?             | et mon grand-père peut en faire un pour ses 80 ans en surprise ?
            es | abren los domingos?                         | y mi abuelo puede hacer uno para sus 80 como sorpresa?
            it | siete aperti la domenica?                   | e mio nonno può farne uno per gli 80 anni come sorpresa?
            nl | zijn jullie op zondag open?                 | en kan mijn opa er een doen voor zijn 80e als verrassing?
            pt | vocês abrem no domingo?                     | e o meu avô pode fazer um nos 80 anos como surpresa?
            """)
    void besideAnAnswerTheOtherHalfOffersItsThirdClosestToo(String language, String first, String second) {
        String message = first + " " + second;
        Decision d = flow(search(language, first, second), language).says(message);
        assertThat(d.actions().stream().filter(Action.FaqAnswer.class::isInstance)
                .map(a -> ((Action.FaqAnswer) a).entry().entryId()).toList())
                .as(message + " -> " + d.actions()).containsExactly(HOURS.entryId());
        assertThat(d.main()).as(message + " -> " + d.main()).isInstanceOf(Action.Clarify.class);
        assertThat(((Action.Clarify) d.main()).choices().stream().map(FaqMatch::entryId).toList()).as(message)
                .containsExactly(LENGTH.entryId(), AGE.entryId(), VOUCHER.entryId());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | could my grandad do one for his 80th as a surprise?
            de | kann mein opa so was zum achtzigsten als überraschung machen?
            fr | mon grand-père peut en faire un pour ses 80 ans en surprise ?
            es | mi abuelo puede hacer uno para sus 80 como sorpresa?
            it | mio nonno può farne uno per gli 80 anni come sorpresa?
            nl | kan mijn opa er een doen voor zijn 80e als verrassing?
            pt | o meu avô pode fazer um nos 80 anos como surpresa?
            """)
    void askedAloneTheHalfKeepsTheChoicesItsRankingKept(String language, String question) {
        FakeSearch search = new FakeSearch().unsureShowing(lookup(language, question), 2, LENGTH, AGE, VOUCHER);
        Decision d = flow(search, language).says(question);
        assertThat(d.main()).as(question + " -> " + d.main()).isInstanceOf(Action.Clarify.class);
        assertThat(((Action.Clarify) d.main()).choices().stream().map(FaqMatch::entryId).toList()).as(question)
                .containsExactly(LENGTH.entryId(), AGE.entryId());
    }
}
