package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.entry;
import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "That's not what I asked" in a long first clause, then a new question (issue 61, push50): the apology and the
 * question's own choices with a person, never only "in other words?"; a bare rejection stays a rejection.
 */
class SaidWhatWasAskedTest {

    private static final FaqMatch TYRES = entry(91, "Which tyres do you sell?");
    private static final FaqMatch FITTING = entry(92, "How much is fitting tyres I bring?");
    private static final FaqMatch ALIGNMENT = entry(93, "Do you do wheel alignment?");
    private static final FaqMatch HOURS = entry(94, "When are you open?");

    /** Language | the first question | the push-back clause | the question after it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | which tyres do you sell | no mate no no that is not what i asked | i have my own set in the boot already, how much to put them on?
            de | welche reifen verkauft ihr | nee also das ist nicht das was ich gefragt hab | ich hab die reifen schon im kofferraum, was kostet das montieren?
            es | qué cauchos venden | no chamo no eso no es lo que te pregunte | ya tengo los míos en el carro, cuánto me cobran por montarlos?
            it | che gomme vendete | no no guardi non era quello che avevo chiesto | le gomme le ho già in macchina, quanto costa montarle?
            pt | que pneus vendem | olhe lá que não foi isso que eu perguntei | já tenho os meus na mala, quanto custa montá-los?
            """)
    void aLongPushBackThenAQuestionGetsTheQuestionsChoices(String language, String first, String pushBack,
                                                          String question) {
        DialogueFlow flow = DialogueFlow.flow(new FakeSearch().confident(DialogueFlow.lookup(language, first), TYRES)
                .unsure(DialogueFlow.lookup(language, question.replace("?", "")), FITTING, ALIGNMENT)
                .unsureOtherwise(HOURS, TYRES), language);
        assertThat(flow.says(first).main()).isInstanceOf(Action.FaqAnswer.class);
        String text = pushBack + ", " + question;
        Action main = flow.says(text).main();
        assertThat(main).as(text + " -> " + main).isInstanceOfSatisfying(Action.OfferPerson.class, o -> {
            assertThat(o.why()).isEqualTo(Action.OfferPerson.Why.REJECTED);
            assertThat(o.choices()).extracting(FaqMatch::entryId).containsExactly(FITTING.entryId(),
                    ALIGNMENT.entryId());
        });
    }

    /** A bare rejection of the same length, asking nothing after it, stays the plain apology. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | which tyres do you sell | no mate no no that is not what i asked, not at all
            es | qué cauchos venden | no chamo no eso no es lo que te pregunte, para nada
            """)
    void aBareRejectionStaysARejection(String language, String first, String text) {
        DialogueFlow flow = DialogueFlow.flow(new FakeSearch().confident(DialogueFlow.lookup(language, first), TYRES)
                .unsureOtherwise(HOURS, ALIGNMENT), language);
        flow.says(first);
        Action main = flow.says(text).main();
        assertThat(main).as(text + " -> " + main).isInstanceOfSatisfying(Action.OfferPerson.class,
                o -> assertThat(o.choices()).isEmpty());
    }
}
