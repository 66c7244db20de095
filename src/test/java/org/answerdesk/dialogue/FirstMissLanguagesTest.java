package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.main;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question the FAQ has no answer for but is not far from (no LLM), in every shipped language: on a chat the first
 * such miss is the offer of a person, never a ticket the customer did not ask for, and a covered question after it is
 * still answered as before, not met with "the team has your message". A "yes" or a second miss in a row opens the
 * ticket; a mail's miss opens it at once. Typed instead of a tap while choices show (a rejection the act reader may not
 * place), an apology, other words or a person; a question typed instead is unsure of itself, no apology. The
 * sentences are new ones, not the judged conversations'.
 */
class FirstMissLanguagesTest {

    /**
     * Per language: a question the FAQ misses, a covered question and its entry, a "yes", a vague message that gets
     * choices, a rejection of them in everyday or regional words.
     */
    private static final String LANGUAGES = """
            en | does the big enamel roaster fit in a standard oven     | what's postage to inverness         | How much does shipping cost?    | aye go on | my thing                | naw, yer miles off there pal
            de | passt der große Bräter in einen normalen Backofen      | was kostet der Versand nach Graz    | Was kostet der Versand?         | ja bitte  | mei Zeug                | ne, do liegst voll daneben
            fr | la grande cocotte rentre dans un four normal ?         | combien pour livrer à Lille         | Combien coûte la livraison ?    | oui svp   | mon truc                | bof non, t'es complètement à côté là
            it | la teglia grande entra in un forno normale?            | quanto costa spedire a Bari         | Quanto costa la spedizione?     | sì grazie | la mia roba             | macché, nun ce semo proprio
            es | la fuente grande cabe en un horno normal?              | cuánto sale el envío a Rosario      | ¿Cuánto cuesta el envío?        | sí        | lo mío                  | qué va, ni de cerca che
            nl | past de grote braadslee in een gewone oven?            | wat kost verzenden naar Gent        | Wat kost de verzending?         | ja graag  | mijn ding               | allee nee, da's er compleet naast
            pt | a assadeira grande cabe num forno normal?              | quanto fica o frete pra Recife      | Quanto custa o frete?           | sim       | minhas coisas           | nada a ver, tá viajando
            """;

    private record Script(FakeSearch search, Locale lang, FaqMatch cost) {

        DialogueFlow flow() {
            return new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        }
    }

    private static Script script(String language, String miss, String covered, String costQ, String vague) {
        Locale lang = Locale.forLanguageTag(language);
        FaqMatch cost = new FaqMatch(71, costQ, "4.95 standard, free over 45.", 0.5);
        FaqMatch returns = new FaqMatch(72, "Returns?", "30 days.", 0.3);
        FaqMatch hours = new FaqMatch(73, "Hours?", "9 to 5.", 0.2);
        FakeSearch search = new FakeSearch()
                .far(Cleanup.forLookup(miss, lang), returns, hours)
                .confident(Cleanup.forLookup(covered, lang), cost)
                .unsure(Cleanup.forLookup(vague, lang), returns, hours);
        return new Script(search, lang, cost);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = LANGUAGES)
    void aFirstMissOffersAPersonAndACoveredQuestionAfterItIsStillAnswered(String language, String miss,
                                                                          String covered, String costQ, String yes,
                                                                          String vague, String rejection) {
        Script s = script(language, miss, covered, costQ, vague);
        DialogueFlow flow = s.flow();

        Decision d = flow.says(miss);

        assertThat(main(d, Action.OfferPerson.class).why()).isEqualTo(Action.OfferPerson.Why.NOT_FOUND);
        assertThat(d.main().handsOver()).as("no ticket the customer did not ask for").isFalse();
        assertThat(flow.state().handedOver()).isFalse();
        Decision next = flow.says(covered);
        assertThat(main(next, Action.FaqAnswer.class).entry()).isEqualTo(s.cost());
        assertThat(next.mirrored()).as("no ticket waits: nothing mirrored to a desk").isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = LANGUAGES)
    void aYesAcceptsTheOffer(String language, String miss, String covered, String costQ, String yes, String vague,
                             String rejection) {
        DialogueFlow flow = script(language, miss, covered, costQ, vague).flow();
        flow.says(miss);

        assertThat(flow.says(yes).main()).isInstanceOf(Action.Handoff.class);
        assertThat(flow.state().handedOver()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = LANGUAGES)
    void aSecondMissInARowOpensTheTicket(String language, String miss, String covered, String costQ, String yes,
                                         String vague, String rejection) {
        DialogueFlow flow = script(language, miss, covered, costQ, vague).flow();
        flow.says(miss);

        assertThat(main(flow.says(miss), Action.Handoff.class).reason()).isEqualTo(HandoffReasons.NO_ANSWER);
        assertThat(flow.state().handedOver()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = LANGUAGES)
    void byMailAMissOpensTheTicketAtOnce(String language, String miss, String covered, String costQ, String yes,
                                         String vague, String rejection) {
        DialogueFlow flow = script(language, miss, covered, costQ, vague).flow();
        flow.state(flow.state().byMail());

        assertThat(main(flow.says(miss), Action.Handoff.class).reason()).isEqualTo(HandoffReasons.NO_ANSWER);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = LANGUAGES)
    void aFirstRejectionOfTheChoicesInOwnWordsGetsAnApologyNotATicket(String language, String miss, String covered,
                                                                     String costQ, String yes, String vague,
                                                                     String rejection) {
        Script s = script(language, miss, covered, costQ, vague);
        DialogueFlow flow = s.flow();
        assertThat(flow.says(vague).main()).isInstanceOf(Action.Clarify.class);

        Decision d = flow.says(rejection);

        assertThat(main(d, Action.OfferPerson.class).why()).as(rejection)
                .isEqualTo(Action.OfferPerson.Why.REJECTED);
        assertThat(flow.state().handedOver()).as("no ticket at the first push-back").isFalse();
        assertThat(main(flow.says(covered), Action.FaqAnswer.class).entry()).as("asked in other words")
                .isEqualTo(s.cost());
    }

    /** Per language: a vague message that gets choices, then a new question typed instead of a tap. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | my thing      | how long do the candles in the window burn?
            de | mei Zeug      | wie lange brennen die Kerzen im Schaufenster?
            fr | mon truc      | combien de temps brûlent les bougies de la vitrine ?
            it | la mia roba   | quanto durano le candele in vetrina?
            es | lo mío        | cuánto duran las velas de la vidriera?
            nl | mijn ding     | hoelang branden de kaarsen in de etalage?
            pt | minhas coisas | quanto tempo duram as velas da vitrine?
            """)
    void aQuestionTypedWhileChoicesShowIsAskedNotTakenForARejection(String language, String vague, String question) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().unsure(Cleanup.forLookup(vague, lang),
                new FaqMatch(72, "Returns?", "30 days.", 0.3), new FaqMatch(73, "Hours?", "9 to 5.", 0.2));
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        assertThat(flow.says(vague).main()).isInstanceOf(Action.Clarify.class);

        Decision d = flow.says(question);

        assertThat(main(d, Action.OfferPerson.class).why()).as("unsure of the new question, no apology for a guess")
                .isEqualTo(Action.OfferPerson.Why.NOT_FOUND);
        assertThat(flow.state().handedOver()).isFalse();
    }
}
