package org.answerdesk.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.answerdesk.feedback.Vote;
import org.answerdesk.hours.BusinessHours;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one pipeline every channel feeds. An adapter hands in an {@link InboundEvent}; {@link #receive} stores it
 * (deduplicated by channel and event id in the same transaction), {@link #respond} answers a stored message and
 * publishes {@link ReplyStored} for delivery. {@link #handle} does both for adapters that answer in the same
 * call.
 */
@Service
public class ConversationService {

    private static final Logger log = LoggerFactory.getLogger(ConversationService.class);

    private final ConversationStore store;
    private final ReplyStore replies;
    private final Responder responder;
    private final Votes votes;
    private final ConversationProperties properties;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final MeterRegistry meters;
    private final Quarantine quarantine;
    private final BusinessHours hours;
    private final AnswerWorkers workers;

    ConversationService(ConversationStore store, ReplyStore replies, Responder responder, Votes votes,
                        ConversationProperties properties, TransactionTemplate tx, ApplicationEventPublisher events,
                        MeterRegistry meters, Quarantine quarantine, BusinessHours hours, AnswerWorkers workers) {
        this.workers = workers;
        this.meters = meters;
        this.quarantine = quarantine;
        this.hours = hours;
        this.store = store;
        this.replies = replies;
        this.responder = responder;
        this.votes = votes;
        this.properties = properties;
        this.tx = tx;
        this.events = events;
    }

    /**
     * Stores an inbound event unless its event id was seen before. A message is stored for answering; a
     * reaction on a bot answer becomes (or removes) a feedback row at once.
     *
     * @throws IllegalArgumentException for an empty or over-long message
     */
    public Receipt receive(InboundEvent event) {
        return receive(event, null);
    }

    /**
     * As {@link #receive(InboundEvent)}, for a message the adapter has decided not to answer (an auto-reply, a
     * mailing list, a sender over their rate limit): it is stored already handled, with the reason, in the same
     * transaction, so neither a redelivery nor the recovery sweep can ever answer it.
     * <p>
     * A failure that waiting may cure (the database is down) propagates, so that the adapter leaves the delivery
     * with the platform and tries again later ({@link Failures#isTransient}); any other failure to store the event
     * quarantines it and returns {@link Receipt.Status#QUARANTINED}, so that the channel goes on with the next one.
     */
    public Receipt receive(InboundEvent event, String skipReason) {
        if (event instanceof InboundMessage m) {
            validate(m.text());
        }
        Receipt receipt;
        try {
            receipt = store(event, skipReason);
        } catch (RuntimeException e) {
            if (Failures.isTransient(e)) {
                throw e;
            }
            quarantine(event.channel(), event.eventId(), "not storable: " + Failures.describe(e),
                    event instanceof InboundMessage m ? m.text() : String.valueOf(event));
            return Receipt.quarantined();
        }
        if (receipt.status() == Receipt.Status.DUPLICATE) {
            meters.counter("answerdesk.inbox.duplicates", "channel", event.channel().name()).increment();
        } else if (event instanceof InboundMessage) {
            meters.counter("answerdesk.messages.received", "channel", event.channel().name()).increment();
        }
        if (event instanceof ReactionEvent r && receipt.status() == Receipt.Status.ACCEPTED) {
            votes.afterReaction(r);
        }
        return receipt;
    }

    /**
     * Keeps a delivery that cannot be taken in (unparseable, refused as invalid, not storable) with its reason,
     * counts it in {@code answerdesk.quarantined} and logs it once, so that nothing is lost silently and the
     * channel can move on. A second call for the same channel and event id changes nothing.
     *
     * @param eventId the platform's delivery id, or any stable id of the payload (null when there is none)
     * @param excerpt the payload or its start, for a person to look at; may be null
     * @return false when this event was quarantined before
     */
    public boolean quarantine(Channel channel, String eventId, String reason, String excerpt) {
        return quarantine.add(channel, eventId, reason, excerpt);
    }

    /** How many deliveries of this channel were quarantined since the database was made. */
    public long quarantined(Channel channel) {
        return quarantine.count(channel);
    }

    private Receipt store(InboundEvent event, String skipReason) {
        return tx.execute(status -> {
            if (!store.claimEvent(event.channel(), event.eventId())) {
                return Receipt.duplicate(store.eventMessage(event.channel(), event.eventId()).orElse(null));
            }
            long participantId = store.upsertParticipant(event.from());
            if (event instanceof ReactionEvent r) {
                return votes.react(r, participantId);
            }
            InboundMessage m = (InboundMessage) event;
            long conversationId = store.liveConversation(m.key(), participantId);
            long id = store.insertInbound(conversationId, m.channel(), participantId, m.text().strip(), m.ref(),
                    m.raw(), skipReason);
            store.linkEvent(m.channel(), m.eventId(), id);
            return Receipt.accepted(id);
        });
    }

    /**
     * Answers a stored inbound message once: stores the reply, marks the message handled and publishes
     * {@link ReplyStored}. Empty when the message is being answered by another worker right now, and when the
     * conversation waits for a person: then the bot stays silent and publishes {@link CustomerWaiting}.
     */
    public Optional<Reply> respond(long inboundMessageId) {
        var claimed = store.claimInbound(inboundMessageId, properties.answerLease());
        if (claimed.isEmpty()) {
            return replies.replyTo(inboundMessageId);
        }
        var inbound = claimed.get();
        var conversation = store.conversation(inbound.conversationId());
        if (conversation.status() == ConversationStatus.NEEDS_HUMAN) {
            store.markSkipped(inbound.id(), "waiting for a person");
            events.publishEvent(new CustomerWaiting(conversation.id(), inbound.id(), inbound.text()));
            return Optional.empty();
        }
        long start = System.nanoTime();
        Answer answer = answer(conversation, inbound);
        int latencyMs = (int) ((System.nanoTime() - start) / 1_000_000);
        log.debug("Answered message {} from {} in {} ms", inbound.id(), answer.source(), latencyMs);
        meters.counter("answerdesk.replies", "channel", conversation.key().channel().name(),
                "source", answer.source().name()).increment();
        meters.timer("answerdesk.reply.latency", "source", answer.source().name())
                .record(java.time.Duration.ofMillis(latencyMs));
        return storeReply(conversation, inbound, answer, latencyMs);
    }

    /**
     * Stores the answer to a claimed message and marks the message handled, in one transaction; then hands the
     * conversation to a person if the answer says so, and publishes the reply for delivery.
     */
    private Optional<Reply> storeReply(ConversationStore.ConversationRow conversation,
                                       ConversationStore.ClaimedInbound inbound, Answer decided, int latencyMs) {
        // a person takes over: outside business hours the customer is told when the team is back
        Answer answer = decided.needsHuman() ? hours.awayNotice(Instant.now()).map(decided::followedBy).orElse(decided)
                : decided;
        long replyId = tx.execute(status -> {
            long id = replies.insertReply(conversation.id(), conversation.key().channel(), inbound.id(), answer, latencyMs);
            store.markHandled(inbound.id());
            if (answer.needsHuman()) {
                store.setStatus(conversation.id(), ConversationStatus.NEEDS_HUMAN);
                // stored with this transaction and replayed after a crash: no conversation waits without a ticket
                events.publishEvent(new HandoffRequested(conversation.id(), answer.handoffReason()));
            }
            return id;
        });
        events.publishEvent(new ReplyStored(replyId));
        return replies.reply(replyId);
    }

    private Answer answer(ConversationStore.ConversationRow conversation, ConversationStore.ClaimedInbound inbound) {
        String text = inbound.text();
        if (HumanRequest.asksForPerson(text) || (conversation.humanOfferedRecently() && HumanRequest.acceptsOffer(text))) {
            return Answer.system(properties.humanRequestedMessage(), List.of(), HandoffReasons.CUSTOMER_ASKED);
        }
        // the history is read only if the LLM is asked: FAQ answers do not need it
        return responder.answer(text, turns -> store.history(conversation.id(), inbound.id(), turns));
    }

    /**
     * Answers a stored inbound message on the core's answer pool instead of the caller's thread, so that a slow
     * answer (an LLM, a platform) never holds up the caller's intake. Nothing is lost when the pool is full or the
     * app stops first: the message is stored, and the recovery sweep answers it.
     */
    public void answerSoon(long inboundMessageId) {
        workers.submit(inboundMessageId, () -> respond(inboundMessageId));
    }

    /**
     * Answers a stored inbound message with a fixed text of the adapter's (a greeting for /start, "I can only read
     * text" for a photo), stored as a SYSTEM reply and delivered like any other. Empty if it was answered already.
     */
    public Optional<Reply> respondWith(long inboundMessageId, String text) {
        var claimed = store.claimInbound(inboundMessageId, properties.answerLease());
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        var inbound = claimed.get();
        var conversation = store.conversation(inbound.conversationId());
        return storeReply(conversation, inbound, Answer.system(text, List.of(), null), 0);
    }

    /**
     * How many messages from this participant arrived within {@code window} and were taken for answering
     * (messages left unanswered on purpose do not count): for per-sender rate limits.
     */
    public long answerableMessagesFrom(Participant participant, java.time.Duration window) {
        return store.answerableInboundSince(participant, window);
    }

    /**
     * How many messages taken for answering arrived within {@code window} from participants whose address (where
     * answers go) is {@code address}, whoever sent them: for limits on what one address may be sent.
     */
    public long answerableMessagesTo(Channel channel, String address, java.time.Duration window) {
        return store.answerableInboundTo(channel, address, window);
    }

    /**
     * Stores and answers in one call. For a redelivered event, the answer given the first time (nothing new is
     * stored); empty for reactions, ignored events, or a first delivery still being answered.
     */
    public Optional<Reply> handle(InboundEvent event) {
        Receipt receipt = receive(event);
        // respond() gives the stored answer of a message answered before
        return receipt.messageId() == null ? Optional.empty() : respond(receipt.messageId());
    }

    /**
     * Records a platform delivery that is not a customer message (e.g. a staff reply at the agents' desk) in the
     * inbox; false when it was recorded before, so the caller does not act on it twice.
     */
    public boolean firstDelivery(Channel channel, String eventId) {
        return Boolean.TRUE.equals(tx.execute(s -> store.claimEvent(channel, eventId)));
    }

    /** Closes the key's live conversation; its next message opens a new one with no history. */
    public boolean reset(ConversationKey key) {
        return store.closeLive(key) > 0;
    }

    /**
     * Records a vote on a bot answer on behalf of the conversation's customer (web buttons, email links).
     *
     * @throws UnknownMessageException if the id is not a bot answer
     */
    public void rate(long replyId, Vote vote) {
        long customer = replies.customerOfReply(replyId)
                .orElseThrow(() -> new UnknownMessageException("no bot answer with message id " + replyId));
        votes.vote(replyId, customer, vote);
    }

    /** A stored outbound message. */
    public Optional<Reply> reply(long replyId) {
        return replies.reply(replyId);
    }

    public int maxMessageLength() {
        return properties.maxMessageLength();
    }

    /**
     * Whether {@link #receive} would refuse this text as too long. A chat adapter stores such a message as a
     * placeholder ({@link #tooLongPlaceholder}) and answers it with {@link #tooLongNotice} instead of dropping it.
     */
    public boolean tooLong(String text) {
        return text.length() > properties.maxMessageLength();
    }

    public String tooLongPlaceholder(String text) {
        return "[a message of " + text.length() + " characters]";
    }

    public String tooLongNotice() {
        return "That message is too long for me. Please ask in fewer than " + properties.maxMessageLength()
                + " characters.";
    }

    private void validate(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("message must not be empty");
        }
        if (text.length() > properties.maxMessageLength()) {
            throw new IllegalArgumentException("message is " + text.length() + " characters long; the limit is "
                    + properties.maxMessageLength());
        }
    }

    /**
     * Records a vote on a bot answer for the customer of the conversation {@code key}: only that conversation's
     * own customer may rate its messages (the web API, where the session id is the customer's secret).
     *
     * @throws UnknownMessageException if the id is not an answer in a conversation of that key; the same error
     *                                 as for an id that does not exist, so a stranger learns nothing
     */
    public void rate(ConversationKey key, long replyId, Vote vote) {
        replies.reply(replyId).filter(r -> r.key().equals(key))
                .orElseThrow(() -> new UnknownMessageException(
                        "no answer with message id " + replyId + " in this conversation"));
        rate(replyId, vote);
    }
}
