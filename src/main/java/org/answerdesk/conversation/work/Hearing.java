package org.answerdesk.conversation.work;

import java.util.Locale;

import org.answerdesk.conversation.SpokenMessages;
import org.answerdesk.conversation.SpokenMessages.Heard;
import org.answerdesk.conversation.store.ConversationStore;
import org.answerdesk.dialogue.Intent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Before a message is answered, asks {@link SpokenMessages} (when a transcriber is configured) whether it came with
 * a voice note, and makes what was heard the message's text: in place of the placeholder of a message without text,
 * after the text of one with a caption or a mail's subject (one text), as a {@link Intent#QUESTION}, so the policy,
 * analytics, learning and the person's view read it as typed text. A voice note alone that was not heard becomes
 * {@link Intent#NOT_HEARD} (the customer is asked to type); one with text is answered from its text. Stored under
 * the claim; the outcome is kept with the audio, so a worker that takes the message over never sends it again.
 */
@Component
class Hearing {

    private final ObjectProvider<SpokenMessages> spoken;
    private final ConversationStore conversations;
    private final JdbcClient jdbc;

    Hearing(ObjectProvider<SpokenMessages> spoken, ConversationStore conversations, JdbcClient jdbc) {
        this.spoken = spoken;
        this.conversations = conversations;
        this.jdbc = jdbc;
    }

    ClaimedInbound heard(ClaimedInbound claimed) {
        SpokenMessages ears = spoken.getIfAvailable();
        if (ears == null || (claimed.intent() != Intent.NOT_TEXT && claimed.intent() != Intent.QUESTION)) {
            return claimed;
        }
        boolean alone = claimed.intent() == Intent.NOT_TEXT;
        Heard heard = ears.hear(claimed.id(),
                () -> conversations.language(claimed.conversationId()).map(Locale::forLanguageTag), !alone);
        return switch (heard.outcome()) {
            case NOT_SPOKEN -> claimed;
            case HEARD -> alone ? relabel(claimed, heard.transcript().strip(), Intent.QUESTION)
                    : claimed.text().endsWith(heard.transcript().strip()) ? claimed // joined by an earlier claim
                    : relabel(claimed, claimed.text().strip() + "\n\n" + heard.transcript().strip(), Intent.QUESTION);
            case NOT_HEARD -> alone ? relabel(claimed, claimed.text(), Intent.NOT_HEARD) : claimed;
        };
    }

    private ClaimedInbound relabel(ClaimedInbound claimed, String text, Intent intent) {
        int updated = jdbc.sql("update message set text = :t, intent = :i where id = :id and claim = :c")
            .param("t", text).param("i", intent.name()).param("id", claimed.id()).param("c", claimed.claim())
            .update();
        if (updated == 0) {
            throw new IllegalStateException("the claim on message " + claimed.id() + " was lost while it was heard");
        }
        return new ClaimedInbound(claimed.id(), claimed.conversationId(), text, intent, claimed.claim(),
                claimed.attempts());
    }
}
