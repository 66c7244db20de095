package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.main;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "That didn't help" with what is still wrong ("it still says invalid"), in every shipped language (an outside
 * tester's set 5): the details read again find the entry that did not help, which is never given again; and the next
 * "still doesn't help" is the second time in a row, so a person takes over.
 */
class NotHelpedWithDetailsTest {

    private static final String LANGUAGES = """
            en | my discount code says invalid     | that didn't help, it still says invalid although it hasn't expired | still doesn't help
            de | Mein Rabattcode ist ungültig      | Das hat nicht geholfen, er ist immer noch ungültig, obwohl er nicht abgelaufen ist | hilft immer noch nicht
            es | Mi código de descuento no es válido | Eso no me ayudó, sigue diciendo que no es válido y no ha caducado | sigue sin ayudarme
            fr | Mon code promo est invalide       | Ça ne m'a pas aidé, il est toujours invalide alors qu'il n'a pas expiré | ça m'aide toujours pas
            it | Il mio codice sconto non è valido | Non mi è stato utile, dice ancora che non è valido ma non è scaduto | ancora non mi aiuta
            pt | O meu código de desconto é inválido | Isso não ajudou, continua a dizer que é inválido e não expirou | continua sem ajudar
            nl | Mijn kortingscode is ongeldig     | Dat heeft niet geholpen, hij is nog steeds ongeldig terwijl hij niet verlopen is | helpt nog steeds niet
            """;

    private static final FaqMatch DISCOUNT = new FaqMatch(61, "discount code not working", "Check the code.", 0.82);
    private static final FaqMatch GIFT_CARDS = new FaqMatch(63, "gift cards", "From 10 to 200.", 0.31);

    /** Every reading of the messages finds the discount entry confidently, as the real FAQ did. */
    private static DialogueFlow flow(String language, String... messages) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch();
        for (String message : messages) {
            String question = Acts.read(message, lang).question();
            for (String text : new String[] {message, question, Cleanup.forLookup(message, lang),
                    Cleanup.forLookup(question, lang)}) {
                search.confident(text, DISCOUNT, GIFT_CARDS);
            }
        }
        return new DialogueFlow(search, DialogueState.fresh(lang));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = LANGUAGES)
    void theDetailsOfWhatDidNotHelpNeverGetTheSameAnswer(String language, String question, String details,
                                                        String again) {
        DialogueFlow flow = flow(language, question, details);
        assertThat(main(flow.says(question), Action.FaqAnswer.class).entry()).isEqualTo(DISCOUNT);

        Action next = flow.says(details).main();
        assertThat(next).as(details).isNotInstanceOf(Action.FaqAnswer.class);
        if (next instanceof Action.Clarify c) {
            assertThat(c.choices()).as(details).doesNotContain(DISCOUNT).doesNotContain(GIFT_CARDS);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = LANGUAGES)
    void stillNotHelpingAfterTheDetailsHandsOver(String language, String question, String details, String again) {
        DialogueFlow flow = flow(language, question, details);
        flow.says(question);
        flow.says(details);

        Decision second = flow.says(again);
        assertThat(second.main().handsOver()).as(again).isTrue();
        assertThat(flow.state().handedOver()).isTrue();
    }
}
