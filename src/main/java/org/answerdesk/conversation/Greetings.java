package org.answerdesk.conversation;

import java.util.List;
import java.util.Optional;

import org.answerdesk.faq.StarterQuestions;
import org.springframework.stereotype.Component;

/**
 * How the bot opens a conversation: the answer to {@link Intent#START} offers the most asked FAQ questions
 * ({@link StarterQuestions}) with the start text, and on a channel with no start command of its own (a Slack DM)
 * the first question of a conversation gets the greeting ({@code ANSWERDESK_GREETING}) and those questions in a
 * message of its own just before its answer.
 */
@Component
class Greetings {

    private final StarterQuestions starters;
    private final ReplyStore replies;
    private final ChannelAdapters adapters;

    Greetings(StarterQuestions starters, ReplyStore replies, ChannelAdapters adapters) {
        this.starters = starters;
        this.replies = replies;
        this.adapters = adapters;
    }

    /** The start text with the starter questions as suggestions (buttons or a list, as the channel shows them). */
    Answer start(Answer startText) {
        return Answer.system(startText.text(), suggestions(starters.questions()), null);
    }

    /** The greeting to send before answering this conversation's first question, if its channel wants one. */
    Optional<Answer> beforeFirstAnswer(ConversationKey key, long conversationId) {
        if (!adapters.greetsFirstMessage(key) || replies.hasOutbound(conversationId)) {
            return Optional.empty();
        }
        var greeting = starters.greeting();
        return Optional.of(Answer.system(greeting.text(), suggestions(greeting.questions()), null));
    }

    private static List<Suggestion> suggestions(List<StarterQuestions.Question> questions) {
        return questions.stream().map(q -> new Suggestion(q.entryId(), q.text(), 0)).toList();
    }
}
