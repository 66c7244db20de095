package org.answerdesk.conversation;

import org.answerdesk.conversation.answering.DecisionRunner;
import org.answerdesk.conversation.store.ConversationStore;
import org.answerdesk.conversation.store.Quarantine;
import org.answerdesk.conversation.store.ReplyStore;
import org.answerdesk.conversation.store.SenderCounts;
import org.answerdesk.conversation.work.AnswerWorkers;
import org.answerdesk.conversation.work.InboundClaims;
import org.answerdesk.conversation.work.Intake;
import org.answerdesk.conversation.work.Votes;
import org.answerdesk.dialogue.Intent;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.answerdesk.feedback.Vote;
import org.springframework.stereotype.Service;

/**
 * The one pipeline every channel feeds. An adapter hands in an {@link InboundEvent}; {@link #receive} stores it
 * (deduplicated by channel and event id in the same transaction) and, for a message, marks it due: the core's
 * workers ({@code AnswerWorkers}, on any instance) claim it from the database, answer it by its {@link Intent} and
 * publish {@link ReplyStored} for delivery. The adapter never answers, and no answer runs on its thread.
 * {@link #handle} stores and answers in the caller's thread, holding the same claim, for a caller whose response
 * is the answer (the web chat's HTTP request); {@link #accept} stores for the workers a message the caller must not
 * wait for (the web chat's recording).
 */
@Service
public class ConversationService {

    private final Intake intake;
    private final ConversationStore store;
    private final InboundClaims claims;
    private final SenderCounts senders;
    private final ReplyStore replies;
    private final Votes votes;
    private final ConversationProperties properties;
    private final Quarantine quarantine;
    private final DecisionRunner answerer;
    private final AnswerWorkers workers;

    ConversationService(Intake intake, ConversationStore store, InboundClaims claims, SenderCounts senders,
                        ReplyStore replies, Votes votes, ConversationProperties properties, Quarantine quarantine,
                        DecisionRunner answerer, AnswerWorkers workers) {
        this.intake = intake;
        this.store = store;
        this.claims = claims;
        this.senders = senders;
        this.replies = replies;
        this.votes = votes;
        this.properties = properties;
        this.quarantine = quarantine;
        this.answerer = answerer;
        this.workers = workers;
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
        Receipt receipt = intake.store(intake.asStored(event), skipReason, null, null).receipt();
        if (receipt.status() == Receipt.Status.ACCEPTED && receipt.messageId() != null && skipReason == null) {
            workers.nudgeAfterCommit();
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
    public long answerableMessagesFrom(Participant participant, Duration window) {
        return senders.answerableInboundSince(participant, window);
    }

    /**
     * How many messages taken for answering arrived within {@code window} from participants whose address (where
     * answers go) is {@code address}, whoever sent them: for limits on what one address may be sent.
     */
    public long answerableMessagesTo(Channel channel, String address, Duration window) {
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
    public long answerableMessagesToNewcomers(Channel channel, Duration window) {
        return senders.answerableInboundToNewcomersSince(channel, window);
    }

    /**
     * Stores and answers in one call, on the caller's thread, for a caller whose response delivers the answer (the
     * web chat: the HTTP response is its acknowledgement). A question the FAQ answers is answered first and stored
     * with its answer in one transaction, the answer stored delivered (nothing is acknowledged before that commits,
     * so a failure loses nothing the caller was told about). Any other message is stored already claimed by the
     * caller, so no worker answers it unless the caller dies (its lease runs out), and answered after, its answers
     * stored delivered too (a greeting before them goes through the outbox). For a
     * redelivered event, the answer given the first time (nothing new is stored); empty for reactions, ignored
     * events, or a first delivery still being answered.
     *
     * @throws IllegalArgumentException for a message without visible text ({@link StorableText#hasVisibleText})
     *                                  or one longer than {@code max-message-length}
     */
    public Optional<Reply> handle(InboundEvent event) {
        return handled(event).replies().stream().findFirst();
    }

    /**
     * As {@link #handle}, with all the bot's answers to the message in order ({@link #furtherAnswers}): a message that
     * asked several questions gets one answer each. Empty when {@link #handle} is.
     */
    public java.util.List<Reply> answers(InboundEvent event) {
        Handled handled = handled(event);
        if (handled.all() || handled.replies().isEmpty()) {
            return handled.replies();
        }
        Reply first = handled.replies().get(0);
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), furtherAnswers(first).stream()).toList();
    }

    /** The answers to the message in order; {@code all} false when only the first is known (or none). */
    private record Handled(java.util.List<Reply> replies, boolean all) {

        static Handled first(Optional<Reply> first) {
            return new Handled(first.stream().toList(), false);
        }
    }

    private Handled handled(InboundEvent event) {
        if (event instanceof InboundMessage m) {
            intake.requireAnswerable(m);
        }
        var preparation = event instanceof InboundMessage m ? answerer.prepare(m) : DecisionRunner.Preparation.NONE;
        var prepared = preparation.prepared().orElse(null);
        Intake.Stored stored = intake.store(event, null, UUID.randomUUID(), prepared);
        if (stored.answered() != null) {
            answerer.stored(event.channel(), prepared);
            return new Handled(java.util.List.of(stored.answered()), true); // stored with its message: its only one
        }
        if (stored.claimed() != null) {
            // never heard here: a voice note goes to the workers (accept), no request thread waits on a transcriber
            // the FAQ's verdict on the same text, in the conversation's language, is not worked out twice
            return new Handled(answerer.answerForCaller(stored.claimed(), preparation), true);
        }
        // respond() gives the stored answer of a message answered before
        Long id = stored.receipt().messageId();
        return Handled.first(id == null ? Optional.empty() : respond(id));
    }

    /**
     * Stores a message for the answer workers, as {@link #receive} does, for a caller that must not wait for its
     * answer and has its files to take in first (the web chat's recording, heard by a transcriber that may take many
     * seconds): the message is stored claimed by the caller, {@code beforeAnswering} runs (the files are kept with
     * it), then the claim goes to the workers, one is woken, and the answer reaches the customer as a later reply
     * ({@code ConversationDesk#repliesAfter}). Nothing here waits on an answer. A caller that dies in between leaves
     * the message to a worker once its lease runs out, so nothing accepted is lost.
     *
     * @throws IllegalArgumentException as {@link #handle} does
     */
    public Receipt accept(InboundMessage message, Runnable beforeAnswering) {
        intake.requireAnswerable(message);
        Intake.Stored stored = intake.store(message, null, UUID.randomUUID(), null);
        try {
            beforeAnswering.run();
        } finally {
            if (stored.claimed() != null && claims.handOver(stored.claimed())) {
                workers.nudgeAfterCommit();
            }
        }
        return stored.receipt();
    }

    /**
     * Records a platform delivery that is not a customer message (e.g. a staff reply at the agents' desk) in the
     * inbox; false when it was recorded before, so the caller does not act on it twice.
     */
    public boolean firstDelivery(Channel channel, String eventId) {
        return intake.firstDelivery(channel, eventId);
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
        votes.voteAsCustomer(replyId, vote);
    }

    /**
     * The bot's further answers to the message that {@code first} answers, in order: a message that asked several
     * questions gets one answer each ({@link #handle} gives the first).
     */
    public java.util.List<Reply> furtherAnswers(Reply first) {
        return first.inReplyToId() == null ? java.util.List.of() : replies.repliesTo(first.inReplyToId()).stream()
                .filter(r -> r.messageId() > first.messageId()).toList();
    }

    /** A stored outbound message. */
    public Optional<Reply> reply(long replyId) {
        return replies.reply(replyId);
    }

    /** Whether a direct answer offers "That helped" and "Something else" as quick replies (the owner's switch). */
    public boolean asksIfHelped() {
        return properties.askIfHelped();
    }

    public int maxMessageLength() {
        return properties.maxMessageLength();
    }

    /**
     * Records a vote on a bot answer for the customer of the conversation {@code key}: only that conversation's
     * own customer may rate its messages (the web API, where the session id is the customer's secret).
     *
     * @throws UnknownMessageException if the id is not an answer in a conversation of that key; the same error
     *                                 as for an id that does not exist, so a stranger learns nothing
     */
    public void rate(ConversationKey key, long replyId, Vote vote) {
        votes.voteIn(key, replyId, vote);
    }
}
