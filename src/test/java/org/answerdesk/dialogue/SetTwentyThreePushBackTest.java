package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set 23's push-backs and requests for a person mishandled (issue 61), in new sentences in every shipped language: a
 * person wanted whatever the noun after "someone", or asked to call; a rejection that shares a word with thanks; a
 * push-back that says what was asked gets the apology and a person, never choices or an entry it was not about.
 */
class SetTwentyThreePushBackTest {

    private static final FaqMatch LOST = entry(41, "My parcel is lost. What can I do?");
    private static final FaqMatch CABLE = entry(44, "Is a cable included?");
    private static final FaqMatch TAX = entry(45, "Do you file personal tax returns?");

    private static DialogueFlow flow(FakeSearch search, Locale language) {
        return new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(language));
    }

    /** The wanted thing is a person, whatever the noun after "someone" names: after an answer, a handover. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | forget it, i want someone from the front desk, this is getting on my nerves
            de | vergiss es, ich will jemanden von der rezeption, das nervt mich
            fr | bon ça suffit, je voudrais quelqu'un du service client svp
            it | lascia stare, voglio qualcuno dell'ufficio, mi sto innervosendo
            es | déjalo, quiero alguien de recepción que me estoy poniendo de los nervios
            nl | laat maar, ik wil graag iemand van de balie, dit werkt op mijn zenuwen
            pt | esquece, quero alguém da recepção, já estou ficando nervoso
            """)
    void someoneWantedIsARequestForAPerson(String language, String request) {
        Locale lang = Locale.forLanguageTag(language);
        assertThat(PersonRequest.asksForPerson(request, lang)).as(request).isTrue();
        DialogueFlow flow = flow(new FakeSearch().confident("where is my parcel", LOST)
                .unsureOtherwise(FakeSearch.PASSWORD, FakeSearch.SHIPPING), lang);
        flow.says("where is my parcel");
        Decision d = flow.says(request);
        assertThat(d.main()).as(request + " -> " + d.main()).isInstanceOf(Action.Handoff.class);
    }

    /**
     * "Let someone from the office call me": a person asked for by the call wanted (the German, French, Italian,
     * Dutch and Portuguese rows are read so on main already; English and Spanish were not).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | look pal, just have someone from the office ring me later and we'll sort it
            de | schau, soll mich halt jemand vom büro später anrufen, dann klären wir das
            fr | écoutez, que quelqu'un du bureau me rappelle plus tard et on en parle
            it | senti, mi faccia chiamare da qualcuno dell'ufficio più tardi e ne parliamo
            es | oye, que me llame alguien de la tienda luego y lo hablamos tranquilamente
            nl | luister, laat iemand van kantoor me straks bellen dan bespreken we het
            pt | olha, pede para alguém do escritório me ligar depois e a gente conversa
            """)
    void aCallFromSomeoneIsARequestForAPerson(String language, String request) {
        assertThat(PersonRequest.asksForPerson(request, Locale.forLanguageTag(language))).as(request).isTrue();
    }

    /** "someone" that is not the thing wanted, or wanted by the shop: no request. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | do you want someone to be home when the parcel comes
            en | i want to know if someone can collect it for me
            de | wollt ihr jemanden für den aufbau mitschicken
            es | quiero saber si alguien puede recogerlo por mí
            fr | je veux savoir si quelqu'un peut le récupérer à ma place
            """)
    void someoneNotWantedIsNoRequest(String language, String text) {
        assertThat(PersonRequest.asksForPerson(text, Locale.forLanguageTag(language))).as(text).isFalse();
    }

    /**
     * A rejection typed after choices that shares a word with thanks ("passt", "vale", "va bene", "ça marche",
     * "certo", "great"): never read as thanks (Dutch: its row is read as a "no" on main already).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | nope, not great
            de | das passt alles nicht
            fr | non, ça marche pas
            it | no, non mi va bene nessuna
            es | no, no me vale ninguna
            nl | nee, dat werkt allemaal niet
            pt | não, não ta certo nenhuma
            """)
    void aNegatedWordOfThanksIsNoThanks(String language, String text) {
        Locale lang = Locale.forLanguageTag(language);
        assertThat(Acts.read(text, lang).act()).as(text).isNotEqualTo(java.util.Optional.of(Act.THANKS));
        DialogueFlow flow = flow(new FakeSearch().unsure("parcel", LOST, FakeSearch.PASSWORD, FakeSearch.SHIPPING),
                lang);
        assertThat(flow.says("parcel").main()).isInstanceOf(Action.Clarify.class);
        Decision d = flow.says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isNotInstanceOf(Action.ActReply.class)
                .isNotInstanceOf(Action.Clarify.class);
    }

    /** A thanks with a word of negation in it ("no worries", "non importa") stays a thanks or a "no". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | passt scho, danke
            es | vale, no pasa nada
            en | ok no worries, thanks
            """)
    void aThanksWithANegationStaysOne(String language, String text) {
        assertThat(Acts.read(text, Locale.forLanguageTag(language)).act()).as(text)
                .isNotEqualTo(java.util.Optional.of(Act.NOT_HELPED));
    }

    /**
     * After an answer, a push-back that says what was asked and tells what the customer did ("not what I asked, the
     * neighbours don't have it either"), the FAQ unsure of its words: the apology and a person, never unrelated
     * choices.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | that's not what i was asking, the neighbours don't have it either
            de | das ist nicht das was ich gefragt habe, beim nachbarn ist es auch nicht
            fr | c'est pas ce que j'ai demandé, le voisin ne l'a pas non plus
            it | non è quello che ho chiesto, neanche il vicino ce l'ha
            es | no es lo que pregunté, el vecino tampoco lo tiene
            nl | dat is niet wat ik vroeg, de buren hebben het ook niet
            pt | não foi isso que eu perguntei, o vizinho também não tem
            """)
    void aPushBackSayingWhatWasAskedGetsTheApologyNotChoices(String language, String pushBack) {
        Locale lang = Locale.forLanguageTag(language);
        DialogueFlow flow = flow(new FakeSearch().confident("the parcel never arrived", LOST, FakeSearch.PASSWORD,
                FakeSearch.SHIPPING)
                .unsureOtherwise(FakeSearch.PASSWORD, FakeSearch.SHIPPING), lang);
        assertThat(flow.says("the parcel never arrived").main()).isInstanceOf(Action.FaqAnswer.class);
        assertRejected(pushBack, flow.says(pushBack));
    }

    /** The apology, what is missing and a person ({@link Action.OfferPerson.Why#REJECTED}). */
    private static void assertRejected(String text, Decision d) {
        assertThat(d.main()).as(text + " -> " + d.main()).isEqualTo(
                new Action.OfferPerson(Action.OfferPerson.Why.REJECTED));
    }

    /**
     * After choices, the question said again ("but I asked if the cable is included") answered confidently by an entry
     * (the tax returns) that the question read with the message before does not find first: the apology and a person.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | ok but i asked if the cable is included
            de | ja aber ich hab gefragt ob das kabel dabei ist
            fr | oui mais j'ai demandé si le câble est compris
            it | sì ma ho chiesto se il cavo è incluso
            es | ya pero te pregunté si el cable va incluido
            nl | ja maar ik vroeg of de kabel erbij zit
            pt | sim mas eu perguntei se o cabo vem incluído
            """)
    void aQuestionSaidAgainGetsNoEntryTheMessageBeforeDoesNotFind(String language, String restated) {
        assertRejected(restated, saidAgainAfterChoices(language, restated, false));
    }

    /** The same, where the reading with the message before finds that entry first: it stands. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | ok but i asked if the cable is included
            es | ya pero te pregunté si el cable va incluido
            """)
    void aQuestionSaidAgainConfirmedByTheMessageBeforeGetsItsEntry(String language, String restated) {
        Decision d = saidAgainAfterChoices(language, restated, true);
        assertThat(d.main()).as(restated + " -> " + d.main()).isInstanceOf(Action.FaqAnswer.class);
        assertThat(((Action.FaqAnswer) d.main()).entry().entryId()).isEqualTo(CABLE.entryId());
    }

    /**
     * After choices for a charger, {@code restated}: its own words confidently find the cable entry ({@code confirmed})
     * or the tax entry, which the reading with the message before does not hold.
     */
    private static Decision saidAgainAfterChoices(String language, String restated, boolean confirmed) {
        Locale lang = Locale.forLanguageTag(language);
        String question = "do you sell laptop chargers";
        FakeSearch search = new FakeSearch().unsure(question, FakeSearch.PASSWORD, FakeSearch.SHIPPING);
        if (confirmed) {
            search.confidentOtherwise(CABLE);
        } else {
            search.confidentOtherwise(TAX).unsure(Cleanup.forLookup(question + " " + restated, lang),
                    FakeSearch.PASSWORD, FakeSearch.SHIPPING);
        }
        DialogueFlow flow = flow(search, lang);
        assertThat(flow.says(question).main()).isInstanceOf(Action.Clarify.class);
        return flow.says(restated);
    }
}
