package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A request for a person said in anger is handed over as angry ({@link Decision#angry()}), so that the handover
 * opens with the short apology (set 34, 4.3 and 6.4: "this is useless. put me on to a human" handed over with no
 * apology); a calm request, also one that tells a situation with a negation, is not. Sentences written for this test.
 */
class AngryPersonRequestTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | that did not help at all. I want to talk to someone
            de | das bringt doch nichts. ich will mit einem Mitarbeiter sprechen
            es | esto no sirve. quiero hablar con una persona
            fr | ça ne sert à rien. je veux parler à quelqu'un
            it | così non va. voglio parlare con una persona
            nl | dit schiet niet op. ik wil iemand van jullie spreken
            pt | isto não ajuda nada. quero falar com uma pessoa
            """)
    void anAngryRequestIsHandedOverAsAngry(String language, String message) {
        Decision decision = DialogueFlow.flow(new FakeSearch(), language).says(message);

        assertThat(decision.main()).as(message).isInstanceOf(Action.Handoff.class);
        assertThat(decision.angry()).as(message).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | hi, can I talk to a person please
            en | I'm not sure which size to pick for my son, could I talk to someone who knows
            de | hallo, kann ich bitte mit einem Mitarbeiter sprechen?
            es | buenas, quisiera hablar con una persona
            fr | bonjour, je voudrais parler à quelqu'un du service client
            it | salve, posso parlare con un operatore?
            nl | hoi, kan ik iemand van de klantenservice spreken?
            pt | olá, queria falar com uma pessoa, por favor
            """)
    void aCalmRequestIsNot(String language, String message) {
        Decision decision = DialogueFlow.flow(new FakeSearch(), language).says(message);

        assertThat(decision.main()).as(message).isInstanceOf(Action.Handoff.class);
        assertThat(decision.angry()).as(message).isFalse();
    }
}
