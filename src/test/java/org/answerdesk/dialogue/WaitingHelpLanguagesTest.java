package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.main;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * While a conversation waits for a person and none has written (issue 61, class 5; set 3: "whats ur opening hours
 * anyway", "intanto domenica posso venire alle 7?" got only "the team has your message"): a question the FAQ covers
 * gets the FAQ's help meanwhile. Unsure, its did-you-mean entries come with the acknowledgement, never a new offer of
 * a person; an angry question the FAQ answers gets the answer. After an accepted offer, an "ok" is not another yes:
 * it gets the short you're-welcome, not the team's text once more. In every shipped language.
 */
class WaitingHelpLanguagesTest {

    private static final FaqMatch HOURS = new FaqMatch(81, "What are your opening hours?", "Mon-Fri 9-18.", 0.5);
    private static final FaqMatch AGE = new FaqMatch(82, "From what age can I join?", "From 16.", 0.45);
    private static final FaqMatch DAMAGED = new FaqMatch(83, "My item arrived damaged", "Send us a photo.", 0.9);

    private static String lookup(String message, Locale lang) {
        return Cleanup.forLookup(Acts.read(message, lang).question(), lang);
    }

    private static DialogueFlow waiting(FakeSearch search, Locale lang) {
        return new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang).withHandoff(false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | whats ur opening hours anyway                | and on sunday at 7?
            de | wann habt ihr eigentlich offen               | und am Sonntag um 7?
            es | a qué hora abren al final                    | ¿y el domingo a las 7?
            fr | vous êtes ouverts à quelle heure au fait     | et le dimanche à 7h ?
            it | intanto domenica posso venire alle 7?        | e a che ora aprite il sabato?
            pt | afinal a que horas vocês abrem               | e no domingo às 7?
            nl | hoe laat zijn jullie eigenlijk open          | en op zondag om 7 uur?
            """)
    void anUnsureQuestionGetsTheAcknowledgementWithTheChoicesNeverAnOffer(String language, String hours,
                                                                          String another) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().unsure(lookup(hours, lang), AGE, HOURS)
                .unsure(lookup(another, lang), HOURS, AGE);
        DialogueFlow flow = waiting(search, lang);

        Decision first = flow.says(hours);
        assertThat(first.actions()).as("one reply").hasSize(1);
        var ack = main(first, Action.Acknowledge.class);
        assertThat(ack.again()).isFalse();
        assertThat(ack.choices()).as("the FAQ's help meanwhile").containsExactly(AGE, HOURS);
        assertThat(first.mirrored()).as("the person sees it").isTrue();
        assertThat(first.main().handsOver()).isFalse();
        assertThat(flow.state().lastReply().orElseThrow().offeredChoices()).as("shown as choices are").isTrue();

        var second = main(flow.says(another), Action.Acknowledge.class);
        assertThat(second.again()).as("a shorter text the second time").isTrue();
        assertThat(second.choices()).containsExactly(HOURS, AGE);
        assertThat(flow.state().personOffered()).as("never a new offer of a person").isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | and if it came cracked?? ridiculous
            de | Meine Tasse kam schon wieder kaputt an
            es | Mi taza llegó rota otra vez
            fr | Ma tasse est arrivée cassée, c'est inadmissible
            it | La mia tazza è arrivata rotta di nuovo
            pt | A minha caneca chegou partida de novo
            nl | Mijn mok is alweer kapot aangekomen
            """)
    void anAngryQuestionTheFaqAnswersGetsTheAnswerNotAnotherOffer(String language, String broken) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confident(lookup(broken, lang), DAMAGED, HOURS);
        Decision d = waiting(search, lang).says(broken);
        assertThat(main(d, Action.FaqAnswer.class).entry()).isEqualTo(DAMAGED);
        assertThat(d.mirrored()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | I'm sorry, want a person? | yes | ok    | yes sure
            de | Soll jemand übernehmen?   | ja  | ok    | ja klar
            es | ¿Quiere una persona?      | sí  | vale  | ok
            fr | Une personne ?            | oui | ok    | d'accord
            it | Vuole una persona?        | sì  | ok    | va bene
            pt | Quer uma pessoa?          | sim | ok    | claro
            nl | Wil je iemand spreken?    | ja  | oké   | prima
            """)
    void anOkAfterTheAcceptedOfferGetsTheShortWelcome(String language, String offer, String yes, String ok,
                                                      String another) {
        Locale lang = Locale.forLanguageTag(language);
        DialogueFlow flow = new DialogueFlow(new FakeSearch(), DialogueState.fresh(Locale.ENGLISH).withLanguage(lang)
                .withPersonOffered());
        assertThat(main(flow.says(yes), Action.Handoff.class).reason()).isEqualTo(HandoffReasons.CUSTOMER_ASKED);

        Decision d = flow.says(ok);
        assertThat(d.main()).as(offer).isEqualTo(new Action.Acknowledge(false, Act.YES));
        assertThat(main(flow.says(another), Action.Acknowledge.class).closing()).isIn(Act.YES, Act.THANKS);
        assertThat(d.mirrored()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | what's the weather like on mars
            de | wie ist das wetter auf dem mars
            """)
    void withNothingToOfferTheAcknowledgementStaysAlone(String language, String nothing) {
        Locale lang = Locale.forLanguageTag(language);
        var ack = main(waiting(new FakeSearch(), lang).says(nothing), Action.Acknowledge.class);
        assertThat(ack.choices()).isEqualTo(List.of());
        assertThat(ack.closing()).isNull();
    }

    /** A message that says it will wait ("ok I'll wait, sorry for the tone") gets the acknowledgement without choices. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | ok ill wait here, sorry for the tone earlier
            fr | ok j'attends. désolée pour le ton
            it | scusa per il tono, aspetto
            nl | goed, ik wacht wel. sorry voor de toon
            """)
    void aMessageThatSaysItWaitsGetsNoChoicesMeanwhile(String language, String message) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().unsure(lookup(message, lang), AGE, HOURS);
        Decision d = waiting(search, lang).says(message);
        assertThat(main(d, Action.Acknowledge.class).choices()).as(message).isEmpty();
    }

    /** A question after an acknowledgement in one message still asks ("ok whatever. when is it back"): choices. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|ok whatever. when is the blue pot back in stock",
            "fr|bon tant pis. quand est-ce que vous rouvrez", "de|na gut. wann habt ihr wieder offen"})
    void aQuestionAfterAnAcknowledgementGetsTheChoicesMeanwhile(String language, String message) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().unsure(lookup(message, lang), AGE, HOURS);
        Decision d = waiting(search, lang).says(message);
        assertThat(main(d, Action.Acknowledge.class).choices()).as(message).containsExactly(AGE, HOURS);
    }

    /**
     * Set 29's de 5.4: "und wann ungefähr?" after a callback was promised got the opening hours, which the FAQ was sure
     * of. A bare "when, roughly?" while a person is awaited asks about the wait, as "when?" does: the acknowledgement,
     * no entry; a "when" with a thing of its own still asks about it.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | and when roughly?       | and when do you open on sundays?
            de | und wann so ungefähr?   | und wann macht ihr sonntags auf?
            fr | et quand à peu près ?   | et quand ouvrez-vous le dimanche ?
            it | e quando più o meno?    | e quando aprite la domenica?
            es | ¿y cuándo más o menos?  | ¿y cuándo abrís los domingos?
            nl | en wanneer ongeveer?    | en wanneer zijn jullie zondag open?
            pt | e quando mais ou menos? | e quando abrem ao domingo?
            """)
    void aBareWhenWhileWaitingAsksAboutTheWait(String language, String when, String opening) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confident(lookup(when, lang), HOURS)
                .confident(lookup(opening, lang), HOURS);
        var ack = main(waiting(search, lang).says(when), Action.Acknowledge.class);
        assertThat(ack.choices()).as(when).isEmpty();
        assertThat(SaysItWaits.asksWhen(opening, lang)).as(opening).isFalse();
        assertThat(main(waiting(search, lang).says(opening), Action.FaqAnswer.class).entry()).isEqualTo(HOURS);
    }
}
