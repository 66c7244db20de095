package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set 40's acts read as something else (issue 61): "sorry, I got that wrong" where nothing was rejected. A thanks
 * with a goodbye after an interjection, a bot question whose machine side is "automatic", typed while choices show;
 * a regional yes or acknowledgement after choices for a case told (decided as "ok" is); a case told with a negation
 * and a "same" of its own, then asked of in a last clause with no question mark, after an answer. New sentences,
 * none of a set.
 */
class SetFortyActsTest {

    private static boolean rejected(Action main) {
        return main instanceof Action.OfferPerson o && o.why() == Action.OfferPerson.Why.REJECTED;
    }

    /** Typed while choices show, an act in regional words is that act, never "sorry, I got that wrong". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            es | uy genial, mil gracias, chao                              | BYE
            es | ay listo, gracias mija, que le vaya bien                  | BYE
            es | ah perfecto, gracias, chau                                | BYE
            de | schreib ich hier mit einem menschen oder ist das automatisch | BOT
            de | bin ich mit einer person verbunden oder ist das automatisiert | BOT
            en | am i chatting with a person or is this automated          | BOT
            nl | praat ik nu met een mens of is dit automatisch            | BOT
            nl | schrijf ik met een persoon of is dit geautomatiseerd      | BOT
            """)
    void anActTypedWhileChoicesShowIsThatAct(String language, String text, Act act) {
        Decision d = DialogueFlow.afterChoices(language).says(text);
        assertThat(rejected(d.main())).as(text + " -> " + d.main()).isFalse();
        assertThat(d.main()).as(text + " -> " + d.main()).isInstanceOf(Action.ActReply.class);
        assertThat(((Action.ActReply) d.main()).act()).isEqualTo(act);
    }

    /** A regional yes or acknowledgement after choices is decided as the language's bare "ok" is there. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            it | bon, va ben     | ok
            it | va ben dai      | ok
            de | ja gell         | ok
            de | jo gäll         | ok
            es | ah bueno         | ok
            es | uy vale          | ok
            """)
    void aRegionalAcknowledgementIsDecidedAsOk(String language, String text, String ok) {
        Decision d = DialogueFlow.afterChoices(language).says(text);
        Decision plain = DialogueFlow.afterChoices(language).says(ok);
        assertThat(d.main()).as(text + " -> " + d.main()).isEqualTo(plain.main());
    }

    /**
     * After an answer, a case told with a negation and a "same" of its own (the same box, the same parcel), then asked
     * of in a last clause opened by a question's word, with no question mark: a question, not a push-back.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | and the lamps from the same delivery, my aunt doesnt want them, how does she ship those to you
            de | die lampen aus der gleichen lieferung mag meine tante nicht, wie schickt sie die zurück
            fr | et les lampes du même colis, ma tante n'en veut pas, comment elle les renvoie
            es | y las lamparas del mismo envio, mi tia no las quiere, como las devuelve
            it | e le lampade della stessa spedizione, mia zia non le vuole, come le rimanda indietro
            """)
    void aCaseToldThenAskedIsNoPushBack(String language, String text) {
        Decision d = DialogueFlow.afterAnAnswer(language).says(text);
        assertThat(rejected(d.main())).as(text + " -> " + d.main()).isFalse();
    }

    /** Push-backs that end asking still are: the last clause negates, or the message asks with a question mark. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | no no, that is not it, that does not help me at all
            de | nein, das hilft mir nicht, das ist nicht was ich wollte
            fr | non, ça ne m'aide pas, c'est pas ça que je veux
            es | no, eso no me sirve, no es lo que pregunte
            """)
    void aPushBackStaysOne(String language, String text) {
        Decision d = DialogueFlow.afterAnAnswer(language).says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isNotInstanceOf(Action.FaqAnswer.class);
        assertThat(d.main().handsOver()).isFalse();
    }
}
