package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.ServiceQuestions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The "also" of the asking ("et vous faites aussi …", "e mi potete anche …") is no join of two questions: a message
 * whose whole reading is far from the FAQ (a service the shop never names) is not cut there into the bare form of
 * asking and the thing asked, whose unsure readings would offer unrelated choices; it gets "not covered" with a
 * person offered (docs/dialogue.md, "notcov48"). A canoe-hire shop; the sentences written for this test.
 */
class AskingAlsoTest {

    private static final String ALSO_ASKED = """
            fr | et vous faites | aussi | des baptêmes de parapente ou du saut à l'élastique ?
            it | e mi potete | anche | organizzare un volo in mongolfiera sopra le colline?
            nl | en doen jullie | ook | ballonvaarten of parachutespringen voor groepen?
            de | und macht ihr | auch | fallschirmsprünge oder ballonfahrten für firmen?
            en | and do you | also | do hot air balloon rides or bungee jumps for stag parties?
            pt | e vocês alugam | também | balões de ar quente ou asas delta para grupos?
            """;

    @ParameterizedTest(name = "{0}: {1} {2} {3}")
    @CsvSource(delimiter = '|', textBlock = ALSO_ASKED)
    void aServiceAskedWithTheAskingsAlsoIsNotCutIntoTwoQuestions(String language, String form, String also,
                                                                 String thing) {
        Locale lang = Locale.forLanguageTag(language);
        FaqMatch rental = new FaqMatch(91, "How much is a canoe for a day?", "40 euros a day, paddles included.", 0.5);
        FaqMatch hours = new FaqMatch(92, "When are you open?", "Every day from 9 to 18, April to October.", 0.4);
        FaqMatch trips = new FaqMatch(93, "Do you do guided tours?", "Guided river tours on Saturdays.", 0.4);
        FakeSearch search = new FakeSearch().unsure(Cleanup.forLookup(form, lang), hours, trips, rental)
                .unsure(Cleanup.forLookup(thing, lang), trips, rental, hours);
        search.offTopicOtherwise(rental, hours, trips);
        String message = form + " " + also + " " + thing;
        Action reply = new DialogueFlow(search, DialogueState.fresh(lang)).says(message).main();
        assertThat(reply).as(message).isEqualTo(new Action.OfferPerson(Action.OfferPerson.Why.OFF_TOPIC));
    }

    @ParameterizedTest(name = "{0}: {1} + {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | et vous faites | aussi | true
            fr | combien coûte le canoë | aussi | false
            it | e mi potete | anche | true
            it | quanto costa la canoa | anche | false
            nl | en doen jullie | ook | true
            nl | wat kost een kano | ook | false
            de | und macht ihr | auch | true
            de | was kostet ein kanu | auch | false
            en | and do you | also | true
            en | how much is a canoe | also | false
            pt | e vocês alugam | também | true
            pt | quanto custa a canoa | também | false
            fr | et vous faites | et | false
            """)
    void onlyAnAlsoRightAfterAFormOfAskingIsTheAskings(String language, String before, String word, boolean asking) {
        assertThat(ServiceQuestions.alsoOfTheAsking(before, word, Locale.forLanguageTag(language))).as(before + " " + word)
                .isEqualTo(asking);
    }
}
