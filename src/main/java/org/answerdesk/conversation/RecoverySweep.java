package org.answerdesk.conversation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Answers messages that were accepted but never answered, e.g. because the app stopped between storing a
 * message and replying, or the answer pool was full. Each is answered exactly once:
 * {@link ConversationService#respond} claims it first, and a claimed message is not swept again until its lease ends.
 */
@Component
class RecoverySweep {

    private static final Logger log = LoggerFactory.getLogger(RecoverySweep.class);

    private final ConversationStore store;
    private final ConversationService conversations;
    private final ConversationProperties properties;

    RecoverySweep(ConversationStore store, ConversationService conversations, ConversationProperties properties) {
        this.store = store;
        this.conversations = conversations;
        this.properties = properties;
    }

    @Scheduled(initialDelayString = "${answerdesk.conversation.recovery-delay:30s}",
            fixedDelayString = "${answerdesk.conversation.recovery-interval:10s}")
    void answerForgottenMessages() {
        // answered on the core's pool: a slow LLM must not hold the scheduler thread that other tasks share
        for (long id : store.unhandledInbound(properties.recoveryDelay(), properties.answerLease(), 50)) {
            log.info("Answering message {}, accepted but not answered", id);
            conversations.answerSoon(id);
        }
    }
}
