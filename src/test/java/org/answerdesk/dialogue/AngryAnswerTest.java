package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.main;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An angry customer whose problem the FAQ covers (issue 61), in every shipped language: the apology, the answer and
 * the offer of a person in one reply; where the FAQ is unsure, its choices instead of the answer; far from every
 * entry, the apology and the offer alone.
 */
class AngryAnswerTest {

    private static final String LANGUAGES = """
            en | my mug arrived broken!!! this is the second time. ridiculous | this is ridiculous, where is my parcel
            de | Meine Tasse kam schon wieder kaputt an                       | Eine Frechheit, wo bleibt mein Paket
            es | Mi taza llegó rota otra vez                                  | Es ridículo, dónde está mi paquete
            fr | Ma tasse est arrivée cassée, c'est inadmissible              | C'est inadmissible, où est mon colis
            it | La mia tazza è arrivata rotta di nuovo                       | È ridicolo, dov'è il mio pacco
            pt | A minha caneca chegou partida de novo                        | É ridículo, onde está a minha encomenda
            nl | Mijn mok is alweer kapot aangekomen                          | Belachelijk, waar blijft mijn pakket
            """;

    private static final FaqMatch DAMAGED = new FaqMatch(71, "My item arrived damaged", "Send us a photo.", 0.9);
    private static final FaqMatch ORDER = new FaqMatch(72, "Where is my order?", "See your tracking page.", 0.4);

    private static String lookup(String message, Locale lang) {
        return Cleanup.forLookup(Acts.read(message, lang).question(), lang);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = LANGUAGES)
    void angerWithAQuestionTheFaqAnswersGetsTheApologyTheAnswerAndTheOfferInOneReply(String language, String broken,
                                                                                     String unsure) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confident(lookup(broken, lang), DAMAGED, ORDER);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));

        Decision d = flow.says(broken);
        assertThat(d.angry()).isTrue();
        assertThat(d.actions()).as("one reply").hasSize(1);
        var offer = main(d, Action.OfferPerson.class);
        assertThat(offer.apologising()).isTrue();
        assertThat(offer.answer()).isNotNull();
        assertThat(offer.answer().entry()).isEqualTo(DAMAGED);
        assertThat(flow.state().personOffered()).as("a 'yes' next accepts the offer").isTrue();
        assertThat(main(flow.says(yes(language)), Action.Handoff.class).reason())
                .isEqualTo(HandoffReasons.CUSTOMER_ASKED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = LANGUAGES)
    void angerTheFaqIsUnsureOfGetsTheApologyItsChoicesAndTheOfferInOneReply(String language, String broken,
                                                                            String unsure) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().unsure(lookup(unsure, lang), ORDER, DAMAGED);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));

        Decision d = flow.says(unsure);
        assertThat(d.angry()).isTrue();
        assertThat(d.actions()).as("one reply").hasSize(1);
        var offer = main(d, Action.OfferPerson.class);
        assertThat(offer.apologising()).isTrue();
        assertThat(offer.answer()).isNull();
        assertThat(offer.choices()).as("what may answer it, not the apology alone").containsExactly(ORDER, DAMAGED);
        assertThat(main(flow.says(yes(language)), Action.Handoff.class).reason())
                .isEqualTo(HandoffReasons.CUSTOMER_ASKED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = LANGUAGES)
    void angerFarFromEveryEntryGetsTheApologyAndTheOfferAlone(String language, String broken, String unsure) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().far(lookup(unsure, lang), ORDER);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));

        var offer = main(flow.says(unsure), Action.OfferPerson.class);
        assertThat(offer.apologising()).isTrue();
        assertThat(offer.answer()).isNull();
        assertThat(offer.choices()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | THIS IS A JOKE you took money off my card TWICE for ONE order!!! | you took money off my card TWICE for ONE order!!!
            de | DAS IST EINE FRECHHEIT! die Brille ist nach 3 Wochen zerkratzt!!  | die Brille ist nach 3 Wochen zerkratzt!!
            es | ESTO ES UN ROBO me cobraron 35 lucas por la bencina!!!           | me cobraron 35 lucas por la bencina!!!
            fr | C'EST QUOI C'T'AFFAIRE LÀ j'annule 2 jours d'avance pis vous me remboursez pas, c'est du vol | j'annule 2 jours d'avance pis vous me remboursez pas, c'est du vol
            it | MA SIETE SERI VOI?? avete annullato il giro e ora chi mi ridà i soldi!!! | avete annullato il giro e ora chi mi ridà i soldi!!!
            pt | TO MUITO P DA VIDA!!! comprei um saco de 15kg e vcs NAO trocam??  | comprei um saco de 15kg e vcs NAO trocam??
            nl | DIT IS ECHT BELACHELIJK. ik heb 3 dagen op voorhand afgezegd!!!   | ik heb 3 dagen op voorhand afgezegd!!!
            """)
    void theShoutingIsLeftOutOfWhatAnAngryMessageIsLookedUpBy(String language, String shouted, String calm) {
        Locale lang = Locale.forLanguageTag(language);
        assertThat(Mood.withoutShouting(shouted)).isEqualTo(calm);
        FakeSearch search = new FakeSearch().confident(Cleanup.forLookup(calm, lang), DAMAGED);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));

        var offer = main(flow.says(shouted), Action.OfferPerson.class);
        assertThat(offer.apologising()).isTrue();
        assertThat(offer.answer()).as("the answer to what is under the shouting").isNotNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            WHERE IS MY ORDER                       | WHERE IS MY ORDER
            I ORDERED ONE mug                       | I ORDERED ONE mug
            it came TWICE                           | it came TWICE
            """)
    void aShoutedWordOrAWholeShoutedMessageStays(String text, String looked) {
        assertThat(Mood.withoutShouting(text)).isEqualTo(looked);
    }

    private static String yes(String language) {
        return switch (language) {
            case "de", "nl" -> "ja";
            case "es", "it" -> "sí";
            case "fr" -> "oui";
            case "pt" -> "sim";
            default -> "yes";
        };
    }
}
