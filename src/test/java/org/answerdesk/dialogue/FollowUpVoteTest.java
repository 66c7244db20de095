package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A short follow-up to an answer decided by its three readings together (issue 61 item 2): alone, with the last
 * question, with the question of the entry given. Sentences written for this test, in the seven shipped languages.
 */
class FollowUpVoteTest {

    private static final FaqMatch PRICES = new FaqMatch(501, "How much is a day ticket?", "8 € for adults.", 0.6);
    private static final FaqMatch HOURS = new FaqMatch(502, "When are you open?", "Daily 9-21.", 0.5);
    private static final FaqMatch PARKING = new FaqMatch(503, "Is there parking?", "Yes, 200 spaces.", 0.5);
    private static final FaqMatch LOCKERS = new FaqMatch(504, "Are there lockers?", "Yes, 1 € coin.", 0.5);

    /**
     * Every reading unsure; the two read with the topic lead with one entry, which the follow-up's own reading ranks
     * second: together well ahead of the rest, that entry's answer, not "did you mean".
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how much is a day ticket for the pool? | and the sauna too?
            de | was kostet eine tageskarte fürs bad? | und die sauna auch?
            es | cuánto cuesta la entrada de un día a la piscina? | y la sauna también?
            fr | combien coûte l'entrée à la journée pour la piscine ? | et le sauna aussi ?
            it | quanto costa il biglietto giornaliero della piscina? | e la sauna pure?
            pt | quanto custa o bilhete diário da piscina? | e a sauna também?
            nl | wat kost een dagkaart voor het zwembad? | en de sauna ook?
            """)
    void threeReadingsThatAgreeAnswer(String language, String first, String followUp) {
        FaqMatch sauna = new FaqMatch(505, "Is the sauna included?", "The sauna is 5 € extra.", 0.5);
        String asked = lookup(language, first);
        String own = lookup(language, followUp);
        FakeSearch search = new FakeSearch().confident(asked, PRICES, HOURS, PARKING)
                .unsure(own, HOURS, sauna, LOCKERS)
                .unsure(asked + " " + own, sauna, PRICES, HOURS)
                .unsure(PRICES.question() + " " + own, sauna, PRICES, LOCKERS);
        DialogueFlow flow = flow(search, language);
        assertThat(flow.says(first).main()).as(first).isInstanceOf(Action.FaqAnswer.class);
        Action next = flow.says(followUp).main();
        assertThat(next).as(followUp + " -> " + next).isInstanceOf(Action.FaqAnswer.class);
        assertThat(((Action.FaqAnswer) next).entry().entryId()).isEqualTo(sauna.entryId());
    }

    /**
     * Its own words confident of an entry, both readings with the topic leading with another that its own reading
     * ranks second: never that entry as if sure; the topic's entry, answered or first among choices.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how much is a day ticket for the pool? | and the evening swim price?
            de | was kostet eine tageskarte fürs bad? | und abends beim spätschwimmen?
            es | cuánto cuesta la entrada de un día a la piscina? | y el baño nocturno de tarde?
            fr | combien coûte l'entrée à la journée pour la piscine ? | et la nage du soir tardive ?
            it | quanto costa il biglietto giornaliero della piscina? | e il nuoto serale tardi?
            pt | quanto custa o bilhete diário da piscina? | e a natação noturna tardia?
            nl | wat kost een dagkaart voor het zwembad? | en het avondzwemmen laat?
            """)
    void anAnswerTheReadingsTogetherDoNotLeadWithIsAsked(String language, String first, String followUp) {
        FaqMatch evening = new FaqMatch(506, "Is there an evening rate?", "After 18:00 a ticket is 5 €.", 0.5);
        String asked = lookup(language, first);
        String own = lookup(language, followUp);
        FakeSearch search = new FakeSearch().confident(asked, PRICES, HOURS, PARKING)
                .confident(own, HOURS, evening, PRICES)
                .unsure(asked + " " + own, evening, PRICES, LOCKERS)
                .unsure(PRICES.question() + " " + own, evening, PRICES, PARKING);
        DialogueFlow flow = flow(search, language);
        assertThat(flow.says(first).main()).as(first).isInstanceOf(Action.FaqAnswer.class);
        Action next = flow.says(followUp).main();
        long lead = next instanceof Action.Clarify c ? c.choices().get(0).entryId()
                : next instanceof Action.FaqAnswer a ? a.entry().entryId() : -1;
        assertThat(lead).as(followUp + " -> " + next).isEqualTo(evening.entryId());
    }

    /** The ranking: one over the rank in each reading, the reading with the entry's question at half weight. */
    @Test
    void rankingSumsTheReadings() {
        List<FollowUpVote.Ranked> ranked = FollowUpVote.ranked(List.of(
                new Retrieval(List.of(HOURS, PRICES, PARKING), 0.3, false),
                new Retrieval(List.of(PRICES, HOURS), 0.3, false),
                new Retrieval(List.of(PARKING, PRICES), 0.3, false)));
        assertThat(ranked.stream().map(r -> r.match().entryId()).toList())
                .containsExactly(PRICES.entryId(), HOURS.entryId(), PARKING.entryId());
        assertThat(ranked.get(0).score()).isEqualTo(0.5 + 1 + 0.25);
        assertThat(FollowUpVote.lead(ranked)).isEqualTo((1.75 - 1.5) / 2.5);
    }
}
