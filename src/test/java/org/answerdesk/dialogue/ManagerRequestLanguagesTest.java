package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Asking for the manager, the owner or a supervisor is asking for a person (issue 61: "je veux parler au gérant" got
 * the cancellation entry again), even where the FAQ matches the words confidently. New sentences in every shipped
 * language; a question that only names the owner is still a question.
 */
class ManagerRequestLanguagesTest {

    private static final FaqMatch CANCELLING = new FaqMatch(95, "How do I cancel?", "Cancel in your account.", 0.9);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | can I speak with your supervisor please        | who is the owner of the shop?
            de | Ich möchte bitte mit Ihrem Vorgesetzten sprechen | Wer ist der Inhaber des Ladens?
            es | quiero hablar con el gerente ya                | ¿quién es el dueño de la tienda?
            fr | passez-moi le directeur                        | qui est le directeur du camping ?
            it | voglio parlare col titolare                    | chi è il titolare del negozio?
            pt | quero falar com o dono da loja                 | quem é o dono da loja?
            nl | mag ik de bedrijfsleider spreken?              | wie is de eigenaar van de winkel?
            """)
    void askingForTheManagerHandsOver(String language, String manager, String question) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confident(Cleanup.forLookup(Acts.read(manager, lang).question(), lang),
                CANCELLING);
        Decision d = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang)).says(manager);
        assertThat(d.main()).isEqualTo(Action.Handoff.asked());
        assertThat(d.act()).contains(Act.PERSON);
        assertThat(PersonRequest.asksForPerson(question, lang)).as(question).isFalse();
    }
}
