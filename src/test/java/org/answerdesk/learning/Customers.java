package org.answerdesk.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ChoicePayload;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.conversation.InboundMessage;
import org.answerdesk.conversation.Participant;
import org.answerdesk.conversation.Reply;
import org.answerdesk.retrieval.FaqRetriever;

/** Web chat customers who ask through the core and press the choices they are offered. */
final class Customers {

    /** A question the FAQ answers with choices, not by itself, and the entry to pick: its second choice. */
    record Case(String question, long entryId) {
    }

    private final ConversationService conversations;
    private final FaqRetriever retriever;

    Customers(ConversationService conversations, FaqRetriever retriever) {
        this.conversations = conversations;
        this.retriever = retriever;
    }

    /** The first of {@code candidates} that gets choices. */
    Case clarified(String... candidates) {
        for (String q : candidates) {
            var r = retriever.retrieve(org.answerdesk.dialogue.DialoguePolicy.lookupText(q, Locale.ENGLISH)); // as the bot looks it up
            if (r.clarify() && r.choices().size() >= 2) {
                return new Case(q, r.choices().get(1).entryId());
            }
        }
        throw new AssertionError("none of " + List.of(candidates) + " gets choices: pick other test questions");
    }

    Customer next() {
        return new Customer();
    }

    /** One participant, one live conversation at a time. */
    final class Customer {
        final String session = "learn-" + UUID.randomUUID();
        final ConversationKey key = new ConversationKey(Channel.WEB, session);
        final Participant who = new Participant(Channel.WEB, session, null, null);

        Reply ask(String question) {
            return conversations.handle(new InboundMessage(UUID.randomUUID().toString(), key, who, question))
                    .orElseThrow();
        }

        /** Asks, gets choices, and presses {@code entryId} among them: the answer to the press. */
        Reply askAndPick(String question, long entryId) {
            Reply offer = ask(question);
            assertThat(offer.choices()).as("choices for '%s'", question).extracting(c -> c.entryId())
                    .contains(entryId);
            return conversations.handle(InboundMessage.choice("press-" + UUID.randomUUID(), key, who,
                    ChoicePayload.entry(offer.messageId(), entryId), null, null)).orElseThrow();
        }

        /** A new conversation of the same customer. */
        void reset() {
            conversations.reset(key);
        }
    }
}
