package org.answerdesk.conversation.work;

import org.answerdesk.conversation.ConversationProperties;
import org.answerdesk.conversation.Failures;
import org.answerdesk.conversation.answering.DecisionRunner;
import org.answerdesk.conversation.store.ConversationStore;
import org.answerdesk.conversation.store.Quarantine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Gives up on a message the bot cannot answer, so that it never holds the answer queue: after
 * {@link ConversationProperties#maxAnswerAttempts()} claims, or at the first failure retrying cannot cure
 * ({@link Failures#isTransient} says no), the customer gets the handoff reply, a person takes over, and the
 * message is quarantined (counted in {@code answerdesk.quarantined}, logged with its id, never its text).
 */
@Component
public class GivingUp {

    private static final Logger log = LoggerFactory.getLogger(GivingUp.class);

    private final ConversationStore store;
    private final InboundClaims claims;
    private final DecisionRunner answerer;
    private final Quarantine quarantine;
    private final ConversationProperties properties;

    GivingUp(ConversationStore store, InboundClaims claims, DecisionRunner answerer, Quarantine quarantine,
             ConversationProperties properties) {
        this.store = store;
        this.claims = claims;
        this.answerer = answerer;
        this.quarantine = quarantine;
        this.properties = properties;
    }

    /**
     * Gives the message up if its earlier attempts used up the limit without finishing (their workers died or
     * their leases ran out): then it is not tried again.
     *
     * @return true when the message was given up
     */
    boolean ifExhausted(ClaimedInbound claimed) {
        if (claimed.attempts() <= properties.maxAnswerAttempts()) {
            return false;
        }
        giveUp(claimed, "not answered in " + (claimed.attempts() - 1) + " attempts that never finished");
        return true;
    }

    /**
     * After an answer failed: gives the message up when retrying cannot cure the failure or this was its last
     * attempt; otherwise leaves it claimed, due again after its lease.
     *
     * @return true when the message was given up
     */
    boolean afterFailure(ClaimedInbound claimed, RuntimeException failure) {
        boolean curable = Failures.isTransient(failure);
        if (curable && claimed.attempts() < properties.maxAnswerAttempts()) {
            return false;
        }
        String why = failure.getClass().getSimpleName() + ": " + Failures.describe(failure);
        giveUp(claimed, curable ? "still failing after " + claimed.attempts() + " attempts (" + why + ")"
                : "failed in a way retrying cannot cure (" + why + ")");
        return true;
    }

    private void giveUp(ClaimedInbound claimed, String reason) {
        var conversation = store.conversation(claimed.conversationId());
        String skipReason = "given up: " + reason;
        try {
            answerer.handOver(conversation, claimed, skipReason);
        } catch (RuntimeException e) {
            if (Failures.isTransient(e)) {
                throw e; // the database is away: due again after the lease, and given up then
            }
            // the handoff reply cannot be stored either: handled without an answer, so the queue moves on
            log.warn("Handoff reply to message {} not stored ({}); marked handled without one", claimed.id(),
                    Failures.describe(e));
            claims.markSkipped(claimed, skipReason);
        }
        quarantine.add(conversation.key().channel(), "message " + claimed.id(), reason, null);
    }
}
