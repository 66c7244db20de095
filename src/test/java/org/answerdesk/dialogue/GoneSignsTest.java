package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Signs of no longer said the spoken way ({@code told.gone}): German "nix mehr", Brazilian "a gente não vai
 * conseguir", Italian "non riusciamo a continuare", Quebec French "pas capable" without "ne". A story whose last
 * clause says one has the shop's cancelling entry lead its choices ({@link GoneChoices}); the arrangement told with
 * "eingeschrieben", "assinei" makes it a cancellation told ({@link ToldCancellation#tells}). Nothing is claimed.
 */
class GoneSignsTest {

    private static final FaqMatch CANCELLING = new FaqMatch(91, "How do I withdraw?",
            "Write to us; until 14 days before it is free.", 0.9);
    private static final FaqMatch PRICES = new FaqMatch(92, "What does it cost?", "From 200.", 0.9);
    private static final FaqMatch OFFER = new FaqMatch(93, "What do you offer?", "Courses and kitchens.", 0.9);
    private static final FaqMatch HOURS = new FaqMatch(94, "When are you open?", "Monday to Friday.", 0.9);

    private static Questions shop(Locale lang) {
        FakeSearch search = new FakeSearch();
        for (String word : Lexicon.of(lang).orElseThrow().foldedWords("cancel.alone")) {
            search.unsure(Cleanup.forLookup(word, lang), CANCELLING, HOURS);
        }
        return new Questions(search, search, search);
    }

    /** Language | a story whose last clause says, the spoken way, that it will not go on. */
    private static final String SPOKEN = """
            de | wir haben die küche im februar bestellt, aber mein mann wird versetzt, das wird jetzt nix mehr mit dem umbau
            pt | a gente fechou o pacote da festa em junho, mas a mãe dele ficou doente e a gente não vai conseguir fazer
            it | mio figlio è iscritto al corso di nuoto da settembre, ma con il nuovo lavoro non riusciamo a continuare
            fr | mon gars est inscrit au camp de soccer cet été, mais on déménage à gatineau en juin, il sera pas capable
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = SPOKEN)
    void theSpokenSignOfNoLongerHasTheCancellingEntryLeadTheChoices(String language, String message) {
        Locale lang = Locale.forLanguageTag(language);
        Action.Clarify shown = new Action.Clarify(List.of(PRICES, OFFER, HOURS), 0.3, null, null, false);
        assertThat(GoneChoices.decided(shown, message, lang, shop(lang))).as(message)
                .isInstanceOfSatisfying(Action.Clarify.class, c -> {
                    assertThat(c.choices()).containsExactly(CANCELLING, PRICES, OFFER);
                    assertThat(c.closest()).isEqualTo(CANCELLING.entryId());
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = SPOKEN)
    void theSameStoryWithoutItsLastClauseKeepsItsChoices(String language, String message) {
        Locale lang = Locale.forLanguageTag(language);
        Action.Clarify shown = new Action.Clarify(List.of(PRICES, OFFER, HOURS), 0.3, null, null, false);
        String begun = message.substring(0, message.indexOf(','));
        assertThat(GoneChoices.decided(shown, begun, lang, shop(lang))).as(begun).isSameAs(shown);
    }

    /** Language | an arrangement told by signing or enrolling, then that it will not go on. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | ich habe mich für den yogakurs im mai eingeschrieben, aber ich ziehe weg und komme nicht mehr
            de | wir haben den vertrag für die einbauküche unterschrieben, aber jetzt brauchen wir sie doch nicht
            pt | assinei o contrato da cozinha em março, mas agora não vamos conseguir pagar
            pt | contratamos o buffet para o batizado, mas afinal a festa não vai mais acontecer
            """)
    void anArrangementSignedOrEnrolledIsACancellationTold(String language, String message) {
        assertThat(ToldCancellation.tells(message, Locale.forLanguageTag(language))).as(message).isTrue();
    }

    /** Language | a fault or a wish, which keep their reading. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | ich habe den vertrag unterschrieben, wann kommt die küche?
            pt | assinei o contrato ontem, quando vocês vêm medir?
            fr | mon fils est inscrit au camp, il est capable de nager seul?
            """)
    void aQuestionAfterTheArrangementIsNoEnding(String language, String message) {
        assertThat(ToldCancellation.endsGone(message, Locale.forLanguageTag(language))).as(message).isFalse();
    }
}
