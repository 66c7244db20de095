package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.main;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A message typed while "did you mean" choices are showing (issue 61), in every shipped language: a new question is
 * read as the question it is and may get choices of its own; the same question never gets "did you mean" twice, and
 * the offer of a person then says that the bot is unsure (it gave no answer, so never "sorry that didn't help");
 * only a rejection rejects the choices, and hands over as "Something else" does.
 */
class ChoicesShowingTest {

    /**
     * Per language: a vague message, the two entries it is offered (their questions in the language), a new question
     * (a content word the choices do not name), the entry that answers it, a "no" and a "none of these".
     */
    private static final String LANGUAGES = """
            en | express delivery       | Do you offer express shipping?       | What payment methods do you accept?   | how long does it take              | How long does delivery take?         | no   | none of these
            de | Expresslieferung       | Bieten Sie Expresslieferung an?      | Welche Zahlungsarten akzeptieren Sie? | Wie lange dauert das?              | Wie lange dauert die Lieferung?      | nein | keins davon
            es | envío urgente          | ¿Tienen envío urgente?               | ¿Qué formas de pago aceptan?          | ¿Cuánto tiempo tarda?              | ¿Cuánto tarda la entrega?            | no   | ninguna de esas
            fr | livraison express      | Proposez-vous la livraison express ? | Quels moyens de paiement acceptez-vous ? | Combien de temps ça prend ?     | Quel est le délai de livraison ?     | non  | aucune de ces réponses
            it | spedizione espressa    | Offrite la spedizione espressa?      | Quali metodi di pagamento accettate?  | Quanto tempo ci vuole?             | Quanto tempo richiede la consegna?   | no   | nessuna di queste
            pt | entrega expressa       | Vocês têm entrega expressa?          | Quais formas de pagamento aceitam?    | Quanto tempo demora?               | Quanto tempo demora a entrega?       | não  | nenhuma dessas
            nl | expreslevering         | Bieden jullie expreslevering aan?    | Welke betaalmethoden accepteren jullie? | Hoe lang duurt het?              | Hoe lang duurt de levering?          | nee  | geen van deze
            """;

    private record Script(Locale lang, FaqMatch express, FaqMatch payment, FaqMatch delivery, FakeSearch search) {

        DialogueFlow flow() {
            return new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        }
    }

    private static Script script(String language, String vague, String expressQ, String paymentQ, String newQuestion,
                                 String deliveryQ) {
        Locale lang = Locale.forLanguageTag(language);
        FaqMatch express = new FaqMatch(51, expressQ, "Express: 1-2 days, 9.90.", 0.6);
        FaqMatch payment = new FaqMatch(52, paymentQ, "Cards and PayPal.", 0.5);
        FaqMatch delivery = new FaqMatch(53, deliveryQ, "2-3 business days.", 0.6);
        FakeSearch search = new FakeSearch()
                .unsure(Cleanup.forLookup(vague, lang), express, payment)
                .unsure(Cleanup.forLookup(newQuestion, lang), delivery, express)
                .unsure(Cleanup.forLookup(expressQ, lang), express, payment);
        return new Script(lang, express, payment, delivery, search);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = LANGUAGES)
    void aNewQuestionTypedWhileChoicesShowGetsChoicesOfItsOwn(String language, String vague, String expressQ,
                                                              String paymentQ, String newQuestion, String deliveryQ,
                                                              String no, String noneOfThese) {
        Script s = script(language, vague, expressQ, paymentQ, newQuestion, deliveryQ);
        DialogueFlow flow = s.flow();
        assertThat(flow.says(vague).main()).isInstanceOf(Action.Clarify.class);

        Decision next = flow.says(newQuestion);
        assertThat(main(next, Action.Clarify.class).choices()).as("the new question's own choices")
                .contains(s.delivery());
        assertThat(next.main().handsOver()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = LANGUAGES)
    void theSameQuestionNeverGetsDidYouMeanTwiceAndTheOfferSaysTheBotIsUnsure(String language, String vague,
                                                                              String expressQ, String paymentQ,
                                                                              String newQuestion, String deliveryQ,
                                                                              String no, String noneOfThese) {
        Script s = script(language, vague, expressQ, paymentQ, newQuestion, deliveryQ);
        DialogueFlow flow = s.flow();
        flow.says(vague);

        var offer = main(flow.says(vague), Action.OfferPerson.class);
        assertThat(offer.why()).as("no answer was given: not 'sorry that didn't help'")
                .isEqualTo(Action.OfferPerson.Why.UNSURE);
    }

    /** A choice typed as it is shown is that choice, as a tap is (ChoicesFollowUp; before set 4, the offer). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = LANGUAGES)
    void aChoiceTypedAsShownIsAnsweredAsATap(String language, String vague, String expressQ, String paymentQ,
                                             String newQuestion, String deliveryQ, String no, String noneOfThese) {
        Script s = script(language, vague, expressQ, paymentQ, newQuestion, deliveryQ);
        DialogueFlow flow = s.flow();
        flow.says(vague);

        assertThat(main(flow.says(expressQ), Action.FaqAnswer.class).entry()).isEqualTo(s.express());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = LANGUAGES)
    void aNewQuestionMayGetChoicesOnceAndItsRephrasingThenGetsTheOffer(String language, String vague,
                                                                       String expressQ, String paymentQ,
                                                                       String newQuestion, String deliveryQ,
                                                                       String no, String noneOfThese) {
        Script s = script(language, vague, expressQ, paymentQ, newQuestion, deliveryQ);
        s.search().unsure(Cleanup.forLookup(deliveryQ, s.lang()), s.delivery(), s.express());
        DialogueFlow flow = s.flow();
        flow.says(vague);
        assertThat(flow.says(newQuestion).main()).isInstanceOf(Action.Clarify.class);

        // asked again (typed as one of its choices shows it, it is that choice: aChoiceTypedAsShownIsAnsweredAsATap)
        assertThat(main(flow.says(newQuestion), Action.OfferPerson.class).why())
                .isEqualTo(Action.OfferPerson.Why.UNSURE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = LANGUAGES)
    void aTypedRejectionOfTheChoicesOnAChatIsAFirstPushBackAndASecondOneHandsOver(String language, String vague,
                                                                                String expressQ, String paymentQ,
                                                                                String newQuestion, String deliveryQ,
                                                                                String no, String noneOfThese) {
        Script s = script(language, vague, expressQ, paymentQ, newQuestion, deliveryQ);
        for (String rejection : new String[] {no, noneOfThese}) {
            DialogueFlow flow = s.flow();
            flow.says(vague);
            Decision d = flow.says(rejection);
            assertThat(d.main()).as(rejection + ": sorry, other words, or a person")
                    .isEqualTo(new Action.OfferPerson(Action.OfferPerson.Why.REJECTED));
            assertThat(flow.state().handedOver()).as("no ticket at the first push-back").isFalse();
            assertThat(main(flow.says(noneOfThese), Action.Handoff.class).reason()).as("the second in a row")
                    .isEqualTo(HandoffReasons.NOT_HELPED_AGAIN);
            assertThat(flow.state().handedOver()).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = LANGUAGES)
    void byMailARejectionOfTheChoicesHandsOverAsSomethingElse(String language, String vague, String expressQ,
                                                             String paymentQ, String newQuestion, String deliveryQ,
                                                             String no, String noneOfThese) {
        Script s = script(language, vague, expressQ, paymentQ, newQuestion, deliveryQ);
        DialogueFlow flow = s.flow();
        flow.state(flow.state().byMail());
        flow.says(vague);
        assertThat(main(flow.says(noneOfThese), Action.Handoff.class).reason())
                .isEqualTo(HandoffReasons.SOMETHING_ELSE);
    }
}
