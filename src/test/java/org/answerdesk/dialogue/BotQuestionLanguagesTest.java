package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Are you a bot?" as customers type it, and "am I talking to a real person?" (issue 61): a question about the bot,
 * answered by the bot (an automatic assistant; a person can take over), never a ticket and never a request for a
 * person, though it names one. New sentences in every shipped language.
 */
class BotQuestionLanguagesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | r u a robot or what                       | am I chatting with an actual human right now?
            de | schreib ich hier grad mit nem bot?        | bist du eigentlich ein echter mensch?
            es | ¿tú eres un bot de verdad?                | ¿estoy chateando con un humano de verdad?
            fr | t'es un bot ou quoi ?                     | c'est une vraie personne qui m'écrit ?
            it | ma sei un bot o no?                       | sto scrivendo con un operatore vero?
            pt | você é robô mesmo?                        | to falando com um atendente de verdade?
            nl | ben je nou een robot of niet?             | chat ik hier met een echte medewerker?
            """)
    void askedWhatItIsTheBotSaysSoAndOpensNoTicket(String language, String bot, String realPerson) {
        Locale lang = Locale.forLanguageTag(language);
        for (String message : new String[] {bot, realPerson}) {
            Decision d = new DialogueFlow(new FakeSearch(), DialogueState.fresh(Locale.ENGLISH).withLanguage(lang)).says(message);
            assertThat(d.main()).as(message).isEqualTo(new Action.ActReply(Act.BOT, false));
            assertThat(d.main().handsOver()).as(message).isFalse();
            assertThat(PersonRequest.asksForPerson(message, lang)).as(message).isFalse();
        }
    }

    /** Set 5: "servus seid ihr ein bot?" got "not in our help answers": the shop addressed as "you all". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | grüß euch, seid ihr eigentlich ein bot?
            es | buenas, ¿sois un robot o una persona?
            it | salve, siete un bot?
            pt | olá, vocês são um robô?
            nl | goeiedag, zijn jullie een chatbot?
            """)
    void askedOfTheShopAsAllOfYouItIsTheSameQuestion(String language, String message) {
        Locale lang = Locale.forLanguageTag(language);
        Decision d = new DialogueFlow(new FakeSearch(), DialogueState.fresh(lang)).says(message);
        assertThat(d.main()).as(message).isEqualTo(new Action.ActReply(Act.BOT, false));
    }

    /**
     * Set 29's nl 2.4, "is there a real human behind this?", was read as a request for a person and handed over without
     * saying what answers: a real person said to be behind the answers asks what the bot is. Asked for one ("... I
     * can talk to"), it stays a request; someone said to be at the shop asks nothing of the bot.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | hang on, is there a genuine person typing these?        | is there a real person i can talk to      | is there someone at the counter on sundays?
            de | moment, ist da überhaupt ein echter mensch dahinter?    | gibt es einen echten menschen zum reden?  | ist da samstags jemand im laden?
            fr | attendez, y a-t-il une vraie personne qui lit ça ?      | y a-t-il un vrai humain à qui parler ?    | y a quelqu'un au magasin le samedi ?
            it | scusi ma c'è una persona vera dietro lo schermo?        | c'è una persona vera con cui parlare?     | c'è qualcuno in negozio sabato?
            es | oiga, ¿hay una persona de verdad al otro lado?          | ¿hay alguien real con quien hablar?       | ¿hay alguien en la tienda el sábado?
            nl | wacht even, zit er wel een echt mens achter dit scherm? | is er een echte persoon om mee te praten? | is er zaterdag iemand in de winkel?
            pt | espere, há alguma pessoa real a ler isto?               | há uma pessoa real com quem falar?        | há alguém na loja ao sábado?
            """)
    void aRealPersonSaidToBeThereIsABotQuestionUnlessOneIsAskedFor(String language, String there, String asked,
                                                                   String shop) {
        Locale lang = Locale.forLanguageTag(language);
        Decision d = new DialogueFlow(new FakeSearch(), DialogueState.fresh(lang)).says(there);
        assertThat(d.main()).as(there).isEqualTo(new Action.ActReply(Act.BOT, false));
        assertThat(PersonRequest.asksForPerson(there, lang)).as(there).isFalse();
        Decision request = new DialogueFlow(new FakeSearch(), DialogueState.fresh(lang)).says(asked);
        assertThat(request.main()).as(asked).isNotEqualTo(new Action.ActReply(Act.BOT, false));
        assertThat(request.main().handsOver() || request.main() instanceof Action.OfferPerson).as(asked).isTrue();
        assertThat(ActRules.of(shop, lang)).as(shop).isNotEqualTo(java.util.Optional.of(Act.BOT));
    }

    /**
     * Set 36's it 2.4, "scusa ma chi mi risponde, un computer?", typed while choices showed, got the apology for a wrong
     * guess, and de 2.4, a real person "or" a chat with a "computerprogramm", was handed over: "who answers me, a
     * machine?" ({@link WhoAnswers}) and a machine word that ends a compound, with a person on the other side of
     * "or", ask what the bot is, fresh and while choices show.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | who is replying to me, a robot?            | is this a real human or some chatbot program?
            de | wer schreibt mir da, ein roboter?          | ist das hier ein echter mensch oder ein computerprogramm?
            es | oye, ¿quién me está contestando, un programa? | ¿es una persona real o un robot?
            fr | qui est-ce qui me répond, un robot ?       | c'est un humain ou un robot ?
            it | ma chi mi sta rispondendo, una macchina?   | sei una persona vera o un robot?
            nl | wie typt er hier, een robot?               | zit hier een echt mens of een chatprogramma achter?
            pt | quem está a responder-me, uma máquina?     | és um bot?
            """)
    void whoAnswersGuessingAMachineAndACompoundMachineOrAPersonAreBotQuestions(String language, String who,
                                                                             String compound) {
        Locale lang = Locale.forLanguageTag(language);
        FaqMatch price = new FaqMatch(61, "What does it cost?", "It costs 20.", 0.6);
        FaqMatch pay = new FaqMatch(62, "How can I pay?", "Cash or card.", 0.5);
        String vague = "the parcel stuff from the blue shelf";
        for (String message : new String[] {who, compound}) {
            Decision fresh = new DialogueFlow(new FakeSearch(), DialogueState.fresh(lang)).says(message);
            assertThat(fresh.main()).as(message).isEqualTo(new Action.ActReply(Act.BOT, false));
            DialogueFlow flow = new DialogueFlow(new FakeSearch().unsure(Cleanup.forLookup(vague, lang), price, pay),
                    DialogueState.fresh(lang));
            assertThat(flow.says(vague).main()).isInstanceOf(Action.Clarify.class);
            Decision afterChoices = flow.says(message);
            assertThat(afterChoices.main()).as(message).isEqualTo(new Action.ActReply(Act.BOT, false));
            assertThat(afterChoices.main().handsOver()).as(message).isFalse();
        }
    }

    /** The same shapes that name no machine, or ask for a person, stay what they were. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | who is replying to my email?              | is there a loyalty program or a discount for students?
            de | wer schreibt mir die rechnung?            | habt ihr ein ferienprogramm oder einen kurs für erwachsene?
            it | chi mi risponde per la fattura?           | c'è un programma estivo o un corso per adulti?
            nl | wie antwoordt er op mijn mail?            | hebben jullie een zomerprogramma of een cursus?
            """)
    void withoutAMachineGuessedOrAPersonThereItIsNoBotQuestion(String language, String who, String compound) {
        Locale lang = Locale.forLanguageTag(language);
        for (String message : new String[] {who, compound}) {
            assertThat(ActRules.of(message, lang)).as(message).isNotEqualTo(java.util.Optional.of(Act.BOT));
        }
    }
}
