package org.answerdesk.conversation.answering;

import org.answerdesk.conversation.ConversationStatus;
import org.answerdesk.conversation.CustomerWaiting;
import org.answerdesk.conversation.HandoffRequested;
import org.answerdesk.conversation.Reply;
import org.answerdesk.conversation.ReplyStored;
import org.answerdesk.conversation.store.ConversationStore;
import org.answerdesk.conversation.store.ReplyStore;
import org.answerdesk.conversation.work.ClaimedInbound;
import org.answerdesk.conversation.work.InboundClaims;
import org.answerdesk.conversation.work.ReplyMeters;
import org.answerdesk.dialogue.Act;
import org.answerdesk.dialogue.Outcome;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes what {@link DecisionRunner} decided: the reply with the message marked handled while the claim holds (and the
 * handoff it asks for), or the message left to the person the conversation waits for.
 */
@Component
class DraftCommitter {

    private static final Logger log = LoggerFactory.getLogger(DraftCommitter.class);
    private static final long REFUSED = -1;

    private final ConversationStore store;
    private final InboundClaims claims;
    private final ReplyStore replies;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final ReplyMeters meters;

    DraftCommitter(ConversationStore store, InboundClaims claims, ReplyStore replies, TransactionTemplate tx,
                ApplicationEventPublisher events, ReplyMeters meters) {
        this.store = store;
        this.claims = claims;
        this.replies = replies;
        this.tx = tx;
        this.events = events;
        this.meters = meters;
    }

    /**
     * Leaves the message to the person the conversation waits for, recording its {@code outcome}; the desk shows it
     * in the ticket.
     */
    Optional<Reply> waitForPerson(ConversationStore.ConversationRow conversation,
                                  ClaimedInbound inbound, String text, Outcome outcome) {
        // one transaction: the desk stores its post for this message with the skip, or neither happens
        tx.executeWithoutResult(s -> {
            if (claims.markSkipped(inbound, "waiting for a person", outcome)) {
                events.publishEvent(new CustomerWaiting(conversation.id(), inbound.id(), text));
            }
        });
        return Optional.empty();
    }

    /** In the reply's transaction: the desk sees the customer's message and the bot's answers to it, in order. */
    BooleanSupplier mirror(ConversationStore.ConversationRow conversation, long messageId, String question,
                           List<ReplyDraft> answers) {
        return () -> {
            events.publishEvent(CustomerWaiting.answeredByBot(conversation.id(), messageId, question,
                    answers.stream().map(ReplyDraft::text).toList()));
            return true;
        };
    }

    Optional<Reply> store(ConversationStore.ConversationRow conversation, ClaimedInbound inbound,
                          Optional<ReplyDraft> greeting, ReplyDraft answer, int latencyMs, Outcome outcome) {
        return store(conversation, inbound, greeting, answer, latencyMs, outcome, () -> true);
    }

    /**
     * Stores the answer and marks the message handled with its {@code outcome}, in one transaction, if the claim
     * still holds and {@code guard} (run in that transaction) agrees; then hands the conversation to a person if the
     * answer says so, and publishes the reply for delivery. Empty, with nothing written, when the guard refused.
     */
    Optional<Reply> store(ConversationStore.ConversationRow conversation, ClaimedInbound inbound,
                          Optional<ReplyDraft> greeting, ReplyDraft answer, int latencyMs, Outcome outcome,
                          BooleanSupplier guard) {
        return storeAll(conversation, inbound, greeting, List.of(), answer, latencyMs,
                new Marks(null, false, outcome), guard).stream().findFirst();
    }

    /**
     * What the reply's transaction records beside the replies: the message's act (null: none), whether the caller
     * delivers the replies to the message itself ({@code callerDelivers}: its response is the delivery, as
     * {@code ConversationService.handle}'s caller's), so they are stored sent and not handed to the outbox, and what
     * became of the message ({@code outcome}, the decision's {@link org.answerdesk.dialogue.Transition#outcome}), and
     * the number the customer gave to be called back on ({@code callback}, null for none), kept with the ticket.
     */
    record Marks(Act act, boolean callerDelivers, Outcome outcome, String callback) {

        Marks(Act act, boolean callerDelivers, Outcome outcome) {
            this(act, callerDelivers, outcome, null);
        }
    }

    /**
     * As above, with the answers to the message's earlier questions stored before {@code answer}, in order, each a
     * reply of its own to the message (delivered in that order; a chat shows each with its own rating). Returns the
     * replies to the message, in order (empty when the guard refused). {@code marks}: the message's act and
     * outcome, recorded as it is marked handled, and who delivers the replies (a greeting always goes to the outbox).
     */
    List<Reply> storeAll(ConversationStore.ConversationRow conversation, ClaimedInbound inbound,
                          Optional<ReplyDraft> greeting, List<ReplyDraft> before, ReplyDraft answer, int latencyMs,
                          Marks marks, BooleanSupplier guard) {
        long[] greetingId = {0};
        List<Long> beforeIds = new java.util.ArrayList<>();
        Long replyId = tx.execute(status -> {
            if (!claims.markHandled(inbound, marks.act(), marks.outcome())) {
                return null; // taken over by another worker after our lease ran out: theirs is the answer
            }
            if (!guard.getAsBoolean()) {
                status.setRollbackOnly();
                return REFUSED;
            }
            greeting.ifPresent(g -> greetingId[0] = replies.insertReply(conversation.id(),
                    conversation.key().channel(), null, g, 0));
            for (ReplyDraft earlier : before) {
                beforeIds.add(replies.insertReply(conversation.id(), conversation.key().channel(), inbound.id(),
                        beforeIds.size(), earlier, latencyMs, marks.callerDelivers()));
            }
            long id = replies.insertReply(conversation.id(), conversation.key().channel(), inbound.id(),
                    before.size(), answer, latencyMs, marks.callerDelivers());
            // a conversation that waits for a person has its ticket: a second handoff opens none
            if (answer.needsHuman() && conversation.status() != ConversationStatus.NEEDS_HUMAN) {
                store.setStatus(conversation.id(), ConversationStatus.NEEDS_HUMAN);
                // the ticket opens in this transaction (a plain listener): no conversation waits without one
                events.publishEvent(new HandoffRequested(conversation.id(), answer.handoffReason(),
                        marks.callback()));
            }
            return id;
        });
        if (replyId == null) {
            log.info("Message {} was taken over by another worker; this answer is dropped", inbound.id());
            meters.takenOver();
            return replies.repliesTo(inbound.id());
        }
        if (replyId == REFUSED) {
            return List.of();
        }
        if (greetingId[0] != 0) {
            events.publishEvent(new ReplyStored(greetingId[0])); // delivered first
        }
        if (!marks.callerDelivers()) {
            beforeIds.forEach(id -> events.publishEvent(new ReplyStored(id)));
            events.publishEvent(new ReplyStored(replyId));
        }
        return beforeIds.isEmpty() ? replies.reply(replyId).stream().toList() : replies.repliesTo(inbound.id());
    }
}
