package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.main;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Complaints and "that didn't help" after the bot's reply (issue 61, set 3: en-06, en-10, en-15, fr-03, de-07): an
 * apology and the offer of a person, or the handover when the customer insists; never "did you mean" choices or the
 * same entry again. New sentences in every shipped language.
 */
class ComplaintAfterReplyTest {

    private static final FaqMatch REFUND = new FaqMatch(81, "How long does a refund take?", "5-10 days.", 0.9);
    private static final FaqMatch PARTIAL = new FaqMatch(82, "Why a partial refund?", "Shipping is kept.", 0.5);
    private static final FaqMatch RETURNS = new FaqMatch(83, "What is your return policy?", "30 days.", 0.45);

    /** Every reading of {@code message} the FAQ may be asked for gets choices (so that nothing else decides). */
    private static FakeSearch unsure(FakeSearch search, String message, Locale lang) {
        search.unsure(Cleanup.forLookup(message, lang), PARTIAL, RETURNS);
        search.unsure(Cleanup.forLookup(Acts.read(message, lang).question(), lang), PARTIAL, RETURNS);
        return search.unsure(message, PARTIAL, RETURNS);
    }

    /** Right after the offer of a person to an upset customer, a demand the bot cannot answer hands over. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | the blender died after a week, this is ridiculous      | not going to fill in any form, refund me by tonight
            de | Der Kurs fiel dreimal aus, das ist eine Frechheit       | ich fülle da nichts aus, ich will das heute geklärt haben
            es | Es la tercera vez que llega roto, es una vergüenza     | no pienso rellenar nada, lo quiero resuelto hoy
            fr | Trois semaines que j'attends, c'est inadmissible !!    | j'ai jamais reçu le moindre message
            it | terza volta che salta la lezione, è una vergogna       | non ho ricevuto nessuna email, niente di niente
            pt | é a terceira vez que falham, isto é uma vergonha      | não recebi mensagem nenhuma, nada
            nl | al drie weken wachten, dit is belachelijk              | nooit een sms gekregen, helemaal niks
            """)
    void aDemandRightAfterTheOfferToAnUpsetCustomerHandsOver(String language, String complaint, String demand) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = unsure(unsure(new FakeSearch(), complaint, lang), demand, lang);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));

        assertThat(main(flow.says(complaint), Action.OfferPerson.class).apologising()).as(complaint).isTrue();
        Decision insists = flow.says(demand);
        assertThat(insists.main()).as(demand).isInstanceOf(Action.Handoff.class);
        assertThat(flow.state().handedOver()).isTrue();
    }

    /**
     * "Didn't help" with what went wrong, typed while choices show: a first push-back, the offer of a person; no
     * choices again.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | didnt help, i still cant log in to do any of that
            de | hat nix gebracht, ich komm ja gar nicht erst rein
            es | no me ayudó nada, no puedo ni entrar
            fr | ça m'aide pas, j'arrive même pas à me connecter
            it | non mi hai aiutato, non riesco nemmeno ad entrare
            pt | não me ajudou nada, nem consigo entrar
            nl | daar heb ik niks aan, ik kan niet eens inloggen
            """)
    void didNotHelpWithWhatWentWrongAfterChoicesIsTheOfferOfAPersonNeverChoicesAgain(String language, String message) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = unsure(new FakeSearch(), "my account", lang);
        unsure(search, message, lang);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        assertThat(flow.says("my account").main()).isInstanceOf(Action.Clarify.class);

        Decision d = flow.says(message);
        assertThat(d.main()).as(message).isNotInstanceOf(Action.Clarify.class);
        assertThat(d.main()).as("a first push-back on a chat: " + message).isInstanceOf(Action.OfferPerson.class);
        assertThat(flow.state().personOffered()).isTrue();
    }

    /** "Didn't help" said in other words right after an answer: never the same entry again, and no ticket yet. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | that was useless
            de | das hilft mir nix
            es | no me sirvió de nada
            fr | ça sert à rien
            it | non è servito a niente
            pt | não me ajudou em nada
            nl | dat helpt me niks
            """)
    void didNotHelpInOtherWordsAfterAnAnswerIsNotHelped(String language, String message) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confident(Cleanup.forLookup("refund time", lang), REFUND);
        search.confident(Cleanup.forLookup(message, lang), REFUND);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        flow.says("refund time");

        Decision d = flow.says(message);
        assertThat(d.act()).as(message).contains(Act.NOT_HELPED);
        assertThat(d.main()).isNotInstanceOf(Action.FaqAnswer.class);
    }

    /** An objection to the choices just shown, said as a statement: the offer of a person, not choices again. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | why did i only get 38 back                  | i sent back everything tho
            de | warum hab ich nur 38 zurückbekommen         | ich hab doch alles zurückgeschickt
            es | por qué me devolvieron solo 38              | pero si devolví todo
            fr | pourquoi j'ai eu que 38 de remboursé         | j'ai pourtant tout renvoyé
            it | perché mi avete rimborsato solo 38           | però ho restituito tutto
            pt | porque só recebi 38 de volta                | mas eu devolvi tudo
            nl | waarom kreeg ik maar 38 terug               | ik heb toch alles teruggestuurd
            """)
    void anObjectionToTheChoicesGetsTheOfferOfAPerson(String language, String question, String objection) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = unsure(unsure(new FakeSearch(), question, lang), objection, lang);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        assertThat(flow.says(question).main()).isInstanceOf(Action.Clarify.class);

        Decision d = flow.says(objection);
        assertThat(d.main()).as(objection).isInstanceOf(Action.OfferPerson.class);
        assertThat(flow.state().personOffered()).isTrue();
    }

    /** A first complaint that it happens all the time, with a demand for the money back: the apology and the offer. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | the driver is always late, i want a refund today
            de | die Lehrerin kommt ständig zu spät, ich will Geld zurück
            es | el profesor siempre llega tarde y nadie hace nada
            fr | le prof est toujours en retard et personne ne fait rien
            it | l'istruttore è sempre in ritardo, rivoglio i soldi
            pt | o professor está sempre atrasado, quero o dinheiro de volta
            nl | de leraar is altijd te laat, ik wil het geld terug
            """)
    void aComplaintWithADemandGetsTheApologyAndTheOffer(String language, String complaint) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = unsure(new FakeSearch(), complaint, lang);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));

        Decision d = flow.says(complaint);
        assertThat(main(d, Action.OfferPerson.class).apologising()).as(complaint).isTrue();
    }
}
