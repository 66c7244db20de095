package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * How a complaint told in clauses is read: the clause the FAQ is sure of leads the choices, and a message of many
 * clauses costs a bounded number of lookups, however long it is.
 */
class ComplaintTopicTest {

    private static final Locale EN = Locale.ENGLISH;

    @Test
    void theClauseTheFaqIsSureOfLeadsTheChoices() {
        String clause = Cleanup.forLookup(Mood.withoutAnger("where is my parcel", EN), EN);
        FakeSearch search = new FakeSearch().confident(clause, FakeSearch.ORDER);
        Action main = new Action.Clarify(List.of(FakeSearch.PASSWORD, FakeSearch.ORDER), 0.4, 1L, null, false);

        Action led = ComplaintTopic.decided(main, DialogueState.fresh(EN),
                "this is ridiculous, i paid two weeks ago, where is my parcel", questions(search));

        assertThat(((Action.Clarify) led).choices()).extracting(m -> m.entryId())
                .containsExactly(FakeSearch.ORDER.entryId(), FakeSearch.PASSWORD.entryId());
    }

    @Test
    void aComplaintOfHundredsOfClausesIsLookedUpAtMostSixTimes() {
        FakeSearch search = new FakeSearch();
        Action main = new Action.Clarify(List.of(FakeSearch.PASSWORD, FakeSearch.ORDER), 0.4, 1L, null, false);
        StringBuilder text = new StringBuilder("this is ridiculous");
        for (int i = 0; i < 500; i++) {
            text.append(", the parcel number ").append(i).append(" never came");
        }

        Action same = ComplaintTopic.decided(main, DialogueState.fresh(EN), text.toString(), questions(search));

        assertThat(same).isEqualTo(main);
        assertThat(search.retrieved).hasSizeBetween(2, ComplaintTopic.MOST_CLAUSES);
    }

    private static Questions questions(FakeSearch search) {
        return new Questions(search, search, search);
    }
}
