package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.main;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "No" and "that didn't help" after an answer (issue 61), in every shipped language: the next-best entries of the
 * same topic only (near the question answered), else the offer of a person, never unrelated choices; the second time
 * in a row, a person takes over.
 */
class NotHelpedTest {

    private static final String LANGUAGES = """
            en | my discount code says invalid           | no   | that didn't help
            de | Mein Rabattcode ist ungültig            | nein | Das hat nicht geholfen
            es | Mi código de descuento no es válido     | no   | Eso no me ayudó
            fr | Mon code promo est invalide             | non  | Ça ne m'a pas aidé
            it | Il mio codice sconto non è valido       | no   | Non mi è stato utile
            pt | O meu código de desconto é inválido     | não  | Isso não ajudou
            nl | Mijn kortingscode is ongeldig           | nee  | Dat heeft niet geholpen
            """;

    private static final FaqMatch DISCOUNT = new FaqMatch(61, "discount code not working", "Check the code.", 0.82);
    private static final FaqMatch COMBINE = new FaqMatch(62, "combine discount codes", "One code per order.", 0.64);
    private static final FaqMatch GIFT_CARDS = new FaqMatch(63, "gift cards", "From 10 to 200.", 0.31);
    private static final FaqMatch PAYMENT_FAILED = new FaqMatch(64, "payment failed", "Try again.", 0.28);

    private static DialogueFlow flow(String language, String question, FaqMatch... others) {
        Locale lang = Locale.forLanguageTag(language);
        // the question answered is asked again as written when it did not help
        FakeSearch search = new FakeSearch().confident(question, DISCOUNT, others)
                .confident(Cleanup.forLookup(question, lang), DISCOUNT, others);
        return new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = LANGUAGES)
    void noWithNothingOfTheSameTopicLeftGetsTheOfferOfAPersonNotUnrelatedChoices(String language, String question,
                                                                                 String no, String notHelped) {
        for (String rejection : new String[] {no, notHelped}) {
            DialogueFlow flow = flow(language, question, GIFT_CARDS, PAYMENT_FAILED);
            assertThat(main(flow.says(question), Action.FaqAnswer.class).entry()).isEqualTo(DISCOUNT);
            assertThat(main(flow.says(rejection), Action.OfferPerson.class).why()).as(rejection)
                    .isEqualTo(Action.OfferPerson.Why.NOT_HELPED);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = LANGUAGES)
    void noGetsOnlyTheNextBestEntriesOfTheSameTopic(String language, String question, String no, String notHelped) {
        DialogueFlow flow = flow(language, question, COMBINE, GIFT_CARDS, PAYMENT_FAILED);
        flow.says(question);
        assertThat(main(flow.says(notHelped), Action.Clarify.class).choices()).containsExactly(COMBINE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = LANGUAGES)
    void noToTheNextBestEntriesHandsOver(String language, String question, String no, String notHelped) {
        DialogueFlow flow = flow(language, question, COMBINE, GIFT_CARDS);
        flow.says(question);
        assertThat(flow.says(no).main()).isInstanceOf(Action.Clarify.class);

        Decision second = flow.says(no);
        assertThat(second.main().handsOver()).isTrue();
        assertThat(flow.state().handedOver()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = LANGUAGES)
    void aPickThatDidNotHelpEitherHandsOver(String language, String question, String no, String notHelped) {
        DialogueFlow flow = flow(language, question, COMBINE, GIFT_CARDS);
        flow.says(question);
        flow.says(notHelped);
        assertThat(main(flow.presses(Press.entry(COMBINE.entryId(), COMBINE.question(), COMBINE.answer())),
                Action.FaqAnswer.class).entry().entryId()).isEqualTo(COMBINE.entryId());

        Decision second = flow.says(notHelped);
        assertThat(main(second, Action.Handoff.class).reason()).isEqualTo(HandoffReasons.NOT_HELPED_AGAIN);
        assertThat(flow.state().handedOver()).isTrue();
    }
}
