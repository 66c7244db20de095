package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set 26's wrong turns of the dialogue's own (issue 61), in new sentences in several languages: a person asked for in
 * regional speech beside a clause that gives up on the machine, or "someone who sorts it with me", hands over; "in
 * person" said of a visit asks for no one; an angry reproach after "!!!" is anger, never "not a topic we cover"; "how
 * long do I have to wait?" while a person is awaited is the wait.
 */
class SetTwentySixPolicyTest {

    private static final FaqMatch HOURS = entry(61, "When is the office open?");
    private static final FaqMatch TRIAL = entry(62, "Can I book a trial lesson?");
    private static final FaqMatch DELIVERY = entry(63, "How long does delivery take?");

    /** A clause that gets nowhere with this machine, another that names someone or the shop's people. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | mit disse maschin kumm ik nich trech, gifft dat nich een vun jug lüüd?
            it | sto computer no me capisse gnente, ghe xe qualchedun de voialtri?
            nl | dees machine snapt er niks van, is er nie unne mens bij jullie?
            es | con esta maquinita no hay manera, no hay alguien de ustedes por ahi?
            pt | com esta máquina não resolvo nada. há aí alguém da vossa equipa?
            fr | je m'en sors pas avec ce robot, y a quelqu'un chez vous ?
            nl | is er nie ene medewerker die da effe mee mij kan oplossen?
            """)
    void aPersonAskedForInRegionalSpeechHandsOver(String language, String text) {
        Locale lang = Locale.forLanguageTag(language);
        assertThat(PersonRequest.asksForPerson(text, lang)).as(text).isTrue();
        DialogueFlow flow = new DialogueFlow(new FakeSearch().unsureOtherwise(HOURS, TRIAL, DELIVERY),
                DialogueState.fresh(lang));
        assertThat(flow.says(text).main()).as(text).isInstanceOf(Action.Handoff.class);
    }

    /** The machine the shop sells or a programme, and "in person" of a visit: no one asked for. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            it | il programma del corso non è chiaro, quante persone ci sono in un gruppo?
            de | die Maschine aus dem Katalog passt nicht durch die Tür, wie viele Leute tragen sie hoch?
            en | the machine in the photo isn't the one I got, do people usually return it?
            it | quando posso passare in sede per parlarne di persona? e fate prove gratuite?
            fr | on peut venir en discuter en personne à l'agence samedi ?
            es | puedo ir a la oficina para hablarlo en persona?
            en | can we talk it through in person at your office?
            pt | posso ir à loja falar disso em pessoa?
            """)
    void noPersonAskedFor(String language, String text) {
        assertThat(PersonRequest.asksForPerson(text, Locale.forLanguageTag(language))).as(text).isFalse();
    }

    /** "Can I speak to someone in person?" still asks for someone. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            it | posso parlare di persona con un operatore?
            en | can i talk to a real person in person please
            """)
    void someoneAskedForInPersonStillIs(String language, String text) {
        assertThat(PersonRequest.asksForPerson(text, Locale.forLanguageTag(language))).as(text).isTrue();
    }

    /**
     * A problem told with "!!!" and a reproach ("you could have told us") is anger: the apology and the offer of a
     * person, never "that is not a topic our answers cover", where the FAQ finds nothing near.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            it | abbiamo guidato un'ora e ci avete mandati via perché mancava il libretto!!! potevate avvisarci
            en | drove all the way out and got turned away for a missing form!!! you could have told us on the phone
            es | fuimos hasta allí y nos dijeron que faltaba un papel!!! podríais haber avisado antes
            de | sind extra hingefahren und dann fehlte ein zettel!!! das hättet ihr vorher sagen können
            """)
    void anAngryReproachNeverGetsTheNotCoveredText(String language, String text) {
        Locale lang = Locale.forLanguageTag(language);
        assertThat(Mood.angry(text, lang)).as(text).isTrue();
        FakeSearch search = new FakeSearch().offTopicOtherwise(HOURS, TRIAL);
        Action main = new DialogueFlow(search, DialogueState.fresh(lang)).says(text).main();
        assertThat(main).as(text + " -> " + main).isInstanceOf(Action.OfferPerson.class);
        assertThat(((Action.OfferPerson) main).why()).as(text).isEqualTo(Action.OfferPerson.Why.UPSET);
    }

    /** A calm "!!" with a plain question stays calm. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | we loved the trial lesson!! could we book another one for saturday?
            it | la lezione era bellissima!! si può prenotare anche sabato?
            """)
    void aGladExclamationIsNoAnger(String language, String text) {
        assertThat(Mood.angry(text, Locale.forLanguageTag(language))).as(text).isFalse();
    }

    /** While a person is awaited, "how long do I have to wait?" in any wording is the wait, not the delivery entry. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            pt | e quanto tempo vou ficar à espera?
            pt | quanto tempo ainda tenho de aguardar?
            es | cuanto me toca esperar?
            it | quanto tempo dovrò aspettare?
            fr | combien de temps je vais devoir attendre ?
            nl | hoe lang moet ik nog wachten dan?
            de | wie lange soll ich denn warten?
            en | how long am i gonna be waiting
            """)
    void howLongTheWaitIsGetsTheWaitingReply(String language, String text) {
        Locale lang = Locale.forLanguageTag(language);
        DialogueFlow flow = new DialogueFlow(new FakeSearch().confidentOtherwise(DELIVERY),
                DialogueState.fresh(lang).withHandoff(false));
        assertThat(flow.says(text).main()).as(text).isEqualTo(new Action.Acknowledge(false));
    }

    /** The wait for a thing the question names is asked about: the entry. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            pt | quanto tempo tenho de esperar pela entrega do sofá? | Quanto tempo demora a entrega?
            es | cuanto hay que esperar para el reembolso?          | ¿Cuánto tarda el reembolso?
            """)
    void theWaitForAThingNamedIsAnswered(String language, String text, String question) {
        Locale lang = Locale.forLanguageTag(language);
        // the shop's FAQ is in the conversation's language: the entry knows the thing the question names
        FaqMatch named = new FaqMatch(DELIVERY.entryId(), question, DELIVERY.answer(), DELIVERY.score());
        DialogueFlow flow = new DialogueFlow(new FakeSearch().confidentOtherwise(named),
                DialogueState.fresh(lang).withHandoff(false));
        assertThat(flow.says(text).main()).as(text).isInstanceOf(Action.FaqAnswer.class);
    }
}
