package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A short follow-up that asks the next step of what was just answered ("and which papers do we bring if we like it?"
 * after the viewing answer) is answered by the entry both its readings agree on, its own and the one with the question
 * before: the application file, never the viewing again because the viewing answer happens to hold two of its words
 * ("bring nothing, come as you like"). Where the reading with the question before leads with the entry given, that
 * entry stands.
 */
class NextStepFollowUpTest {

    private static final String CASES = """
            en | how do we get to see the flat? | How can I view a flat? | Sign up for a group viewing from the ad. You need to bring nothing, come as you like. | Which documents does the application need? | The form, an ID and the last three payslips. | and which papers do we bring if we like it?
            de | wie können wir die Wohnung anschauen? | Wie kann ich eine Wohnung besichtigen? | Melden Sie sich über das Inserat zur Gruppenbesichtigung an. Mitbringen müssen Sie nichts, kommen Sie, wie es Ihnen gefällt. | Welche Unterlagen braucht die Bewerbung? | Das Formular, einen Ausweis und die letzten drei Lohnabrechnungen. | und welche Papiere müssen wir mitbringen, wenn sie uns gefällt?
            fr | comment on peut voir l'appartement ? | Comment visiter un appartement ? | Inscrivez-vous à une visite groupée depuis l'annonce. Rien à amener, venez comme il vous plaît. | Que contient le dossier de candidature ? | Le formulaire, une pièce d'identité et les trois dernières fiches de salaire. | et on doit amener quels papiers si ça nous plaît ?
            es | ¿cómo podemos ver el piso? | ¿Cómo visito un piso? | Apúntese a una visita en grupo desde el anuncio. No hace falta traer nada, venga como le guste. | ¿Qué incluye la solicitud de alquiler? | El formulario, el DNI y las tres últimas nóminas. | ¿y qué papeles hay que traer si nos gusta?
            it | come possiamo vedere l'appartamento? | Come si visita un appartamento? | Si iscriva a una visita di gruppo dall'annuncio. Non serve portare niente, venga come le piace. | Cosa serve per la domanda d'affitto? | Il modulo, un documento d'identità e le ultime tre buste paga. | e che carte bisogna portare se ci piace?
            """;

    private static DialogueFlow afterTheViewing(FakeSearch search, String language, String first, FaqMatch viewing) {
        search.confident(lookup(language, first), viewing);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.forLanguageTag(language)));
        assertThat(flow.says(first).main()).as(first).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry()).isEqualTo(viewing));
        return flow;
    }

    private static void answered(Decision d, String followUp, FaqMatch entry) {
        assertThat(d.main()).as(followUp).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry().entryId()).as(followUp).isEqualTo(entry.entryId()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = CASES)
    void theNextStepBothReadingsAgreeOnIsAnsweredNotTheViewingAgain(String language, String first, String viewingQ,
            String viewingA, String fileQ, String fileA, String followUp) {
        FaqMatch viewing = new FaqMatch(81, viewingQ, viewingA, 0.9);
        FaqMatch file = new FaqMatch(82, fileQ, fileA, 0.9);
        FakeSearch search = new FakeSearch().confident(lookup(language, followUp), file, viewing)
                .unsure(lookup(language, first) + " " + lookup(language, followUp), file, viewing);
        DialogueFlow flow = afterTheViewing(search, language, first, viewing);
        answered(flow.says(followUp), followUp, file);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = CASES)
    void theEntryGivenStandsWhereTheReadingWithTheQuestionBeforeLeadsWithIt(String language, String first,
            String viewingQ, String viewingA, String fileQ, String fileA, String followUp) {
        FaqMatch viewing = new FaqMatch(81, viewingQ, viewingA, 0.9);
        FaqMatch file = new FaqMatch(82, fileQ, fileA, 0.9);
        FakeSearch search = new FakeSearch().confident(lookup(language, followUp), file, viewing)
                .unsure(lookup(language, first) + " " + lookup(language, followUp), viewing, file);
        DialogueFlow flow = afterTheViewing(search, language, first, viewing);
        answered(flow.says(followUp), followUp, viewing);
    }
}
