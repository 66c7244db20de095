package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.main;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An angry customer's story whose entry the shop wrote as a case of its own ("Mon enfant a manqué un cours, peut-il le
 * rattraper ?"): a question that opens by telling the customer's situation and then asks about it is the shop's word
 * on that kind of trouble, as a "what if" question is ({@link Recourse#tellsACase}); among the apology's choices it
 * leads. A question that lists things ("Do you rent tables, chairs and plates?") tells no case.
 */
class AngryCaseEntryTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | this is a joke!! my son was off sick with flu for a week and now the lessons are just gone, 80 pounds | How do the children's lessons work? | Do I need a swimming cap? | My child missed a lesson, can he make it up?
            fr | c'est honteux !! ma fille a eu la grippe, elle a raté trois séances et on me dit que tant pis | Comment se passent les cours ? | Faut-il un bonnet ? | Mon enfant a manqué un cours, peut-il le rattraper ?
            de | eine Frechheit!! mein Sohn lag krank im Bett, hat zwei Stunden verpasst und ihr sagt, die sind weg | Wie laufen die Kinderkurse ab? | Braucht man eine Badekappe? | Mein Kind hat eine Stunde verpasst, kann es sie nachholen?
            it | è una vergogna!! mia figlia aveva la febbre, ha perso due lezioni e alla reception dicono che sono perse | Come funzionano i corsi per bambini? | Serve la cuffia? | Mio figlio ha perso una lezione, può recuperarla?
            pt | isto é um absurdo!! meu filho ficou doente, perdeu duas aulas e a recepção diz que já era | Como funcionam as aulas infantis? | Precisa de touca? | Meu filho faltou a uma aula, pode repor?
            nl | belachelijk!! mijn dochter was ziek, ze heeft twee lessen gemist en nu zijn ze gewoon weg | Hoe werken de kinderlessen? | Moet ik een badmuts hebben? | Mijn kind heeft een les gemist, kan hij die inhalen?
            """)
    void theEntryThatTellsTheCustomersCaseLeadsTheApologysChoices(String language, String story, String plain,
                                                                  String other, String caseEntry) {
        FaqMatch first = new FaqMatch(1, plain, "…", 0.5);
        FaqMatch second = new FaqMatch(2, other, "…", 0.48);
        FaqMatch told = new FaqMatch(3, caseEntry, "…", 0.46);
        DialogueFlow flow = new DialogueFlow(new FakeSearch().unsureOtherwise(first, second, told),
                DialogueState.fresh(Locale.ENGLISH).withLanguage(Locale.forLanguageTag(language)));

        Decision d = flow.says(story);
        assertThat(d.angry()).isTrue();
        var offer = main(d, Action.OfferPerson.class);
        assertThat(offer.apologising()).isTrue();
        assertThat(offer.choices()).as("the entry on the customer's case first").containsExactly(told, first, second);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | My child missed a lesson, can he make it up?          | true
            fr | Mon enfant a manqué un cours, peut-il le rattraper ?  | true
            fr | J'ai perdu mon badge, comment en avoir un autre ?     | true
            de | Mein Kind hat eine Stunde verpasst, kann es sie nachholen? | true
            it | Mio figlio ha perso una lezione, può recuperarla?     | true
            nl | Ik ben mijn pasje kwijt, hoe krijg ik een nieuwe?     | true
            pt | Meu filho faltou a uma aula, pode repor?              | true
            en | Do you rent tables, chairs and plates?                | false
            fr | Nettoyez-vous les rideaux, les tapis et les couettes ? | false
            it | Noleggiate tavoli, sedie e stoviglie?                 | false
            de | Wie kann ich bezahlen, geht auch Rechnung?            | false
            es | ¿Qué pasa si llego tarde, pierdo la clase?            | false
            pt | Se eu faltar, posso repor a aula?                     | false
            nl | Hoe laat gaan jullie open?                            | false
            """)
    void aQuestionThatOpensByTellingACaseAndThenAsks(String language, String question, boolean tells) {
        assertThat(Recourse.tellsACase(question, Locale.forLanguageTag(language))).isEqualTo(tells);
    }
}
