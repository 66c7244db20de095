package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.main;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set 30's acts misread (issue 61): "je parle a un robot la ou pas?" handed over, "wann kann ich bei ihnen im büro
 * jemanden anrufen?" handed over instead of the office hours, "venga vale" after the bot's own offer of a person read
 * as a new question. New sentences of each class in every shipped language.
 */
class SetThirtyActsTest {

    private static final FaqMatch HOURS = new FaqMatch(81, "When is your office open?", "Mon-Fri 9-17.", 0.8);

    /** "Or not" asks; "to" ("à", "a", "tegen") joins the talking to the machine as "with" does. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | wait, am i typing to a machine here or not
            en | is it a program i'm chatting to or not
            de | chatte ich mit einer maschine oder nicht
            es | estoy chateando con un programa o no?
            fr | je parle a un robot la ou pas?
            it | ma sto scrivendo a un computer o no
            pt | estou conversando com um programa ou nao?
            nl | typ ik hier tegen een computer of niet
            """)
    void askedWhetherItIsAMachineOrNotTheBotSaysWhatItIs(String language, String message) {
        Locale lang = Locale.forLanguageTag(language);
        Decision d = new DialogueFlow(new FakeSearch(), DialogueState.fresh(lang)).says(message);
        assertThat(d.main()).as(message).isEqualTo(new Action.ActReply(Act.BOT, false));
        assertThat(PersonRequest.asksForPerson(message, lang)).as(message).isFalse();
    }

    /** Refused ("i don't want to talk to a machine"), it is no question about the bot. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fr | je ne veux pas parler a une machine
            it | non voglio parlare a un computer
            nl | ik wil niet tegen een computer praten
            fr | franchement ça sert à rien de parler à une machine
            """)
    void refusingTheMachineIsNoBotQuestion(String language, String message) {
        Locale lang = Locale.forLanguageTag(language);
        Decision d = new DialogueFlow(new FakeSearch(), DialogueState.fresh(lang)).says(message);
        assertThat(d.main()).as(message).isNotEqualTo(new Action.ActReply(Act.BOT, false));
    }

    /** When one can call or reach someone is the office hours: the FAQ's entry, no ticket. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | hi, when can i speak to a person on the phone?
            de | hallo, ab wann kann man bei euch morgens jemanden anrufen?
            es | buenas, a que hora os puedo llamar para hablar con alguien?
            fr | bonjour, a quelle heure je peux appeler quelqu'un de chez vous ?
            it | salve, fino a che ora posso chiamare qualcuno in negozio?
            pt | ola, a que horas posso ligar para alguem da loja?
            nl | hoi, tot hoe laat kan ik iemand van de winkel bellen?
            """)
    void askedWhenSomeoneCanBeCalledTheFaqAnswersWithTheHours(String language, String message) {
        Locale lang = Locale.forLanguageTag(language);
        assertThat(PersonRequest.asksForPerson(message, lang)).as(message).isFalse();
        Decision d = new DialogueFlow(new FakeSearch().confidentOtherwise(HOURS), DialogueState.fresh(lang))
                .says(message);
        assertThat(main(d, Action.FaqAnswer.class).entry()).as(message).isEqualTo(HOURS);
    }

    /** Asked for in a clause of its own, the person is still asked for; so is a callback with its time. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | when can i call you? actually no, put me through to a real person now
            de | wann kann ich euch anrufen? ach was, verbinden sie mich bitte mit einem mitarbeiter
            nl | wanneer kan ik bellen? laat maar, verbind me door met een medewerker
            """)
    void aRequestBesideTheWhenStaysARequest(String language, String message) {
        assertThat(PersonRequest.asksForPerson(message, Locale.forLanguageTag(language))).as(message).isTrue();
    }

    /** After the bot's own offer of a person, words that only say yes or go ahead take it, in any order. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | ok then
            en | alright go ahead
            de | na dann mach mal
            es | venga dale
            fr | bon allez-y
            it | va bene dai
            pt | ta bem entao
            nl | vooruit dan
            """)
    void goAheadWordsAfterTheOfferOfAPersonTakeIt(String language, String message) {
        Locale lang = Locale.forLanguageTag(language);
        DialogueFlow flow = new DialogueFlow(new FakeSearch(), DialogueState.fresh(lang).withPersonOffered());
        assertThat(main(flow.says(message), Action.Handoff.class).reason()).as(message)
                .isEqualTo(HandoffReasons.CUSTOMER_ASKED);

        Decision before = new DialogueFlow(new FakeSearch(), DialogueState.fresh(lang)).says(message);
        assertThat(before.main()).as("no offer open: " + message).isNotInstanceOf(Action.Handoff.class);
    }

    /** Thanks, a refusal, a bare acknowledgement or more than yes after the offer do not take it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | ok thanks
            en | no it's fine
            de | nein danke, passt schon
            es | vale gracias
            fr | non merci ça va
            it | ok grazie
            pt | não, está bem assim
            nl | nee hoor, is goed
            pt | ok ta bem
            en | ok fine
            """)
    void thanksOrNoAfterTheOfferDoNotTakeIt(String language, String message) {
        Locale lang = Locale.forLanguageTag(language);
        DialogueFlow flow = new DialogueFlow(new FakeSearch(), DialogueState.fresh(lang).withPersonOffered());
        assertThat(flow.says(message).main()).as(message).isNotInstanceOf(Action.Handoff.class);
    }
}
