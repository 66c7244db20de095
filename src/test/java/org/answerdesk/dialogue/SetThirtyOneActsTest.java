package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set 31's acts misread (issue 61): "ok dale", "ja is goed", "tá bom então" after a cancellation told without asking
 * were thanked for ("You're welcome! Anything else?"), and "sag mal, bist du n computer oder sitzt da echt wer?", "c'est
 * une vraie personne qui me repond la?" got "not sure I understood" with choices. New sentences of each class in every
 * shipped language.
 */
class SetThirtyOneActsTest {

    private static final FaqMatch CANCEL = new FaqMatch(91, "Can I cancel my booking?", "Free until 24 h before.", 0.6);
    private static final FaqMatch HOURS = new FaqMatch(92, "When are you open?", "Daily 9-18.", 0.5);
    private static final FaqMatch GROUPS = new FaqMatch(93, "Do you do group prices?", "From 10 people.", 0.4);

    /** A story of plans that fell through, told without a question, in each language. */
    private static String told(String language) {
        return switch (language) {
            case "de" -> "wir hatten für samstag zwei plätze, meine frau liegt jetzt im krankenhaus";
            case "fr" -> "on avait deux places pour samedi, ma femme est à l'hôpital maintenant";
            case "it" -> "avevamo due posti per sabato, mia moglie adesso è in ospedale";
            case "es" -> "teníamos dos plazas para el sábado, mi mujer está ahora en el hospital";
            case "nl" -> "we hadden twee plekken voor zaterdag, mijn vrouw ligt nu in het ziekenhuis";
            case "pt" -> "tínhamos duas vagas para sábado, minha mulher está agora no hospital";
            default -> "we had two places for saturday, my wife is in hospital now";
        };
    }

    /** After choices shown for a story told: an acknowledgement is a yes that names no choice, not a thanks. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | alright then
            en | ok yeah
            de | na gut dann
            de | jo passt
            fr | bon d'accord
            fr | ok ça marche
            it | ok va bene allora
            it | sì vabbè
            es | vale pues
            es | bueno, está bien
            nl | oké is goed dan
            nl | ja prima
            pt | tá bom, beleza
            pt | ok, tá bom então
            """)
    void anAcknowledgementAfterChoicesForAStoryToldAsksWhichOne(String language, String message) {
        DialogueFlow flow = new DialogueFlow(new FakeSearch().unsureOtherwise(CANCEL, HOURS, GROUPS),
                DialogueState.fresh(Locale.forLanguageTag(language)));
        assertThat(flow.says(told(language)).main()).isInstanceOf(Action.Clarify.class);
        Decision d = flow.says(message);
        assertThat(d.main()).as(message).isEqualTo(new Action.OfferPerson(Action.OfferPerson.Why.UNSURE));
        assertThat(d.confirmed()).isFalse();
    }

    /** After an answer to a story told: an acknowledgement is asked what next, never "glad that helped". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | ok then
            de | ja gut
            fr | oui d'accord
            it | va bene
            es | ok dale
            nl | ja is goed
            pt | tá bom então
            """)
    void anAcknowledgementAfterAnAnswerToAStoryToldAsksWhatNext(String language, String message) {
        DialogueFlow flow = new DialogueFlow(new FakeSearch().confidentOtherwise(CANCEL),
                DialogueState.fresh(Locale.forLanguageTag(language)));
        assertThat(flow.says(told(language)).main()).isInstanceOf(Action.FaqAnswer.class);
        Decision d = flow.says(message);
        assertThat(d.main()).as(message).isEqualTo(new Action.AskWhatNext());
        assertThat(d.confirmed()).isFalse();
    }

    /** A word of thanks keeps the thanks; so does an acknowledgement of the reply to a question. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | ok thanks | told
            de | ja danke | told
            fr | d'accord merci | told
            it | ok grazie mille | told
            es | vale, gracias | told
            nl | oké bedankt | told
            pt | tá bom, obrigado | told
            en | ok | asked
            de | ok passt | asked
            fr | ok d'accord | asked
            it | va bene | asked
            es | ok vale | asked
            nl | is goed | asked
            pt | tá bom | asked
            """)
    void thanksOrAnAcknowledgementOfAnAnswerToAQuestionStayThanks(String language, String message, String before) {
        Locale lang = Locale.forLanguageTag(language);
        String first = before.equals("told") ? told(language) : "when are you open on saturdays?";
        DialogueFlow flow = new DialogueFlow(new FakeSearch().confidentOtherwise(HOURS), DialogueState.fresh(lang));
        assertThat(flow.says(first).main()).isInstanceOf(Action.FaqAnswer.class);
        Decision d = flow.says(message);
        assertThat(d.main()).as(message).isInstanceOf(Action.ActReply.class);
        assertThat(d.confirmed()).as(message).isTrue();
    }

    /** The one answering asked about, the machine with another possibility or a real person said to answer. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | are you a computer or is someone real typing this?
            en | hang on, is a real person answering me right now?
            de | bist du n programm oder sitzt da echt jemand?
            de | antwortet mir hier echt wer?
            fr | t'es une machine ou il y a quelqu'un?
            fr | c'est quelqu'un de vrai qui me répond?
            it | sei un computer o c'è qualcuno?
            it | mi risponde una persona vera?
            es | eres una máquina o hay alguien ahí?
            es | me contesta una persona de verdad?
            nl | ben jij een computer of zit daar iemand?
            nl | antwoordt er een echt mens?
            pt | você é um robô ou tem alguém aí?
            pt | quem responde é uma pessoa de verdade?
            en | is a genuine human typing these replies?
            it | sta scrivendo qualcuno vero?
            es | está contestando alguien de verdad?
            pt | tá respondendo uma pessoa de verdade?
            """)
    void askedWhetherAMachineOrARealPersonAnswersTheBotSaysWhatItIs(String language, String message) {
        Locale lang = Locale.forLanguageTag(language);
        assertThat(PersonRequest.asksForPerson(message, lang)).as(message).isFalse();
        Decision d = new DialogueFlow(new FakeSearch().unsureOtherwise(CANCEL, HOURS, GROUPS),
                DialogueState.fresh(lang)).says(message);
        assertThat(d.main()).as(message).isEqualTo(new Action.ActReply(Act.BOT, false));
    }

    /** A person asked for with the same words stays a request; a person said not to answer is no bot question. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | i want to talk to a real person
            de | kann mir bitte ein echter mensch antworten?
            fr | je veux qu'une vraie personne me réponde
            it | voglio che mi risponda una persona vera
            es | quiero que me conteste una persona real
            nl | ik wil dat een echt mens antwoordt
            pt | quero que uma pessoa de verdade me responda
            """)
    void aRequestInTheSameWordsStaysARequest(String language, String message) {
        Locale lang = Locale.forLanguageTag(language);
        assertThat(PersonRequest.asksForPerson(message, lang)).as(message).isTrue();
    }

    /** Nobody answering is a complaint, not a question about the bot. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fr | personne ne répond au téléphone
            de | bei euch antwortet nie ein echter mensch
            nl | er antwoordt nooit een echt mens
            """)
    void nobodyAnsweringIsNoBotQuestion(String language, String message) {
        Locale lang = Locale.forLanguageTag(language);
        Decision d = new DialogueFlow(new FakeSearch().unsureOtherwise(CANCEL, HOURS, GROUPS),
                DialogueState.fresh(lang)).says(message);
        assertThat(d.main()).as(message).isNotEqualTo(new Action.ActReply(Act.BOT, false));
    }
}
