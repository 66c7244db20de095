package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set 22's short follow-ups answered confidently with an entry neither of their readings holds (issue 61 item 2): "et
 * l'aprem aussi ?" after the Sunday hours got the cancellation rules, whose answer happens to state a word of it. A
 * confident wrong answer to a follow-up is the worst reply: the customer is asked, the topic's entry first. Each case
 * in the seven shipped languages with sentences written for this test.
 */
class SetTwentyTwoFollowUpsTest {

    private static final FaqMatch HOURS = new FaqMatch(301, "When are you open?",
            "Monday to Saturday 9-19, Sunday 10-13.", 0.8);
    private static final FaqMatch PRICE = new FaqMatch(302, "What does a table cost?", "From 12 € a person.", 0.6);
    private static final FaqMatch LOCKERS = new FaqMatch(304, "Can I leave my coat?", "Yes, at the wardrobe.", 0.5);
    private static final FaqMatch PARKING = new FaqMatch(305, "Where can I park?", "Free parking behind the hall.",
            0.5);

    /**
     * After an answer, a short follow-up with one word of its own that a far entry happens to state (the cancellation
     * rules name the evening), its own words unsure, its reading with the question answered confident of the entry
     * given: never that far entry confidently; the entry given leads the choices.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | are you open on sunday? | and in the evening too? | Free of charge until the evening before.
            de | habt ihr sonntags offen? | und abends auch? | Kostenlos bis zum Vortag, abends nicht mehr.
            es | abrís los domingos? | y por la tarde también? | Gratis hasta la tarde anterior.
            fr | vous êtes ouverts le dimanche ? | et en soirée aussi ? | Gratuite jusqu'à la soirée de la veille.
            it | siete aperti la domenica? | e anche di sera? | Gratuita fino alla sera prima.
            pt | estão abertos ao domingo? | e à noite também? | Grátis até à noite anterior.
            nl | zijn jullie op zondag open? | en 's avonds ook? | Gratis tot de avonds ervoor.
            """)
    void aFarEntryThatStatesOneWordIsNoConfidentAnswer(String language, String first, String followUp,
                                                       String cancelAnswer) {
        FaqMatch cancel = new FaqMatch(303, "Can I cancel a booking?", cancelAnswer, 0.5);
        Action next = reply(language, first, followUp, HOURS, List.of(LOCKERS, PARKING, PRICE), cancel);
        assertThat(next).as(followUp + " -> " + next).isInstanceOf(Action.Clarify.class);
        List<Long> offered = ((Action.Clarify) next).choices().stream().map(FaqMatch::entryId).toList();
        assertThat(offered.get(0)).as(followUp + " -> " + next).isEqualTo(HOURS.entryId());
    }

    /**
     * The same shape where the follow-up's own word is a name the entry states (a place it lists): that entry's
     * answer stands (a guard: passes on the code before this class too).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | are you open on sunday? | and in Rezé too? | rezé | We also open a stand in Rezé on Sundays.
            de | habt ihr sonntags offen? | und in Pirna auch? | pirna | Sonntags steht unser Stand in Pirna.
            es | abrís los domingos? | y en Getafe también? | getafe | Los domingos abrimos un puesto en Getafe.
            fr | vous êtes ouverts le dimanche ? | et à Rezé aussi ? | rezé | Le dimanche, un stand ouvre à Rezé.
            it | siete aperti la domenica? | e anche a Prato? | prato | La domenica apriamo un banco a Prato.
            pt | estão abertos ao domingo? | e em Braga também? | braga | Ao domingo abrimos uma banca em Braga.
            nl | zijn jullie op zondag open? | en in Gouda ook? | gouda | Op zondag staan we ook in Gouda.
            """)
    void anEntryThatNamesTheFollowUpsPlaceStands(String language, String first, String followUp, String place,
                                                 String standAnswer) {
        FaqMatch stand = new FaqMatch(306, "Do you have a market stand?", standAnswer, 0.5);
        Action next = reply(language, first, followUp, HOURS, List.of(LOCKERS, PARKING, PRICE), stand);
        assertThat(next).as(followUp + " (" + place + ") -> " + next).isInstanceOf(Action.FaqAnswer.class);
        assertThat(((Action.FaqAnswer) next).entry().entryId()).as(followUp + " -> " + next)
                .isEqualTo(stand.entryId());
    }

    /**
     * After an answer, a short question of the topic whose own reading, unsure, comes nearest to another entry, which
     * the reading with the question answered ranks next to the entry given: that entry's answer stands (a guard:
     * passes on the code before this class too).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | do you deliver at the weekend? | how many days ahead do i book that?
            de | liefert ihr auch am wochenende? | wie viele tage vorher muss ich das buchen?
            es | repartís también el fin de semana? | cuántos días antes tengo que reservarlo?
            fr | vous livrez aussi le week-end ? | combien de jours avant je dois réserver ça ?
            it | consegnate anche nel weekend? | quanti giorni prima devo prenotarlo?
            pt | também entregam ao fim de semana? | quantos dias antes tenho de reservar isso?
            nl | bezorgen jullie ook in het weekend? | hoeveel dagen vooraf moet ik dat boeken?
            """)
    void theEntryItsOwnWordsComeNearestToStands(String language, String first, String followUp) {
        FaqMatch weekend = new FaqMatch(311, "Do you deliver at weekends?",
                "Every day 7:00-23:00, Sundays 40 € extra.", 0.6);
        FaqMatch ahead = new FaqMatch(312, "How long before should I order?", "Parties 7, lunches 2 working days.",
                0.7);
        Action next = reply(language, first, followUp, weekend, List.of(weekend, ahead, LOCKERS), ahead);
        assertThat(next).as(followUp + " -> " + next).isInstanceOf(Action.FaqAnswer.class);
        assertThat(((Action.FaqAnswer) next).entry().entryId()).as(followUp + " -> " + next)
                .isEqualTo(ahead.entryId());
    }

    /**
     * The reply to {@code followUp} after {@code given} answered {@code first}: the follow-up alone unsure of
     * {@code alone}, read with the question answered confident of {@code given}, then {@code second} and the prices.
     */
    private static Action reply(String language, String first, String followUp, FaqMatch given, List<FaqMatch> alone,
                                FaqMatch second) {
        String asked = lookup(language, first);
        String own = lookup(language, followUp);
        FakeSearch search = new FakeSearch().confident(asked, given, PRICE, PARKING)
                .unsure(own, alone.get(0), alone.subList(1, alone.size()).toArray(FaqMatch[]::new))
                .confident(asked + " " + own, given, second, PRICE);
        DialogueFlow flow = flow(search, language);
        assertThat(flow.says(first).main()).as(first).isInstanceOf(Action.FaqAnswer.class);
        return flow.says(followUp).main();
    }
}
