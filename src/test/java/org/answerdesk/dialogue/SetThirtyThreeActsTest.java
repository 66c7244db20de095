package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set 33's acts misread (issue 61 items 6 and 8, issue 62): "are you a bot?" as "is it you answering or a program?"
 * or "is this service automatic?" got an entry or choices; a person asked for in another shipped language than the
 * conversation's got "say it in other words"; a goodbye in the Basque of Spanish speakers was not understood; an
 * opener that announces a question about a thing named with a time ("the trip of next week") got one entry or "not
 * covered". New sentences of each class, in the shipped languages, on an FAQ that answers anything confidently.
 */
class SetThirtyThreeActsTest {

    private static final FaqMatch HOURS = new FaqMatch(81, "When are you open?", "Daily 9-18.", 0.8);
    private static final FaqMatch PAYMENT = new FaqMatch(82, "How can I pay?", "Cash or card.", 0.8);
    private static final FaqMatch PRICE = new FaqMatch(83, "What does a ticket cost?", "From 12 EUR.", 0.7);
    private static final FaqMatch GROUPS = new FaqMatch(84, "Do groups get a discount?", "From 15 people.", 0.6);
    private static final Set<Act> CLOSING = Set.of(Act.THANKS, Act.BYE);

    private static DialogueFlow flow(String language) {
        return new DialogueFlow(new FakeSearch().confidentOtherwise(PAYMENT),
                DialogueState.fresh(Locale.forLanguageTag(language)));
    }

    /** Someone answering "or" a machine, or the service said to be automatic: the bot's answer about itself. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | wait, are you answering me yourself or is it a program?
            de | moment mal, antwortest du mir oder ein programm?
            es | una pregunta, me respondes tu o es una maquina?
            fr | dites, c'est vous qui répondez ou un robot ?
            it | scusa, mi rispondi tu o è un programma?
            nl | zeg, antwoord jij zelf of is het een computer?
            pt | me diz, você que responde ou é um robô?
            en | is this chat automated?
            de | ist der chat hier automatisch?
            es | esta atención es automática o qué?
            fr | c'est un support automatique ici ?
            it | ma questa assistenza è automatica?
            nl | is deze klantenservice automatisch?
            pt | esse atendimento é automatizado né?
            """)
    void someoneAnsweringOrAMachineIsABotQuestion(String language, String message) {
        Action main = flow(language).says(message).main();
        assertThat(main).as(message).isEqualTo(new Action.ActReply(Act.BOT, false));
    }

    /** A thing of the shop that is automatic, or a wish for a person, asks no bot question. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | is the car wash automatic?
            de | ist die schiebetür automatisch?
            es | la puerta del garaje es automática?
            fr | la boîte de vitesses est automatique ?
            it | il cambio della macchina è automatico?
            pt | o portão da garagem é automático?
            en | i want someone answering me, not a program
            es | quiero que me responda una persona y no un programa
            """)
    void anAutomaticThingOrAWishIsNoBotQuestion(String language, String message) {
        Action main = flow(language).says(message).main();
        assertThat(main).as(message).isNotEqualTo(new Action.ActReply(Act.BOT, false));
    }

    /** A person asked for in another shipped language than the conversation's: handed over. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | no no this is useless. quiero hablar con una persona
            en | sorry my english is bad. je veux parler à un conseiller
            en | this bot is not good. ich möchte mit einem mitarbeiter sprechen
            de | sorry, ich verstehe nicht. i want to talk to a human please
            fr | pfff. quero falar com um atendente
            it | non capisco. ik wil een medewerker spreken
            nl | dit snap ik niet. voglio parlare con un operatore
            """)
    void aPersonAskedForInAnotherLanguageIsHandedOver(String language, String message) {
        DialogueFlow flow = new DialogueFlow(new FakeSearch().unsureOtherwise(HOURS, PAYMENT),
                DialogueState.fresh(Locale.forLanguageTag(language)));
        assertThat(flow.says("when are you open on sundays?").main()).isInstanceOf(Action.Clarify.class);
        assertThat(flow.says(message).main()).as(message).isEqualTo(Action.Handoff.asked());
    }

    /** A bot question in the conversation's language is no request, whatever another language's words read. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            nl | ben jij wel een echt persoon?
            fr | c'est une vraie personne qui me répond là ?
            en | do you speak spanish? hablas español?
            es | tenéis una persona de contacto en la tienda?
            """)
    void aBotQuestionOrAQuestionIsNoRequestInAnotherLanguage(String language, String message) {
        assertThat(PersonRequest.asksForPerson(message, Locale.forLanguageTag(language))).as(message).isFalse();
    }

    /**
     * The conversation's own words that another language's word pairs or near spellings would read as a request
     * (French "passer ... genre" as Portuguese "passar" and "gente"): no request; only another language's plain
     * request patterns count.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fr | vous pouvez passer mes chaussures en noir, genre cuir mat ?
            fr | passer une veste en noir, genre pour un mariage
            es | podemos pasar gente a recoger las flores?
            """)
    void theShopsOwnWordsAreNoRequestInAnotherLanguagesNearSpellings(String language, String message) {
        assertThat(PersonRequest.asksForPerson(message, Locale.forLanguageTag(language))).as(message).isFalse();
    }

    /** A plan of one's own, thanks and a goodbye in Basque, as Spanish speakers of the Basque Country sign off. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            es | vale, entonces lo miro mañana con mi ama. eskerrik asko, agur!
            es | genial, el sábado me paso con la cuadrilla. agur!
            """)
    void aBasqueGoodbyeClosesTheConversation(String language, String message) {
        DialogueFlow flow = new DialogueFlow(new FakeSearch().confidentOtherwise(HOURS),
                DialogueState.fresh(Locale.forLanguageTag(language)));
        assertThat(flow.says("when are you open on saturdays?").main()).isInstanceOf(Action.FaqAnswer.class);
        Action main = flow.says(message).main();
        assertThat(main).as(message).isInstanceOf(Action.ActReply.class);
        assertThat(((Action.ActReply) main).act()).as(message).isIn(CLOSING);
    }

    /** A greeting and a question announced about a thing named with a time or a joiner: choices, never one entry. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | hi, a question about the trip of next week
            de | hallo, frage wegen unserem umzug nächsten monat
            es | buenas, consulta sobre la comida de fin de año
            fr | bonjour, question pour le voyage de la semaine prochaine
            it | ciao, una domanda per la gita di fine mese
            nl | hoi, vraagje over ons uitje in de zomer
            pt | oi, dúvida sobre a festa de fim de ano
            """)
    void aTopicAnnouncedWithATimeGetsChoices(String language, String message) {
        Locale lang = Locale.forLanguageTag(language);
        DialogueFlow flow = new DialogueFlow(new FakeSearch().confidentOtherwise(GROUPS, PRICE, HOURS),
                DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        Action main = flow.says(message).main();
        assertThat(main).as(message + " -> " + main).isNotInstanceOf(Action.FaqAnswer.class);
        assertThat(main).as(message + " -> " + main).isInstanceOfAny(Action.Clarify.class, Action.AskMore.class);
    }
}
