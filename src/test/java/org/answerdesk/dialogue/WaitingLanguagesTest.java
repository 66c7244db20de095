package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * While a conversation waits for a person and none has written (issue 61, class 5): on a chat every message gets a
 * reply, in every shipped language; "hello?? anyone there" and "that's not what I asked" are never met with silence.
 * By mail one acknowledgement covers a burst.
 */
class WaitingLanguagesTest {

    private static DialogueFlow waiting(Locale language, boolean chat) {
        DialogueState start = DialogueState.fresh(Locale.ENGLISH).withLanguage(language).withHandoff(false);
        return new DialogueFlow(new FakeSearch(), chat ? start : start.byMail());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | hello?? anyone there       | that's not what I asked
            de | hallo?? ist da jemand      | das habe ich nicht gefragt
            es | ¿hola?? ¿hay alguien?      | eso no es lo que pregunté
            fr | allô ?? il y a quelqu'un   | ce n'est pas ce que j'ai demandé
            it | pronto?? c'è qualcuno      | non è quello che ho chiesto
            pt | olá?? tem alguém aí        | não foi isso que eu perguntei
            nl | hallo?? is daar iemand     | dat is niet wat ik vroeg
            """)
    void onAChatEveryMessageGetsAReplyUntilAPersonWrites(String language, String anyone, String notAsked) {
        DialogueFlow flow = waiting(Locale.forLanguageTag(language), true);
        Decision first = flow.says(anyone);
        assertThat(first.main()).isEqualTo(new Action.Acknowledge(false));
        assertThat(first.mirrored()).as("the person sees it").isTrue();
        Decision second = flow.says(notAsked);
        assertThat(second.main()).as("never silence").isEqualTo(new Action.Acknowledge(true));
        assertThat(second.mirrored()).isTrue();
        assertThat(flow.says(anyone).main()).isEqualTo(new Action.Acknowledge(true));

        flow.personWrites();
        assertThat(flow.says(anyone).main()).as("after a person wrote: one acknowledgement")
                .isInstanceOf(Action.Acknowledge.class);
        assertThat(flow.says(notAsked).main()).as("then quiet").isInstanceOf(Action.WaitForPerson.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | hello?? anyone there       | that's not what I asked
            de | hallo?? ist da jemand      | das habe ich nicht gefragt
            """)
    void byMailOneAcknowledgementCoversABurst(String language, String anyone, String notAsked) {
        DialogueFlow flow = waiting(Locale.forLanguageTag(language), false);
        assertThat(flow.says(anyone).main()).isEqualTo(new Action.Acknowledge(false));
        assertThat(flow.says(notAsked).main()).isInstanceOf(Action.WaitForPerson.class);
    }
}
