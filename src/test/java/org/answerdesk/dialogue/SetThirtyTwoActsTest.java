package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set 32's acts misread (issue 61, issue 62 item 3): a goodbye after a plan of the customer's own or an exclamation
 * got an FAQ entry or "sorry, I misunderstood"; "how long until someone calls?" while a person is awaited got an
 * entry; a person asked for with "write with" or in Low German got choices; "I wanted to ask something" after a
 * greeting was looked up. New sentences of each class, in every shipped language, on an FAQ that answers anything
 * confidently (as set 32's did: the payment entry for "dann komm ich die tage mal rum").
 */
class SetThirtyTwoActsTest {

    private static final FaqMatch HOURS = new FaqMatch(81, "When are you open?", "Daily 9-18.", 0.8);
    private static final FaqMatch PAYMENT = new FaqMatch(82, "How can I pay?", "Cash or card.", 0.8);
    private static final Set<Act> CLOSING = Set.of(Act.THANKS, Act.BYE);

    /** A question answered, then a plan of one's own or an exclamation, thanks and a goodbye: a close, no entry. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | alright, I'll pop by the shop on saturday then. thanks and bye
            de | gut, dann schau ich am wochenende mal im laden vorbei. vielen dank und tschüss
            fr | bon, je passerai au magasin samedi avec ma fille. merci beaucoup et au revoir
            it | va bene, allora passo in negozio sabato mattina con mio figlio. grazie mille e ciao
            es | vale, pues me paso por la tienda el sábado con mi hermana. muchas gracias y adiós
            nl | oké, dan kom ik zaterdag wel even langs in de winkel. dank je en doei
            pt | beleza, então passo na loja no sábado com minha irmã. obrigado e tchau
            en | wow, top notch! cheers mate, see you
            de | boah, echt klasse! danke dir, bis dann
            es | uy, qué maravilla! gracias tío, hasta luego
            pt | nossa, que massa! valeu demais, até mais
            it | mamma mia, che bello! grazie, a presto
            fr | oh là là, génial! merci bien, à plus
            """)
    void aGoodbyeAfterAPlanOrAnExclamationClosesTheConversation(String language, String message) {
        DialogueFlow flow = new DialogueFlow(new FakeSearch().confidentOtherwise(HOURS),
                DialogueState.fresh(Locale.forLanguageTag(language)));
        assertThat(flow.says("when are you open on saturdays?").main()).isInstanceOf(Action.FaqAnswer.class);
        Action main = flow.says(message).main();
        assertThat(main).as(message).isInstanceOf(Action.ActReply.class);
        assertThat(((Action.ActReply) main).act()).as(message).isIn(CLOSING);
    }

    /** A wish, a problem or a question signed off with a goodbye stays what it is. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | ok, I want to send back the lamp I bought on monday for my mother, thanks and bye
            de | ich möchte die eisenbahn von letzter woche doch lieber zurückgeben, danke und tschüss
            es | vale, el pedido de la semana pasada todavía no ha llegado a casa, gracias y adiós
            pt | beleza, mas o pedido da semana passada ainda não chegou aqui em casa, obrigado e tchau
            fr | d'accord, et vous êtes ouverts dimanche matin aussi pour les retraits ? merci, au revoir
            """)
    void aWishOrAProblemSignedOffIsNoClose(String language, String message) {
        Action main = new DialogueFlow(new FakeSearch().confidentOtherwise(PAYMENT),
                DialogueState.fresh(Locale.forLanguageTag(language))).says(message).main();
        assertThat(main).as(message).isNotInstanceOf(Action.ActReply.class);
    }

    /** Handed over, "how long until someone calls me?" is the wait: the acknowledgement, never an entry. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | I want to talk to a person                 | how long until somebody will call then?
            de | ich möchte mit einem mitarbeiter sprechen  | und wie lange dauert das ungefähr bis jemand anruft?
            de | ich möchte mit einem mitarbeiter sprechen  | wie lang dauert es denn bis da jemand anruft?
            es | quiero hablar con una persona              | cuánto tarda más o menos hasta que llame alguien?
            it | voglio parlare con un operatore            | e ci vuole tanto prima che qualcuno richiami?
            nl | ik wil graag een medewerker spreken        | hoe lang duurt het ongeveer tot er iemand belt?
            pt | quero falar com uma pessoa                 | quanto tempo demora até alguém ligar?
            """)
    void howLongUntilSomeoneCallsIsTheWait(String language, String request, String question) {
        DialogueFlow flow = new DialogueFlow(new FakeSearch().confidentOtherwise(PAYMENT),
                DialogueState.fresh(Locale.forLanguageTag(language)));
        assertThat(flow.says(request).main()).as(request).isEqualTo(Action.Handoff.asked());
        assertThat(flow.state().handedOver()).isTrue();
        assertThat(flow.says(question).main()).as(question).isInstanceOf(Action.Acknowledge.class);
    }

    /** A person asked for as someone to write with, or in Low German: handed over, not choices. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | this is pointless. I want to write with an actual employee now.
            de | so ein quatsch. ich will jetzt mit einem mitarbeiter schreiben
            de | dat bringt nix. ik will nu mit en minsch snacken
            es | esto no sirve. quiero escribir con una persona de verdad ya
            fr | ça sert à rien. je veux écrire à un vrai conseiller maintenant
            it | non serve a niente. voglio scrivere con un operatore vero adesso
            nl | dit heeft geen zin. ik wil nu met een medewerker appen
            pt | isso não adianta. quero escrever com um atendente de verdade agora
            """)
    void aPersonToWriteWithIsARequestForAPerson(String language, String message) {
        Locale lang = Locale.forLanguageTag(language);
        assertThat(PersonRequest.asksForPerson(message, lang)).as(message).isTrue();
        DialogueFlow flow = new DialogueFlow(new FakeSearch().unsureOtherwise(HOURS, PAYMENT),
                DialogueState.fresh(lang));
        assertThat(flow.says("when are you open on saturdays?").main()).isInstanceOf(Action.Clarify.class);
        assertThat(flow.says(message).main()).as(message).isEqualTo(Action.Handoff.asked());
    }

    /** Writing named beside no person, or a person named beside no writing, asks for no one. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | can I write a card to go with the present?
            de | kann man mit einem edding auf die kiste schreiben?
            es | puedo escribir una dedicatoria con el regalo?
            pt | posso escrever um cartão com o presente?
            """)
    void writingWithoutAPersonIsNoRequest(String language, String message) {
        assertThat(PersonRequest.asksForPerson(message, Locale.forLanguageTag(language))).as(message).isFalse();
    }

    /** A greeting and a wish to ask, nothing asked yet: the greeting's reply (what about?), never an entry. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | good morning, I wanted to ask something
            de | guten tag, ich wollte mal was fragen
            es | buenas tardes, quería hacer una consulta
            fr | bonjour, je voudrais demander un renseignement
            it | buonasera, volevo chiedere un'informazione
            nl | goedemiddag, ik wou even iets vragen
            pt | boa tarde, queria fazer uma pergunta
            """)
    void aGreetingWithAWishToAskIsAGreeting(String language, String message) {
        Action main = new DialogueFlow(new FakeSearch().confidentOtherwise(PAYMENT),
                DialogueState.fresh(Locale.forLanguageTag(language))).says(message).main();
        assertThat(main).as(message).isEqualTo(new Action.ActReply(Act.GREETING, false));
    }
}
