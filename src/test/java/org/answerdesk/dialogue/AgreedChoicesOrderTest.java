package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A short follow-up's "did you mean" choices are led by the entry its reading with the question before also finds
 * ("ist eine ganze Woche billiger?" after the car's price: the weekly rates before the child seats its own words lead with);
 * the same entries are offered. Where the reading with the question before finds none of them, the order stands.
 */
class AgreedChoicesOrderTest {

    private static final String CASES = """
            de | was kostet ein Auto für einen Tag? | ist eine ganze Woche billiger?
            es | ¿cuánto cuesta alquilar un coche por un día? | ¿una semana entera sale más barata?
            en | what does a car cost for one day? | would a whole week come out lower?
            pt | quanto custa alugar um carro por um dia? | uma semana inteira fica mais barata?
            """;

    private static final FaqMatch PRICE = new FaqMatch(91, "How much does it cost to rent a car?", "From 40 a day.", 0.9);
    private static final FaqMatch SEATS = new FaqMatch(92, "Do you have child seats?", "Yes, 5 a day.", 0.9);
    private static final FaqMatch WEEKLY = new FaqMatch(94, "Do you have weekly rates?", "Seven days for six.", 0.9);
    private static final FaqMatch HOURS = new FaqMatch(95, "When are you open?", "Every day 8 to 20.", 0.9);
    private static final FaqMatch SCOOTER = new FaqMatch(96, "How much is a scooter?", "From 25 a day.", 0.9);

    private static Action.Clarify choices(FakeSearch search, String language, String first, String followUp) {
        search.confident(lookup(language, first), PRICE);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.forLanguageTag(language)));
        assertThat(flow.says(first).main()).as(first).isInstanceOf(Action.FaqAnswer.class);
        Action main = flow.says(followUp).main();
        assertThat(main).as(followUp).isInstanceOf(Action.Clarify.class);
        return (Action.Clarify) main;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = CASES)
    void theEntryTheReadingWithTheQuestionBeforeAlsoFindsLeads(String language, String first, String followUp) {
        FakeSearch search = new FakeSearch().unsure(lookup(language, followUp), SEATS, WEEKLY, HOURS)
                .unsure(lookup(language, first) + " " + lookup(language, followUp), WEEKLY, PRICE, SCOOTER);
        Action.Clarify c = choices(search, language, first, followUp);
        assertThat(c.choices()).as(followUp).extracting(FaqMatch::entryId).containsExactly(94L, 92L, 95L);
        assertThat(c.closest()).isEqualTo(94L);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = CASES)
    void theOrderStandsWhereTheReadingWithTheQuestionBeforeFindsNoneOfThem(String language, String first,
            String followUp) {
        FakeSearch search = new FakeSearch().unsure(lookup(language, followUp), SEATS, WEEKLY, HOURS)
                .unsure(lookup(language, first) + " " + lookup(language, followUp), PRICE, SCOOTER);
        Action.Clarify c = choices(search, language, first, followUp);
        assertThat(c.choices()).as(followUp).extracting(FaqMatch::entryId).containsExactly(92L, 94L, 95L);
    }
}
