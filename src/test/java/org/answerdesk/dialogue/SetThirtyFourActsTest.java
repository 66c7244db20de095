package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set 34's acts misread (issue 61, issue 62 item 3): a thanks that ends with a goodbye got "anything else?" instead of
 * the goodbye; "am I chatting with a computer here?" in regional words of talking got "not covered"; "put me through
 * to someone" in Dutch got choices. New sentences of each class, in the shipped languages and their regions.
 */
class SetThirtyFourActsTest {

    private static final FaqMatch HOURS = new FaqMatch(91, "When are you open?", "Daily 9-18.", 0.8);
    private static final FaqMatch PAYMENT = new FaqMatch(92, "How can I pay?", "Cash or card.", 0.8);

    private static DialogueFlow answered(String language) {
        DialogueFlow flow = new DialogueFlow(new FakeSearch().confidentOtherwise(HOURS),
                DialogueState.fresh(Locale.forLanguageTag(language)));
        assertThat(flow.says("when are you open on saturdays?").main()).isInstanceOf(Action.FaqAnswer.class);
        return flow;
    }

    /** A thanks whose last clause takes leave, after an answer: the goodbye, which confirms the answer. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | lovely, that answers it, thanks. bye for now
            en | cheers for that, ta ta
            de | super, vielen dank. tschüssi
            de | alles klar, danke vielmals, auf wiederschauen
            de | passt scho, vergelts gott. pfiat di
            es | perfecto, mil gracias, hasta mañana entonces
            es | listo, gracias, chau
            fr | parfait, merci bien. à plus tard
            fr | merci vielmal, adieu
            it | ok perfetto, grazie. ci vediamo sabato allora
            it | grazie tante, ciao ciao
            pt | fixe, obrigadinho. até amanhã então
            pt | está bem, obrigada, adeus
            nl | helder, dank u wel. tot ziens
            nl | merci, salukes
            """)
    void aThanksThatEndsWithAGoodbyeSaysGoodbye(String language, String message) {
        DialogueFlow flow = answered(language);
        Decision decision = flow.says(message);
        assertThat(decision.main()).as(message).isEqualTo(new Action.ActReply(Act.BYE, true));
        assertThat(decision.confirmed()).as(message + " confirms the answer").isTrue();
    }

    /** A thanks with no goodbye after it, or a greeting before it, stays the thanks ("anything else?"). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | great, thanks a lot
            de | danke dir, das hilft
            it | ciao, grazie mille
            fr | salut, merci beaucoup
            pt | obrigado, foi muito útil
            """)
    void aThanksWithNoGoodbyeLastStaysTheThanks(String language, String message) {
        assertThat(answered(language).says(message).main()).as(message)
                .isEqualTo(new Action.ActReply(Act.THANKS, true));
    }

    /** Talking to a machine said in regional words of talking: the bot's answer about itself. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | sag mal, quatsch ich hier eigentlich mit einem roboter?
            de | bin ich grad mit so nem programm am plaudern?
            nl | zit ik nou te kletsen met een computer?
            es | oye, estoy charlando con una máquina?
            fr | je bavarde avec un robot là ?
            it | ma sto chiacchierando con un computer?
            pt | estou a cavaquear com uma máquina?
            """)
    void talkingToAMachineInRegionalWordsIsABotQuestion(String language, String message) {
        DialogueFlow flow = new DialogueFlow(new FakeSearch().confidentOtherwise(PAYMENT),
                DialogueState.fresh(Locale.forLanguageTag(language)));
        assertThat(flow.says(message).main()).as(message).isEqualTo(new Action.ActReply(Act.BOT, false));
    }

    /** Talking in those words with no machine, or refusing the machine, asks no bot question. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | kann ich bei euch mit jemandem über den umzug plaudern?
            nl | ik wil niet met een computer kletsen
            es | puedo charlar con el encargado de la tienda?
            """)
    void talkingWithNoMachineOrRefusingOneIsNoBotQuestion(String language, String message) {
        DialogueFlow flow = new DialogueFlow(new FakeSearch().confidentOtherwise(PAYMENT),
                DialogueState.fresh(Locale.forLanguageTag(language)));
        assertThat(flow.says(message).main()).as(message).isNotEqualTo(new Action.ActReply(Act.BOT, false));
    }

    /** "Put me through to someone" in Dutch words: handed over. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            nl | zet me even door naar een medewerker
            nl | kunt u mij doorverbinden met iemand van de klantenservice?
            nl | pfff, verbind me maar door met iemand van jullie
            nl | kan je me doorzetten naar een collega?
            nl | ik snap er niks van, verbind me gewoon door aub
            nl | laat maar zitten. zet mij maar even door!
            """)
    void putMeThroughToSomeoneIsARequestForAPerson(String language, String message) {
        assertThat(PersonRequest.asksForPerson(message, Locale.forLanguageTag(language))).as(message).isTrue();
    }

    /** Putting a thing through to a place is no request for a person. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            nl | kunnen jullie het pakket doorsturen naar mijn werk?
            nl | zet de bestelling door naar volgende week
            nl | zet me maar door naar de volgende ronde van de loterij
            """)
    void puttingAThingThroughIsNoRequest(String language, String message) {
        assertThat(PersonRequest.asksForPerson(message, Locale.forLanguageTag(language))).as(message).isFalse();
    }
}
