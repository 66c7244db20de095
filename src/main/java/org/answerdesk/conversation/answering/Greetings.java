package org.answerdesk.conversation.answering;

import org.answerdesk.conversation.ChannelAdapters;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.Suggestion;
import org.answerdesk.dialogue.Intent;
import java.util.List;
import java.util.Locale;

import org.answerdesk.faq.StarterQuestions;
import org.springframework.stereotype.Component;

/**
 * How the bot opens a conversation: the answer to {@link Intent#START} offers the most asked FAQ questions
 * ({@link StarterQuestions}, in the conversation's language) with the start text, and on a channel with no start command of its own (a Slack DM)
 * the first question of a conversation gets the greeting ({@code ANSWERDESK_GREETING}) and those questions in a
 * message of its own just before its answer.
 */
@Component
class Greetings {

    private final StarterQuestions starters;
    private final ChannelAdapters adapters;

    Greetings(StarterQuestions starters, ChannelAdapters adapters) {
        this.starters = starters;
        this.adapters = adapters;
    }

    /** The start text with the starter questions as suggestions (buttons or a list, as the channel shows them). */
    ReplyDraft start(ReplyDraft startText, Locale language) {
        return ReplyDraft.system(startText.text(), suggestions(starters.questions(language)), null);
    }

    /** Whether this conversation's first answer is due a greeting before it: its channel wants one, none was sent. */
    boolean dueBeforeFirstAnswer(ConversationKey key, boolean replied) {
        return adapters.greetsFirstMessage(key) && !replied;
    }

    /**
     * A text of the bot's own with the most asked questions: numbered in the text, which says to pick one, so that a
     * channel or client that shows only text shows them too; and as suggestions (chips or buttons where the channel
     * has them).
     */
    ReplyDraft withStarters(String text, Locale language) {
        List<Suggestion> offered = suggestions(starters.questions(language));
        return ReplyDraft.system(ChoiceList.numbered(text, offered), offered, null);
    }

    /** The greeting ({@code ANSWERDESK_GREETING}, or the conversation's language's) with the most asked questions. */
    ReplyDraft greeting(String text, Locale language) {
        return withStarters(text, language);
    }

    private static List<Suggestion> suggestions(List<StarterQuestions.Question> questions) {
        return questions.stream().map(q -> new Suggestion(q.entryId(), q.text(), 0)).toList();
    }
}
