package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set 22's two questions in one message of which one half was dropped (issue 61), each class in the seven shipped
 * languages with sentences written for this test (scripted retrieval):
 * <ul>
 * <li>the bot question ("a person or a robot?"), then a question of the shop's after its question mark: the act's
 * rules read the whole message as the bot question and the question after it was dropped (es 2.4); the bot says what
 * it is and the question is answered;</li>
 * </ul>
 */
class SetTwentyTwoTwoQuestionsTest {

    private static final FaqMatch DELIVERY = new FaqMatch(701, "Where do you deliver?", "Everywhere in the country.",
            0.8);

    /** "a person or a robot? never mind, do you deliver to X?": what the bot is, then the question's answer. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | are you a real person or a bot? never mind, do you deliver to ireland?
            de | bist du ein mensch oder ein bot? egal, liefert ihr auch nach linz?
            fr | vous êtes un robot ou une personne ? bon peu importe, vous livrez à lyon ?
            it | sei una persona o un robot? vabbè, consegnate anche a bergamo?
            es | hablo con una persona o con un robot? bueno, hacéis envíos a canarias?
            nl | ben jij een mens of een robot? maakt niet uit, bezorgen jullie ook in utrecht?
            pt | você é uma pessoa ou um robô? pronto, entregam no porto?
            """)
    void aQuestionAfterThePersonOrRobotQuestionIsAnswered(String language, String message) {
        String after = message.substring(message.indexOf('?') + 1).strip();
        FakeSearch search = new FakeSearch().confident(lookup(language, after), DELIVERY);
        Decision d = flow(search, language).says(message);
        assertThat(d.actions()).as(message + " -> " + d.actions()).contains(new Action.ActReply(Act.BOT, false));
        assertThat(d.main()).as(message + " -> " + d.actions()).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry()).isEqualTo(DELIVERY));
    }

    /** A remark after the bot question, no question of its own: the bot question alone. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | are you a person or a robot? just wondering, no offence
            fr | vous êtes une vraie personne ou un programme? vous répondez trop vite
            es | eres una persona o un robot? bueno da igual
            """)
    void aRemarkAfterTheBotQuestionStaysTheAct(String language, String message) {
        Decision d = flow(new FakeSearch(), language).says(message);
        assertThat(d.main()).as(message).isEqualTo(new Action.ActReply(Act.BOT, false));
    }
}
