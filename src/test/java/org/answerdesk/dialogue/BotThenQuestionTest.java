package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "are you a bot? do you also do X" in one message: the bot says what it is, then the question after it is decided
 * on its own (set 7: read whole, five languages got unrelated choices); a bot question alone, or with only a
 * sign-off after it, stays the act.
 */
class BotThenQuestionTest {

    private static final FaqMatch LESSONS = new FaqMatch(95, "Do you give lessons?", "Yes, group lessons at 10.",
            0.9);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | hi are you a bot? do you give ski lessons too       | do you give ski lessons too
            de | bist du ein bot? gebt ihr auch skikurse             | gebt ihr auch skikurse
            es | ¿eres un bot? ¿dan clases de esquí también?          | ¿dan clases de esquí también?
            fr | êtes-vous un robot? vous donnez des cours de ski     | vous donnez des cours de ski
            it | ciao sei un bot? fate anche lezioni di sci          | fate anche lezioni di sci
            nl | ben jij een bot? geven jullie ook skiles            | geven jullie ook skiles
            pt | és um robô? também dão aulas de esqui?              | também dão aulas de esqui?
            """)
    void theBotSaysWhatItIsThenAnswersTheQuestion(String language, String message, String question) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confident(Cleanup.forLookup(question, lang), LESSONS);
        Decision d = new DialogueFlow(search, DialogueState.fresh(lang)).says(message);
        assertThat(d.actions()).as(message).containsExactly(new Action.ActReply(Act.BOT, false),
                d.main());
        assertThat(d.main()).as(message).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry()).isEqualTo(LESSONS));
    }

    /**
     * The free-form act reader reads the question after the bot question, not the whole message: read whole, the bot
     * question in it made it the act again (two "I'm an automated assistant" replies, the question dropped).
     */
    @org.junit.jupiter.api.Test
    void theQuestionAfterTheBotQuestionIsNotReadAsTheBotQuestionAgain() {
        Locale en = Locale.ENGLISH;
        String message = "are you a bot? money back";
        FakeSearch search = new FakeSearch().unsure(Cleanup.forLookup("money back", en), LESSONS).act(message, Act.BOT);
        Decision d = new DialogueFlow(search, DialogueState.fresh(en)).says(message);
        assertThat(d.actions()).as(message).containsExactly(new Action.ActReply(Act.BOT, false), d.main());
        assertThat(d.main()).as(message).isInstanceOf(Action.Clarify.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | are you a bot? thanks
            fr | êtes-vous un robot ?
            it | sei un bot? grazie ciao
            """)
    void aBotQuestionWithNothingAfterItStaysTheAct(String language, String message) {
        Locale lang = Locale.forLanguageTag(language);
        Decision d = new DialogueFlow(new FakeSearch(), DialogueState.fresh(lang)).says(message);
        assertThat(d.main()).as(message).isEqualTo(new Action.ActReply(Act.BOT, false));
    }

    /** The one-step answer before the policy decides (web chat) leaves such a message to the policy. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|hi are you a bot? do you ship to canada", "fr|êtes-vous un robot? vous "
            + "livrez au Québec"})
    void theOneStepAnswerLeavesItToThePolicy(String language, String message) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confident(Cleanup.forLookup(message, lang), LESSONS);
        DialoguePolicy policy = new DialoguePolicy(search, search, search, search.acts);
        assertThat(policy.prepare(message, lang).answer()).as(message).isEmpty();
    }
}
