package org.answerdesk.conversation;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.answerdesk.feedback.Vote;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one pipeline every channel feeds. An adapter hands in an {@link InboundEvent}; {@link #receive} stores it
 * (deduplicated by channel and event id in the same transaction) and, for a message, marks it due: the core's
 * workers ({@code AnswerWorkers}, on any instance) claim it from the database, answer it by its {@link Intent} and
 * publish {@link ReplyStored} for delivery. The adapter never answers, and no answer runs on its thread.
 * {@link #handle} stores and answers in the caller's thread, holding the same claim, for a caller whose response
 * is the answer (the web chat's HTTP request).
 */
@Service
public class ConversationService {

    private final ConversationStore store;
    private final InboundStore inbound;
    private final InboundClaims claims;
    private final SenderCounts senders;
    private final ReplyStore replies;
    private final Votes votes;
    private final ConversationProperties properties;
    private final TransactionTemplate tx;
    private final Quarantine quarantine;
    private final Answerer answerer;
    private final AnswerWorkers workers;
    private final Map<Channel, Counter> received = new EnumMap<>(Channel.class);
    private final Map<Channel, Counter> duplicates = new EnumMap<>(Channel.class);

    ConversationService(ConversationStore store, InboundStore inbound, InboundClaims claims, SenderCounts senders,
                        ReplyStore replies, Votes votes, ConversationProperties properties, TransactionTemplate tx,
                        MeterRegistry meters, Quarantine quarantine, Answerer answerer, AnswerWorkers workers) {
        this.store = store;
        this.inbound = inbound;
        this.claims = claims;
        this.senders = senders;
        this.replies = replies;
        this.votes = votes;
        this.properties = properties;
        this.tx = tx;
        this.quarantine = quarantine;
        this.answerer = answerer;
        this.workers = workers;
        for (Channel channel : Channel.values()) { // looked up once: a registry lookup per message costs more
            received.put(channel, meters.counter("answerdesk.messages.received", "channel", channel.name()));
            duplicates.put(channel, meters.counter("answerdesk.inbox.duplicates", "channel", channel.name()));
        }
    }

    /**
     * Stores an inbound event unless its event id was seen before. A message is stored due for answering (one
     * longer than {@code max-message-length} as a placeholder with {@link Intent#TOO_LONG}), and a worker is woken
     * once the transaction commits; a reaction on a bot answer becomes (or removes) a feedback row at once. A
     * message without visible text (empty, only whitespace, zero-width or other invisible characters) is stored
     * as {@link Intent#NOT_TEXT} with a placeholder, so it gets the not-text answer and never reaches the FAQ.
     */
    public Receipt receive(InboundEvent event) {
        return receive(event, null);
    }

    /**
     * As {@link #receive(InboundEvent)}, for a message the adapter has decided not to answer (an auto-reply, a
     * mailing list, a sender over their rate limit): it is stored already handled, with the reason, in the same
     * transaction, so neither a redelivery nor a worker can ever answer it.
     * <p>
     * A failure that waiting may cure (the database is down) propagates, so that the adapter leaves the delivery
     * with the platform and tries again later ({@link Failures#isTransient}); any other failure to store the event
     * quarantines it and returns {@link Receipt.Status#QUARANTINED}, so that the channel goes on with the next one.
     */
    public Receipt receive(InboundEvent event, String skipReason) {
        if (event instanceof InboundMessage m) {
            if (!StorableText.hasVisibleText(m.text())) {
                event = m.asNotText();
            } else if (tooLong(m.text())) {
                event = m.asTooLong();
            }
        }
        Receipt receipt = store(event, skipReason, null, null).receipt();
        if (receipt.status() == Receipt.Status.ACCEPTED && receipt.messageId() != null && skipReason == null) {
            afterCommit(workers::nudge);
        }
        return receipt;
    }

    /**
     * Stores the event (a message claimed by {@code claim} if not null, or stored answered with {@code prepared}
     * if that fits its conversation); quarantines what can never be stored.
     */
    private Stored store(InboundEvent event, String skipReason, UUID claim, Answerer.Prepared prepared) {
        Stored stored;
        try {
            stored = storeEvent(event, skipReason, claim, prepared);
        } catch (RuntimeException e) {
            if (Failures.isTransient(e)) {
                throw e;
            }
            quarantine(event.channel(), event.eventId(), "not storable: " + Failures.describe(e),
                    event instanceof InboundMessage m ? m.text() : String.valueOf(event));
            return new Stored(Receipt.quarantined(), null);
        }
        Receipt receipt = stored.receipt();
        if (receipt.status() == Receipt.Status.DUPLICATE) {
            duplicates.get(event.channel()).increment();
        } else if (event instanceof InboundMessage) {
            received.get(event.channel()).increment();
        }
        if (event instanceof ReactionEvent r && receipt.status() == Receipt.Status.ACCEPTED) {
            votes.afterReaction(r);
        }
        return stored;
    }

    /**
     * What storing an event gave: the receipt, and the message when the caller holds its claim, or the reply
     * when it was stored answered.
     */
    private record Stored(Receipt receipt, ClaimedInbound claimed, Reply answered) {

        Stored(Receipt receipt, ClaimedInbound claimed) {
            this(receipt, claimed, null);
        }
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
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

    /** A message in one statement (its own transaction unless the caller has one); a reaction in a transaction. */
    private Stored storeEvent(InboundEvent event, String skipReason, UUID claim, Answerer.Prepared prepared) {
        if (event instanceof InboundMessage m) {
            var stored = inbound.storeInbound(m, skipReason, claim, prepared);
            if (stored.duplicate()) {
                return new Stored(Receipt.duplicate(stored.messageId()), null);
            }
            long id = stored.messageId();
            if (stored.replyId() != null) {
                return new Stored(Receipt.accepted(id), null,
                        ReplyStore.delivered(stored.conversation(), id, stored.replyId(), prepared.answer()));
            }
            return new Stored(Receipt.accepted(id), claim == null ? null
                    : new ClaimedInbound(id, stored.conversation().id(), m.text().strip(), m.intent(),
                            claim, 1));
        }
        return tx.execute(status -> store.claimEvent(event.channel(), event.eventId())
                ? new Stored(votes.react((ReactionEvent) event, store.upsertParticipant(event.from())), null)
                : new Stored(Receipt.duplicate(store.eventMessage(event.channel(), event.eventId()).orElse(null)), null));
    }

    /**
     * Answers a stored inbound message now, on the caller's thread, unless a worker holds it: stores the reply,
     * marks the message handled and publishes {@link ReplyStored}. For a message answered before, that answer.
     * Empty while another worker answers it, and when the conversation waits for a person: then the bot stays
     * silent and publishes {@link CustomerWaiting}.
     */
    public Optional<Reply> respond(long inboundMessageId) {
        var claimed = claims.claimInbound(inboundMessageId, properties.answerLease());
        return claimed.isEmpty() ? replies.replyTo(inboundMessageId) : answerer.answer(claimed.get());
    }

    /**
     * How many messages of the channel are stored and not answered yet, on every instance: for a channel that
     * takes no more from its platform while too many wait (they stay with the platform meanwhile).
     */
    public long unanswered(Channel channel) {
        return claims.unanswered(channel);
    }

    /**
     * How many messages from this participant arrived within {@code window} and were taken for answering
     * (messages left unanswered on purpose do not count): for per-sender rate limits.
     */
    public long answerableMessagesFrom(Participant participant, java.time.Duration window) {
        return senders.answerableInboundSince(participant, window);
    }

    /**
     * How many messages taken for answering arrived within {@code window} from participants whose address (where
     * answers go) is {@code address}, whoever sent them: for limits on what one address may be sent.
     */
    public long answerableMessagesTo(Channel channel, String address, java.time.Duration window) {
        return senders.answerableInboundTo(channel, address, window);
    }

    /**
     * Whether the participant with this user id on the channel has sent a message that was taken for answering
     * (messages left unanswered on purpose do not count): an address that has written to us itself.
     */
    public boolean hasWrittenBefore(Channel channel, String userId) {
        return senders.hasWrittenBefore(channel, userId);
    }

    /**
     * How many messages taken for answering arrived within {@code window} whose answer goes to an address that had
     * not itself written before ({@link #hasWrittenBefore}): for a limit on how many strangers the bot writes to.
     */
    public long answerableMessagesToNewcomers(Channel channel, java.time.Duration window) {
        return senders.answerableInboundToNewcomersSince(channel, window);
    }

    /**
     * Stores and answers in one call, on the caller's thread, for a caller whose response delivers the answer (the
     * web chat: the HTTP response is its acknowledgement). A question the FAQ answers is answered first and stored
     * with its answer in one transaction, the answer stored delivered (nothing is acknowledged before that commits,
     * so a failure loses nothing the caller was told about). Any other message is stored already claimed by the
     * caller, so no worker answers it unless the caller dies (its lease runs out), and answered after. For a
     * redelivered event, the answer given the first time (nothing new is stored); empty for reactions, ignored
     * events, or a first delivery still being answered.
     *
     * @throws IllegalArgumentException for a message without visible text ({@link StorableText#hasVisibleText})
     *                                  or one longer than {@code max-message-length}
     */
    public Optional<Reply> handle(InboundEvent event) {
        if (event instanceof InboundMessage m) {
            requireText(m.text());
            if (tooLong(m.text())) {
                throw new IllegalArgumentException("message is " + characters(m.text()) + " characters long; the limit is "
                        + properties.maxMessageLength());
            }
        }
        var prepared = event instanceof InboundMessage m ? answerer.prepare(m).orElse(null) : null;
        Stored stored = store(event, null, UUID.randomUUID(), prepared);
        if (stored.answered() != null) {
            answerer.stored(event.channel(), prepared);
            return Optional.of(stored.answered());
        }
        if (stored.claimed() != null) {
            return answerer.answer(stored.claimed());
        }
        // respond() gives the stored answer of a message answered before
        Long id = stored.receipt().messageId();
        return id == null ? Optional.empty() : respond(id);
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

    private boolean tooLong(String text) {
        return characters(text) > properties.maxMessageLength();
    }

    /** Characters as a person counts them: code points, so an emoji is one, not two UTF-16 units. */
    private static int characters(String text) {
        return text.codePointCount(0, text.length());
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("message must not be empty");
        }
        if (!StorableText.hasVisibleText(text)) {
            throw new IllegalArgumentException("message has no visible text (only invisible or formatting characters)");
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
