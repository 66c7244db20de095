package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.main;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question the FAQ is unsure of with no choices of its own (the band between "far" and "did you mean"), said later in
 * a conversation and in the shop's words (it shares a content word with one of the closest entries): the closest
 * entries as "did you mean", the one that shares it among them, rather than "put it in other words" or, as a second
 * miss, a ticket. As the conversation's first message, or in words none of the closest entries has, the offer of a
 * person as before. Seven languages, sentences of their own (not the judged conversations').
 */
class BandChoicesLanguagesTest {

    /**
     * Per language: a covered question, the entry it gets, a question in the band that names the warranty, the
     * warranty entry, and a question in the band in words none of the closest entries has.
     */
    private static final String LANGUAGES = """
            en | how much is postage to cardiff   | How much does shipping cost?     | if the toaster packs in after a year, do i get the guarantee  | Do your appliances come with a guarantee? | do you take old batteries for recycling
            de | was kostet der Versand nach Linz | Was kostet der Versand?          | geht der Toaster nach einem Jahr kaputt, gilt dann die Garantie | Gibt es eine Garantie auf Geräte?        | nehmt ihr alte Batterien zum Recycling zurück
            fr | combien pour envoyer à Nantes    | Combien coûte la livraison ?     | si le grille-pain lâche au bout d'un an, la garantie marche ?  | Les appareils ont-ils une garantie ?     | vous reprenez les vieilles piles pour le recyclage ?
            it | quanto costa mandarlo a Pisa     | Quanto costa la spedizione?      | se il tostapane si rompe dopo un anno vale la garanzia?         | Gli elettrodomestici hanno la garanzia?  | ritirate le pile vecchie per il riciclo?
            es | cuánto cuesta mandarlo a Córdoba | ¿Cuánto cuesta el envío?         | si la tostadora se rompe al año, me cubre la garantía?          | ¿Los aparatos tienen garantía?           | reciben pilas viejas para reciclar?
            nl | wat kost opsturen naar Brugge    | Wat kost de verzending?          | als de broodrooster na een jaar stukgaat, geldt de garantie dan | Hebben jullie apparaten garantie?        | nemen jullie oude batterijen terug om te recycleren?
            pt | quanto custa mandar pra Braga    | Quanto custa o frete?            | se a torradeira pifar depois de um ano, vale a garantia?        | Os aparelhos têm garantia?               | vocês recolhem pilhas velhas pra reciclar?
            """;

    private record Script(FakeSearch search, Locale lang, FaqMatch cost, FaqMatch warranty) {

        DialogueFlow flow() {
            return new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        }
    }

    private static Script script(String language, String covered, String costQ, String named, String warrantyQ,
                                 String unnamed) {
        Locale lang = Locale.forLanguageTag(language);
        FaqMatch cost = new FaqMatch(81, costQ, "4.95", 0.5);
        FaqMatch warranty = new FaqMatch(82, warrantyQ, "2", 0.3);
        FaqMatch hours = new FaqMatch(83, "Hours?", "9 to 5.", 0.2);
        FakeSearch search = new FakeSearch()
                .confident(Cleanup.forLookup(covered, lang), cost)
                .far(Cleanup.forLookup(named, lang), hours, warranty, cost)
                .far(Cleanup.forLookup(unnamed, lang), hours, cost);
        return new Script(search, lang, cost, warranty);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = LANGUAGES)
    void afterAnAnswerAQuestionInTheShopsWordsGetsTheClosestEntriesAsChoices(String language, String covered,
                                                                            String costQ, String named,
                                                                            String warrantyQ, String unnamed) {
        Script s = script(language, covered, costQ, named, warrantyQ, unnamed);
        DialogueFlow flow = s.flow();
        assertThat(main(flow.says(covered), Action.FaqAnswer.class).entry()).isEqualTo(s.cost());

        Decision d = flow.says(named);

        assertThat(main(d, Action.Clarify.class).choices()).as(named).contains(s.warranty()).hasSizeLessThanOrEqualTo(3);
        assertThat(flow.state().handedOver()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = LANGUAGES)
    void asASecondMissItGetsChoicesNotATicket(String language, String covered, String costQ, String named,
                                              String warrantyQ, String unnamed) {
        Script s = script(language, covered, costQ, named, warrantyQ, unnamed);
        DialogueFlow flow = s.flow();
        assertThat(main(flow.says(unnamed), Action.OfferPerson.class).why())
                .isEqualTo(Action.OfferPerson.Why.NOT_FOUND);

        Decision d = flow.says(named);

        assertThat(main(d, Action.Clarify.class).choices()).as(named).contains(s.warranty());
        assertThat(d.main().handsOver()).as("no ticket the customer did not ask for").isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = LANGUAGES)
    void asTheFirstMessageOrInWordsNoEntryHasTheOfferOfAPersonStays(String language, String covered, String costQ,
                                                                  String named, String warrantyQ, String unnamed) {
        Script s = script(language, covered, costQ, named, warrantyQ, unnamed);
        assertThat(main(s.flow().says(named), Action.OfferPerson.class).why()).as("first message: off-topic ones "
                + "land here as often").isEqualTo(Action.OfferPerson.Why.NOT_FOUND);

        DialogueFlow flow = s.flow();
        flow.says(covered);
        assertThat(main(flow.says(unnamed), Action.OfferPerson.class).why()).as(unnamed)
                .isEqualTo(Action.OfferPerson.Why.NOT_FOUND);
    }
}
