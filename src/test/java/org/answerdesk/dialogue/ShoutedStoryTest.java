package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.main;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An angry customer who shouts the problem itself (set 36's conversation 5, issue 61): a shouted run longer than an
 * exclamation is the head of the complaint, not noise. It is looked up, in small letters, with what follows it, so
 * that the story's incidental words after it ("paid 60 euro for this??") do not make the payment entry the answer.
 */
class ShoutedStoryTest {

    private static final FaqMatch DAMAGED = new FaqMatch(71, "My item arrived damaged", "Send us a photo.", 0.9);
    private static final FaqMatch PAYMENT = new FaqMatch(73, "How can I pay?", "By card or bank transfer.", 0.9);

    /** Language | the shouted story, then a calm clause of what it cost. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | THE VASE YOU SENT ME CAME WITH A CRACK RIGHT DOWN THE SIDE!!! paid 60 quid for that
            de | DIE VASE IST MIT EINEM RISS QUER DURCH DIE SEITE ANGEKOMMEN!!! 60 euro bezahlt dafür
            fr | LE VASE EST ARRIVÉ AVEC UNE GROSSE FISSURE SUR TOUT LE CÔTÉ!!! 60 euros payés pour ça
            it | IL VASO CHE MI AVETE MANDATO È ARRIVATO CON UNA CREPA SUL LATO!!! pagato 60 euro per questo
            es | EL JARRÓN QUE ME MANDARON LLEGÓ CON UNA GRIETA EN TODO EL COSTADO!!! 60 euros pagué por esto
            pt | O VASO QUE VOCÊS MANDARAM CHEGOU COM UMA RACHADURA NO LADO TODO!!! paguei 60 reais por isso
            nl | DE VAAS DIE JULLIE STUURDEN KWAM AAN MET EEN BARST OVER DE HELE ZIJKANT!!! 60 euro betaald hiervoor
            """)
    void aShoutedStoryIsLookedUpWithWhatFollows(String language, String message) {
        Locale lang = Locale.forLanguageTag(language);
        String story = message.substring(0, message.indexOf("!!!"));
        String calm = Mood.withoutShouting(message);
        assertThat(calm).as(message).startsWith(story.toLowerCase(Locale.ROOT));
        String rest = message.substring(message.indexOf("!!!") + 3).strip();
        FakeSearch search = new FakeSearch()
                .confident(Cleanup.forLookup(Mood.withoutAnger(calm, lang), lang), DAMAGED)
                .confident(Cleanup.forLookup(Mood.withoutAnger(calm, lang), lang).replace(
                        Cleanup.forLookup(story.toLowerCase(Locale.ROOT), lang), "").strip(), PAYMENT)
                .confident(Cleanup.forLookup(rest, lang), PAYMENT);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(lang));
        var offer = main(flow.says(message), Action.OfferPerson.class);
        assertThat(offer.apologising()).isTrue();
        assertThat(offer.answer()).as(message).isNotNull();
        assertThat(offer.answer().entry()).as(message).isEqualTo(DAMAGED);
    }

    /** A short shouted exclamation names no topic: it is still left out. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | THIS IS A JOKE the vase came cracked     | the vase came cracked
            de | DAS IST DOCH UNGLAUBLICH die vase kam mit einem riss an | die vase kam mit einem riss an
            it | MA SIETE SERI?? il vaso è arrivato crepato | il vaso è arrivato crepato
            pt | QUE ABSURDO É ESSE o vaso chegou rachado | o vaso chegou rachado
            """)
    void aShoutedExclamationIsLeftOut(String language, String message, String calm) {
        assertThat(Mood.withoutShouting(message)).isEqualTo(calm);
    }
}
