package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.main;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question that opens with a bare acknowledgement ("ok so what else works for paying then", "passt, kann ich dann
 * anders zahlen") asks as the same question without it does: typed while "did you mean" choices show, it is a question of its
 * own the bot is unsure of, never "sorry, I got that wrong" for a rejection it did not say; nor is it one where its
 * words are near a phrasing of "I asked something else", unless it says no. The sentences are new ones, not the
 * judged conversations'.
 */
class AckThenQuestionTest {

    private static final String QUESTIONS = """
            en | my thing      | ok so what else works for paying then
            de | mei Zeug      | passt, kann ich dann anders zahlen
            fr | mon truc      | d'accord, comment je paie autrement alors
            it | la mia roba   | ok allora come pago in un altro modo
            es | lo mío        | vale, qué otra forma de pago sirve entonces
            nl | mijn ding     | oké, kan ik dan anders betalen
            pt | minhas coisas | beleza, posso pagar de outro jeito então
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = QUESTIONS)
    void aQuestionAfterABareAcknowledgementAsks(String language, String vague, String question) {
        Locale lang = Locale.forLanguageTag(language);

        assertThat(FollowUpCue.asks(question, lang)).as(question).isTrue();
        assertThat(FollowUpCue.asks(question + "?", lang)).as("a question mark asks as before").isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | ok thanks, that works
            de | passt, danke dir
            fr | d'accord merci bien
            it | ok grazie mille
            es | vale, muchas gracias
            nl | oké, bedankt hoor
            pt | beleza, valeu
            """)
    void anAcknowledgementWithNoQuestionAfterItDoesNotAsk(String language, String message) {
        assertThat(FollowUpCue.asks(message, Locale.forLanguageTag(language))).as(message).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = QUESTIONS)
    void typedWhileChoicesShowItIsUnsureOfItselfNotARejection(String language, String vague, String question) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().unsure(Cleanup.forLookup(vague, lang),
                new FaqMatch(72, "Returns?", "30 days.", 0.3), new FaqMatch(73, "Hours?", "9 to 5.", 0.2));
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        assertThat(flow.says(vague).main()).isInstanceOf(Action.Clarify.class);

        Decision d = flow.says(question);

        assertThat(main(d, Action.OfferPerson.class).why()).as("no apology for a guess: " + question)
                .isEqualTo(Action.OfferPerson.Why.NOT_FOUND);
        assertThat(flow.state().handedOver()).isFalse();
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = QUESTIONS)
    void aQuestionNearARejectionsPhrasingIsNoRejection(String language, String vague, String question) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().unsure(Cleanup.forLookup(vague, lang),
                new FaqMatch(72, "Returns?", "30 days.", 0.3), new FaqMatch(73, "Hours?", "9 to 5.", 0.2))
                .actNear(question, Act.NOT_HELPED, "I asked something else");
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        assertThat(flow.says(vague).main()).isInstanceOf(Action.Clarify.class);

        Decision d = flow.says(question);

        assertThat(main(d, Action.OfferPerson.class).why()).as("a question, no apology: " + question)
                .isEqualTo(Action.OfferPerson.Why.NOT_FOUND);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | my thing      | no, what else is there
            de | mei Zeug      | nein, was gibt es sonst
            fr | mon truc      | non, quoi d'autre
            it | la mia roba   | no, cos'altro c'è
            es | lo mío        | no, qué más hay
            nl | mijn ding     | nee, wat is er nog meer
            pt | minhas coisas | não, o que mais tem
            """)
    void aQuestionThatSaysNoNearARejectionsPhrasingStillRejects(String language, String vague, String message) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().unsure(Cleanup.forLookup(vague, lang),
                new FaqMatch(72, "Returns?", "30 days.", 0.3), new FaqMatch(73, "Hours?", "9 to 5.", 0.2))
                .actNear(message, Act.NOT_HELPED, "I asked something else");
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        assertThat(flow.says(vague).main()).isInstanceOf(Action.Clarify.class);

        assertThat(main(flow.says(message), Action.OfferPerson.class).why()).as(message)
                .isEqualTo(Action.OfferPerson.Why.REJECTED);
    }
}
