package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.main;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Asking for a person, or when one will reply, in words around it and by role (issue 61; set 3: "yes pls get someone"
 * got "I'm just the support bot", "ich will mit der schulleitung sprechen" got choices, "how long before someone gets
 * back to me" and "und bis wann meldet sich jemand" got choices and no handover, "hallo?? ist da wer" in a
 * conversation under way got a fresh greeting). In every shipped language, with the FAQ unsure of each message.
 */
class PersonQuestionsLanguagesTest {

    private static final FaqMatch START = new FaqMatch(91, "When do courses start?", "In January.", 0.4);
    private static final FaqMatch CANCEL = new FaqMatch(92, "How do I cancel?", "By email.", 0.35);

    private static String lookup(String message, Locale lang) {
        return Cleanup.forLookup(Acts.read(message, lang).question(), lang);
    }

    private static DialogueFlow unsureOf(Locale lang, String... messages) {
        FakeSearch search = new FakeSearch().confident(lookup("when do courses start", lang), START);
        for (String message : messages) {
            search.unsure(lookup(message, lang), START, CANCEL);
        }
        return new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how long before someone gets back to me   | when will a person reply to me?
            de | und bis wann meldet sich jemand           | wie lange dauert es, bis das Team antwortet?
            es | ¿y cuándo me responde alguien?            | ¿cuánto tarda el equipo en contestar?
            fr | et quand est-ce que quelqu'un me répond ? | dans combien de temps l'équipe me recontacte ?
            it | e quando mi risponde qualcuno?            | quanto ci mette il team a rispondere?
            pt | e quando alguém me responde?              | quanto tempo a equipe demora para responder?
            nl | en wanneer reageert er iemand?            | hoe lang duurt het voordat iemand antwoordt?
            """)
    void askingWhenAPersonRepliesHandsOverOrSaysTheTeamHasIt(String language, String when, String other) {
        Locale lang = Locale.forLanguageTag(language);
        DialogueFlow flow = unsureOf(lang, when, other);
        Decision d = flow.says(when);
        assertThat(d.main()).as(when).isEqualTo(Action.Handoff.asked());
        assertThat(d.act()).contains(Act.PERSON);
        assertThat(flow.state().handedOver()).isTrue();
        assertThat(flow.says(other).main()).as("handed over already: the team has it")
                .isEqualTo(new Action.Acknowledge(false));
        assertThat(PersonRequest.asksForPerson(other, lang)).as(other).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | yes pls get someone               | the owner please              | when will my order ship
            de | ich will mit der schulleitung sprechen | die Chefin bitte         | wann beginnen die Kurse
            es | póngame con la encargada, por favor | la responsable por favor    | cuándo llega mi pedido
            fr | je voudrais voir la responsable du magasin | la responsable svp   | quand arrive ma commande
            it | mi passa il titolare per favore   | il titolare                   | quando arriva il mio ordine
            pt | quero falar com o responsável agora | o responsável por favor     | quando chega a minha encomenda
            nl | kan ik de eigenaar even spreken   | de eigenaar graag             | wanneer komt mijn bestelling
            """)
    void aPersonByRoleOrWithWordsAroundHandsOver(String language, String words, String role, String question) {
        Locale lang = Locale.forLanguageTag(language);
        DialogueFlow flow = unsureOf(lang, words, role);
        assertThat(flow.says(words).main()).as(words).isEqualTo(Action.Handoff.asked());
        assertThat(PersonRequest.asksForPerson(role, lang)).as(role).isTrue();
        assertThat(PersonRequest.asksForPerson(question, lang)).as("a question about when, no person")
                .isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | when do courses start | hello?? is anyone there     | are you still there?
            de | wann beginnen die Kurse | hallo?? ist da wer        | ist da jemand
            es | cuándo empiezan los cursos | hola?? hay alguien ahí | ¿sigues ahí?
            fr | quand commencent les cours | allô ?? il y a quelqu'un | quelqu'un est là ?
            it | quando iniziano i corsi | pronto?? c'è qualcuno     | ci sei ancora?
            pt | quando começam os cursos | olá?? tem alguém aí      | alguém aí?
            nl | wanneer beginnen de cursussen | hallo?? is daar iemand | ben je er nog?
            """)
    void anyoneThereInAConversationUnderWaySaysTheBotIsHereAndOffersAPerson(String language, String question,
                                                                            String anyone, String still) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confident(lookup(question, lang), START);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang)).greeting();
        main(flow.says(question), Action.FaqAnswer.class);

        Decision d = flow.says(anyone);
        assertThat(d.actions()).as("never a new greeting").containsExactly(
                new Action.OfferPerson(Action.OfferPerson.Why.PRESENT));
        assertThat(flow.state().personOffered()).isTrue();
        assertThat(main(flow.says(still), Action.OfferPerson.class).why()).isEqualTo(Action.OfferPerson.Why.PRESENT);
        assertThat(main(flow.says(PersonRequestYes.of(language)), Action.Handoff.class).reason())
                .isEqualTo(HandoffReasons.CUSTOMER_ASKED);
    }

    /** A yes to the offer, by language. */
    private static final class PersonRequestYes {
        static String of(String language) {
            return switch (language) {
                case "de", "nl" -> "ja";
                case "es" -> "sí";
                case "fr" -> "oui";
                case "it" -> "sì";
                case "pt" -> "sim";
                default -> "yes";
            };
        }
    }
}
