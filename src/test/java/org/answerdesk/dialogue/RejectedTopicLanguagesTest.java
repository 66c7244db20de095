package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.main;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A short rejection that names what it rejects, in every shipped language: its words find the very entry turned down,
 * and it never gets that entry back. After choices, the choices left (fails on main in every language); after an
 * answer, not that answer again (a guard: main holds it already). New sentences, not the judged conversations'.
 */
class RejectedTopicLanguagesTest {

    private static final String ROWS = """
            en | can i move it?         | nope not the appointment | Can I move my appointment?
            de | kann ich das verschieben? | nee, nicht den Termin | Kann ich meinen Termin verschieben?
            fr | je peux le décaler ?   | non, pas le rendez-vous  | Puis-je déplacer mon rendez-vous ?
            it | posso spostarlo?       | no, non l'appuntamento   | Posso spostare il mio appuntamento?
            es | ¿lo puedo mover?       | no, la cita no           | ¿Puedo cambiar mi cita?
            nl | kan ik het verzetten?  | nee, niet de afspraak    | Kan ik mijn afspraak verzetten?
            pt | posso mudar isso?      | não, a marcação não      | Posso mudar a minha marcação?
            """;

    private static final FaqMatch DELIVERY = new FaqMatch(91, "Delivery date?", "Within 3 days.", 0.5);
    private static final FaqMatch PAYMENT = new FaqMatch(92, "Payment methods?", "Cards.", 0.4);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = ROWS)
    void aRejectionNamingAChoiceGetsTheOtherChoicesNotIt(String language, String vague, String rejection,
                                                        String topicQ) {
        Locale lang = Locale.forLanguageTag(language);
        FaqMatch topic = new FaqMatch(93, topicQ, "Free until 24 hours before.", 0.3);
        DialogueFlow flow = new DialogueFlow(new FakeSearch().unsure(Cleanup.forLookup(vague, lang), DELIVERY,
                PAYMENT, topic).confidentOtherwise(topic), DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        assertThat(flow.says(vague).main()).isInstanceOf(Action.Clarify.class);

        Action reply = flow.says(rejection).main();

        assertThat(reply).as(rejection).isNotInstanceOf(Action.FaqAnswer.class);
        if (reply instanceof Action.Clarify c) {
            assertThat(c.choices()).doesNotContain(topic).contains(DELIVERY);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = ROWS)
    void aRejectionNamingTheAnswerJustGivenNeverGetsItAgain(String language, String vague, String rejection,
                                                           String topicQ) {
        Locale lang = Locale.forLanguageTag(language);
        FaqMatch topic = new FaqMatch(93, topicQ, "Free until 24 hours before.", 0.8);
        DialogueFlow flow = new DialogueFlow(new FakeSearch().confidentOtherwise(topic, DELIVERY),
                DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        assertThat(main(flow.says(topicQ), Action.FaqAnswer.class).entry()).isEqualTo(topic);

        Action reply = flow.says(rejection).main();

        assertThat(reply instanceof Action.FaqAnswer a && a.entry().equals(topic)).as(rejection + ": " + reply)
                .isFalse();
    }
}
