package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Push-backs read from the conversation, and requests for a person that beat the bot question (issue 61 item 3;
 * docs/dialogue.md, "push8"), in new sentences in every shipped language: set 16's classes, not its sentences.
 */
class PushBackLanguagesTest {

    /**
     * After an answer, a complaint that names nothing new is a push-back, not a new question: the first gets the
     * question what is missing and the offer of a person (no choices, no small talk, not the answer again), the
     * second in a row hands over with no choices.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | where is my order?          | you keep telling me the same, mate        | same rubbish again, every single time
            de | wo ist meine bestellung?    | des bringt mr gar nix, gell               | immer des gleiche gschwätz
            fr | où est ma commande ?        | ben ça m'avance à rien, hein              | toujours la même rengaine
            it | dov'è il mio ordine?        | ma chistu nun mi servi a nenti            | sempre a stessa storia, mamma mia
            es | dónde está mi pedido?       | eso no me aporta nada, boludo             | siempre la misma historia che
            nl | waar is mijn bestelling?    | daar ben ik niks mee, hé                  | altijd hetzelfde liedje
            pt | cadê meu pedido?            | ih, isso aí não me serve pra nada         | de novo a mesma coisa, bah
            """)
    void aComplaintThatNamesNothingNewPushesBackAndTheSecondHandsOver(String language, String question, String first,
                                                                     String second) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().unsureOtherwise(FakeSearch.PASSWORD, FakeSearch.SHIPPING)
                .confident(Cleanup.forLookup(question, lang), FakeSearch.ORDER);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        assertThat(flow.says(question).main()).isInstanceOf(Action.FaqAnswer.class);
        Decision once = flow.says(first);
        assertThat(once.main()).as(first + " -> " + once.main()).isInstanceOf(Action.OfferPerson.class);
        assertThat(flow.state().handedOver()).isFalse();
        Decision twice = flow.says(second);
        assertThat(twice.main().handsOver()).as(second + " -> " + twice.main()).isTrue();
        assertThat(twice.actions()).noneMatch(a -> a instanceof Action.Clarify);
        assertThat(flow.state().handedOver()).isTrue();
    }

    /** A complaint that names something the FAQ knows and the conversation did not is a question of its own. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | where is my order? | I still can't reset my password
            de | wo ist meine bestellung? | ich kann mein passwort immer noch nicht zurücksetzen
            fr | où est ma commande ? | j'arrive toujours pas à changer mon mot de passe
            it | dov'è il mio ordine? | non riesco ancora a cambiare la password
            es | dónde está mi pedido? | sigo sin poder cambiar la contraseña
            nl | waar is mijn bestelling? | ik kan mijn wachtwoord nog altijd niet wijzigen
            pt | cadê meu pedido? | ainda não consigo trocar a senha
            """)
    void aComplaintThatNamesSomethingNewIsAQuestion(String language, String question, String complaint) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().unsureOtherwise(FakeSearch.PASSWORD, FakeSearch.SHIPPING)
                .confident(Cleanup.forLookup(question, lang), FakeSearch.ORDER)
                .confident(Cleanup.forLookup(Acts.read(complaint, lang).question(), lang), FakeSearch.PASSWORD)
                .confident(Cleanup.forLookup(complaint, lang), FakeSearch.PASSWORD);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        flow.says(question);
        Decision d = flow.says(complaint);
        assertThat(d.main()).as(complaint + " -> " + d.main()).isInstanceOf(Action.FaqAnswer.class);
        assertThat(((Action.FaqAnswer) d.main()).entry().entryId()).isEqualTo(FakeSearch.PASSWORD.entryId());
    }

    /** A message that names the bot and asks for a person is a request for one: the request wins. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | are you a bot? then get me a real human to talk to
            de | schluss mit dem roboter, ich will mit einem menschen reden
            fr | assez du robot, je veux parler à une vraie personne
            it | basta col robot, voglio parlare con una persona
            es | ya fue el bot, quiero hablar con alguien de verdad
            nl | zijt gij nen robot? geef mij dan een mens om mee te spreken
            pt | tu é robô? quero falar com uma pessoa de verdade
            """)
    void aRequestForAPersonBeatsTheBotQuestion(String language, String text) {
        Locale lang = Locale.forLanguageTag(language);
        assertThat(PersonRequest.asksForPerson(text, lang)).as(text).isTrue();
        DialogueFlow flow = new DialogueFlow(new FakeSearch(), DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        assertThat(flow.says(text).main().handsOver()).as(text).isTrue();
    }

    /**
     * A person asked for in regional words: a word of reaching one beside someone (a regional form, or one whose
     * ending the dialect changes), or one of you put through.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | can i get a real sumbody to chat wid me
            de | konn i mit ebbert vo eich schwätza?
            fr | passe-moi kelkun, stp
            it | ci fussi un cristianu cu cui parrari?
            es | pasame con alguno de ustedes porfa
            nl | geef mij eens ene van jullie aan de lijn
            pt | bota um de vcs aí, por favor
            """)
    void aPersonAskedForInRegionalWords(String language, String text) {
        assertThat(PersonRequest.asksForPerson(text, Locale.forLanguageTag(language))).as(text).isTrue();
    }

    /** Asking whether someone does a service, or what the bot is, is no request for a person. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | can someone fix my broken zip?
            en | do you have a person who does engraving?
            en | are you a bot or a real person?
            de | kann jemand meinen reißverschluss reparieren?
            fr | est-ce que quelqu'un peut réparer ma fermeture?
            it | qualcuno può riparare la mia cerniera?
            es | alguien me puede arreglar el cierre?
            es | sos un bot o una persona de verdad?
            nl | kan iemand mijn rits herstellen?
            pt | alguém conserta pulseira de relógio?
            """)
    void aServiceQuestionOrTheBotQuestionIsNoRequest(String language, String text) {
        assertThat(PersonRequest.asksForPerson(text, Locale.forLanguageTag(language))).as(text).isFalse();
    }

    /** Waiting for a person, a push-back gets the acknowledgement without the FAQ's choices. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | this is going nowhere, nothing sorted yet
            de | du verstehsch halt gar nix
            fr | tu comprends rien du tout toi
            it | nun capisci nenti tu
            es | esto no va a ningún lado, nada de nada
            nl | da schiet ni op, nog altijd niks
            pt | isso não anda, nada resolvido ainda
            """)
    void waitingAPushBackGetsNoChoices(String language, String text) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().unsureOtherwise(FakeSearch.PASSWORD, FakeSearch.SHIPPING);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang)
                .withHandoff(false));
        Decision d = flow.says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isInstanceOf(Action.Acknowledge.class);
        assertThat(((Action.Acknowledge) d.main()).choices()).as(text).isEmpty();
    }
}
