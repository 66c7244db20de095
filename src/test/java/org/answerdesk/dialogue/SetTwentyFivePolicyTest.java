package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set 25's wrong turns of the dialogue's own (issue 61), in new sentences in several languages: a problem told with
 * a word like "wrong" is a question; a push-back with a new question gets the apology and that question's own lookup,
 * never the entry pushed back on; a waiting customer asking about the wait gets the waiting reply (with the away text
 * outside hours); a request for a person in the subjunctive ("que me pongas con ...") hands over.
 */
class SetTwentyFivePolicyTest {

    private static final FaqMatch LOGIN = entry(51, "I can't log in to my account");
    private static final FaqMatch PRICES = entry(52, "How much does a lesson cost?");
    private static final FaqMatch GROUPS = entry(53, "How many riders are in a group?");
    private static final FaqMatch WARRANTY = entry(54, "What warranty do the panels have?");
    private static final FaqMatch DELIVERY = entry(55, "How long does delivery take?");

    private static DialogueFlow flow(FakeSearch search, Locale language) {
        return new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(language));
    }

    /**
     * After the login entry, a message that tells the problem in words of its own ("typed my pin five times and it
     * keeps saying invalid") is a question: the FAQ's entry, never "Sorry, I got that wrong".
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how do i log in to my account? | still cant log on, typed my pin five times and it keeps telling me wrong code
            de | wie melde ich mich bei meinem konto an? | komme nicht rein, hab das kennwort dreimal getippt und es meldet immer falsch
            es | como entro en mi cuenta? | no puedo entrar, he metido la clave tres veces y me sale que es incorrecta
            fr | comment je me connecte à mon compte ? | j'arrive pas à me connecter, j'ai tapé le code trois fois et ça dit erroné
            """)
    void aProblemToldIsAQuestionNotARejection(String language, String first, String told) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confident(first, LOGIN, PRICES)
                .confident(Cleanup.forLookup(first, lang), LOGIN, PRICES)
                .unsureOtherwise(LOGIN, PRICES, GROUPS);
        DialogueFlow flow = flow(search, lang);
        assertThat(flow.says(first).main()).isInstanceOf(Action.FaqAnswer.class);
        Decision d = flow.says(told);
        assertThat(d.main()).as(told + " -> " + d.main())
                .isNotEqualTo(new Action.OfferPerson(Action.OfferPerson.Why.REJECTED))
                .isNotInstanceOf(Action.Handoff.class);
        assertThat(d.act()).as(told).isNotEqualTo(Optional.of(Act.NOT_HELPED));
    }

    /**
     * After an answer, a push-back and a new question the FAQ is unsure of: the
     * apology with that question's own choices, never the choices of the whole message.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            es | no me has contestado nada. y si falla el inversor dentro de ocho años?
            en | you didnt answer my question. and if the inverter dies in 2033 who pays?
            pt | você não respondeu nada. e se o inversor queimar daqui a 8 anos?
            """)
    void aPushBackWithAnUnsureQuestionGetsItsOwnChoices(String language, String text) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confident("panels on a shared roof", PRICES, GROUPS)
                .unsureOtherwise(GROUPS, DELIVERY);
        for (String alone : alone(text, lang)) {
            search.unsure(alone, WARRANTY, PRICES, DELIVERY);
        }
        DialogueFlow flow = flow(search, lang);
        assertThat(flow.says("panels on a shared roof").main()).isInstanceOf(Action.FaqAnswer.class);
        Decision d = flow.says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isInstanceOf(Action.OfferPerson.class);
        Action.OfferPerson offer = (Action.OfferPerson) d.main();
        assertThat(offer.choices()).as(text).extracting(FaqMatch::entryId)
                .contains(WARRANTY.entryId()).doesNotContain(PRICES.entryId());
    }

    /** The ways the question after the push-back's first sentence is looked up alone. */
    private static java.util.List<String> alone(String text, Locale lang) {
        String question = text.substring(text.indexOf('.') + 1).strip();
        String bare = question.replaceAll("\\s*\\?$", "");
        return java.util.List.of(question, bare, Cleanup.forLookup(question, lang), Cleanup.forLookup(bare, lang));
    }

    /** While a person is awaited: "how long does it usually take", "anyone still there?" are the wait. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how long does it normally take?
            en | hi?? somebody still around
            de | wie lange dauert das normalerweise?
            fr | ça prend combien de temps normalement ?
            fr | il y a encore quelqu'un ?
            es | cuanto tarda normalmente?
            es | hola?? queda alguien por ahi
            pt | ainda tem alguém aí?
            nl | hoe lang duurt dat meestal?
            it | c'è ancora qualcuno?
            """)
    void askingAboutTheWaitGetsTheWaitingReply(String language, String text) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confidentOtherwise(DELIVERY);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(lang).withHandoff(false));
        assertThat(flow.says(text).main()).as(text).isInstanceOf(Action.Acknowledge.class)
                .isEqualTo(new Action.Acknowledge(false));
    }

    /** Outside business hours the waiting reply to a question about the wait carries the away text. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how long does it normally take?
            es | hola?? queda alguien por ahi
            """)
    void outsideHoursTheWaitingReplySaysWhenTheTeamIsBack(String language, String text) {
        Locale lang = Locale.forLanguageTag(language);
        DialogueFlow flow = new DialogueFlow(new FakeSearch().confidentOtherwise(DELIVERY),
                DialogueState.fresh(lang).withHandoff(false).withAwayNotice("Back Monday 9:00."));
        assertThat(flow.says(text).awayNotice()).as(text).contains("Back Monday 9:00.");
    }

    /** A request for a person in the subjunctive ("que me pongas con ..."), angry, after push-backs: a handover. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            es | que no, hombre!! que me pongas con un asesor de una vez
            es | quiero que me comuniques con una persona ya, no sirves para nada
            pt | não!! quero que me coloquem com um atendente agora
            nl | nee!! ik wil dat je me doorverbindt met een medewerker
            """)
    void aSubjunctiveRequestForAPersonHandsOver(String language, String text) {
        Locale lang = Locale.forLanguageTag(language);
        assertThat(PersonRequest.asksForPerson(text, lang)).as(text).isTrue();
        DialogueFlow flow = flow(new FakeSearch().confident("panels on a shared roof", PRICES)
                .unsureOtherwise(GROUPS, DELIVERY), lang);
        flow.says("panels on a shared roof");
        flow.says("no, eso no");
        assertThat(flow.says(text).main()).as(text).isInstanceOf(Action.Handoff.class);
    }

    /** The same verbs about something else are no request. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            es | hace falta que se ponga un soporte especial en el tejado?
            es | el tecnico que me pongan tiene que venir el sabado
            pt | onde coloque a bicicleta pra equipe olhar?
            """)
    void theSameVerbsAboutSomethingElseAreNoRequest(String language, String text) {
        assertThat(PersonRequest.asksForPerson(text, Locale.forLanguageTag(language))).as(text).isFalse();
    }
}
