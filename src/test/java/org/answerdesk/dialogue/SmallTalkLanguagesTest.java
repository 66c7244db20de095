package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Small talk in other people's words (issue 61, class 8): goodbyes, "what can I ask you?", fun facts, pets, hobbies,
 * where the bot is from and whom it works for, as the first message and after an answer, get the bot's own reply in
 * every shipped language, never a ticket or an FAQ answer. English reads these by its phrasings ({@link ActIndex},
 * measured on CLINC150 by {@code SmallTalkBenchmark}); the rules here are the closed forms every language has.
 */
class SmallTalkLanguagesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | ok, catch ya later then                  | bye
            en | talk to you later                        | bye
            de | bis später!                              | bye
            de | erzähl mir etwas Lustiges                | chitchat
            de | hast du ein Haustier?                    | chitchat
            de | welche Fragen kann ich dir stellen?      | capabilities
            es | ¡hasta luego!                            | bye
            es | cuéntame algo interesante                | chitchat
            es | ¿tienes mascota?                         | chitchat
            es | ¿qué preguntas te puedo hacer?           | capabilities
            fr | à plus tard                              | bye
            fr | raconte-moi une anecdote                 | chitchat
            fr | tu as un chat ?                          | chitchat
            fr | que puis-je te demander ?                | capabilities
            it | ci vediamo!                              | bye
            it | dimmi una curiosità                      | chitchat
            it | di dove sei?                             | chitchat
            it | cosa ti posso chiedere?                  | capabilities
            pt | até logo!                                | bye
            pt | conta-me uma curiosidade                 | chitchat
            pt | para quem trabalhas?                     | chitchat
            pt | que perguntas posso fazer?               | capabilities
            nl | tot later!                               | bye
            nl | vertel me een leuk weetje                | chitchat
            nl | wat doe je in je vrije tijd?             | chitchat
            nl | welke vragen kan ik stellen?             | capabilities
            """)
    void smallTalkGetsTheBotsOwnReplyFirstAndAfterAnAnswer(String language, String message, String act) {
        Locale lang = Locale.forLanguageTag(language);
        Act expected = Act.valueOf(act.toUpperCase(Locale.ROOT));
        Decision first = new DialogueFlow(new FakeSearch(), DialogueState.fresh(Locale.ENGLISH).withLanguage(lang)).says(message);
        assertThat(first.main()).as(message).isEqualTo(new Action.ActReply(expected, false));

        FakeSearch search = new FakeSearch();
        search.confident(Cleanup.forLookup("How do I reset my password?", lang), FakeSearch.PASSWORD);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        flow.says("How do I reset my password?");
        Decision after = flow.says(message);
        assertThat(after.main()).as(message).isEqualTo(new Action.ActReply(expected, true));
        assertThat(after.main().handsOver()).isFalse();
    }
}
