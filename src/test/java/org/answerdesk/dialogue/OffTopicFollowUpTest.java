package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A short follow-up that opens with "and" or "even if", whose own words are far from every entry, is not told that the
 * help center does not cover it while its reading with the question before is near the FAQ: it gets that reading's
 * choices, the topic's entry first. Where the two together are far too, or the message opens with neither, "not
 * covered" stands.
 */
class OffTopicFollowUpTest {

    private static final FaqMatch EMISSIONS = new FaqMatch(71, "How do I pass the emissions test?", "Drive 20 minutes"
            + " before you come so the engine is warm, and change the air filter.", 0.9);
    private static final FaqMatch FAILURE = new FaqMatch(72, "What happens after a major failure?", "You have two "
            + "months for a re-inspection.", 0.5);

    private static final String CASES = """
            en | how do i pass the emissions test, my old diesel smokes       | even if its a 1998 model?
            de | wie bestehe ich die abgasuntersuchung, mein alter diesel qualmt | auch wenn er von 1998 ist?
            fr | comment réussir le test antipollution, mon vieux diesel fume   | même si elle date de 1998 ?
            es | cómo paso la prueba de emisiones, mi diésel viejo echa humo    | incluso si es un modelo de 1998?
            it | come passo la revisione dei fumi, il mio vecchio diesel fuma   | anche se è del 1998?
            nl | hoe kom ik door de uitlaatgastest, mijn oude diesel rookt      | ook als hij van 1998 is?
            """;

    private static DialogueFlow afterTheAnswer(String language, String first, String followUp, boolean togetherNear) {
        Locale lang = Locale.forLanguageTag(language);
        String before = Cleanup.forLookup(Acts.read(first, lang).question(), lang);
        String own = Cleanup.forLookup(Acts.read(followUp, lang).question(), lang);
        FakeSearch search = new FakeSearch().confident(before, EMISSIONS).offTopic(own, FAILURE, EMISSIONS);
        if (togetherNear) {
            search.unsure(before + " " + own, EMISSIONS, FAILURE);
        } else {
            search.offTopic(before + " " + own, FAILURE, EMISSIONS);
        }
        search.offTopicOtherwise(FAILURE, EMISSIONS);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(lang));
        assertThat(flow.says(first).main()).as(first).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry()).isEqualTo(EMISSIONS));
        return flow;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = CASES)
    void anEvenIfFollowUpNearTheTopicWithTheQuestionBeforeGetsItsChoices(String language, String first,
                                                                        String followUp) {
        DialogueFlow flow = afterTheAnswer(language, first, followUp, true);
        assertThat(flow.says(followUp).main()).as(followUp).isInstanceOfSatisfying(Action.Clarify.class,
                c -> assertThat(c.choices().get(0).entryId()).isEqualTo(EMISSIONS.entryId()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = CASES)
    void aFollowUpFarWithTheQuestionBeforeTooIsNotCovered(String language, String first, String followUp) {
        DialogueFlow flow = afterTheAnswer(language, first, followUp, false);
        assertThat(flow.says(followUp).main()).as(followUp)
                .isEqualTo(new Action.OfferPerson(Action.OfferPerson.Why.OFF_TOPIC));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how do i pass the emissions test, my old diesel smokes       | do you sell winter tyres?
            de | wie bestehe ich die abgasuntersuchung, mein alter diesel qualmt | verkauft ihr winterreifen?
            fr | comment réussir le test antipollution, mon vieux diesel fume   | vous vendez des pneus neige ?
            es | cómo paso la prueba de emisiones, mi diésel viejo echa humo    | venden neumáticos de invierno?
            """)
    void aQuestionThatDoesNotGoOnStaysNotCovered(String language, String first, String other) {
        DialogueFlow flow = afterTheAnswer(language, first, other, true);
        assertThat(flow.says(other).main()).as(other)
                .isEqualTo(new Action.OfferPerson(Action.OfferPerson.Why.OFF_TOPIC));
    }

    /** "And do you also …?" asks about a service of its own, not the topic before: "not covered" stands. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how do i pass the emissions test, my old diesel smokes       | and do you also fit tow bars?
            de | wie bestehe ich die abgasuntersuchung, mein alter diesel qualmt | und macht ihr auch anhängerkupplungen?
            fr | comment réussir le test antipollution, mon vieux diesel fume   | et vous faites aussi les attelages ?
            it | come passo la revisione dei fumi, il mio vecchio diesel fuma   | e montate anche i ganci traino?
            nl | hoe kom ik door de uitlaatgastest, mijn oude diesel rookt      | en verkopen jullie ook trekhaken?
            """)
    void anAndAlsoServiceFollowUpStaysNotCovered(String language, String first, String followUp) {
        DialogueFlow flow = afterTheAnswer(language, first, followUp, true);
        assertThat(flow.says(followUp).main()).as(followUp)
                .isEqualTo(new Action.OfferPerson(Action.OfferPerson.Why.OFF_TOPIC));
    }
}
