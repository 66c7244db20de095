package org.answerdesk.conversation.work;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationProperties;
import org.answerdesk.conversation.Failures;
import org.answerdesk.conversation.InboundEvent;
import org.answerdesk.conversation.InboundMessage;
import org.answerdesk.conversation.ReactionEvent;
import org.answerdesk.conversation.Receipt;
import org.answerdesk.conversation.Reply;
import org.answerdesk.conversation.StorableText;
import org.answerdesk.conversation.answering.DecisionRunner;
import org.answerdesk.conversation.store.ConversationStore;
import org.answerdesk.conversation.store.InboundStore;
import org.answerdesk.conversation.store.Quarantine;
import org.answerdesk.conversation.store.ReplyStore;
import org.answerdesk.dialogue.Intent;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes inbound events in for the conversation service: checks a message's text against what the bot answers,
 * stores the event deduplicated by channel and event id, counts it, and quarantines what can never be stored.
 * Deciding when the message is answered is the service's.
 */
@Component
public class Intake {

    private final ConversationStore store;
    private final InboundStore inbound;
    private final Votes votes;
    private final Quarantine quarantine;
    private final ConversationProperties properties;
    private final TransactionTemplate tx;
    private final Map<Channel, Counter> received = new EnumMap<>(Channel.class);
    private final Map<Channel, Counter> duplicates = new EnumMap<>(Channel.class);

    Intake(ConversationStore store, InboundStore inbound, Votes votes, Quarantine quarantine,
           ConversationProperties properties, TransactionTemplate tx, MeterRegistry meters) {
        this.store = store;
        this.inbound = inbound;
        this.votes = votes;
        this.quarantine = quarantine;
        this.properties = properties;
        this.tx = tx;
        for (Channel channel : Channel.values()) { // looked up once: a registry lookup per message costs more
            received.put(channel, meters.counter("answerdesk.messages.received", "channel", channel.name()));
            duplicates.put(channel, meters.counter("answerdesk.inbox.duplicates", "channel", channel.name()));
        }
    }

    /**
     * What storing an event gave: the receipt, and the message when the caller holds its claim (with its
     * conversation as storing it read it; whether a person joined it is not read there, false), or the reply when it
     * was stored answered.
     */
    public record Stored(Receipt receipt, ClaimedInbound claimed, Reply answered,
                         ConversationStore.ConversationRow conversation) {

        Stored(Receipt receipt, ClaimedInbound claimed) {
            this(receipt, claimed, null, null);
        }
    }

    /**
     * The event as it is stored: a message without visible text as {@link Intent#NOT_TEXT}, one longer than
     * {@code max-message-length} as {@link Intent#TOO_LONG}, each with a placeholder; anything else as it is.
     */
    public InboundEvent asStored(InboundEvent event) {
        if (event instanceof InboundMessage m) {
            if (!StorableText.hasVisibleText(m.text())) {
                return m.asNotText();
            } else if (tooLong(m.text())) {
                return m.asTooLong();
            }
        }
        return event;
    }

    /**
     * @throws IllegalArgumentException for a message without visible text ({@link StorableText#hasVisibleText})
     *                                  or one longer than {@code max-message-length}
     */
    public void requireAnswerable(InboundMessage m) {
        requireText(m.text());
        if (tooLong(m.text())) {
            throw new IllegalArgumentException("message is " + characters(m.text()) + " characters long; the limit is "
                    + properties.maxMessageLength());
        }
    }

    /**
     * Stores the event (a message claimed by {@code claim} if not null, or stored answered with {@code prepared}
     * if that fits its conversation); quarantines what can never be stored.
     */
    public Stored store(InboundEvent event, String skipReason, UUID claim, DecisionRunner.Prepared prepared) {
        Stored stored;
        try {
            stored = storeEvent(event, skipReason, claim, prepared);
        } catch (RuntimeException e) {
            if (Failures.isTransient(e)) {
                throw e;
            }
            quarantine.add(event.channel(), event.eventId(), "not storable: " + Failures.describe(e),
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

    /** Records a delivery that is not a customer message in the inbox; false when it was recorded before. */
    public boolean firstDelivery(Channel channel, String eventId) {
        return Boolean.TRUE.equals(tx.execute(s -> store.claimEvent(channel, eventId)));
    }

    /** A message in one statement (its own transaction unless the caller has one); a reaction in a transaction. */
    private Stored storeEvent(InboundEvent event, String skipReason, UUID claim, DecisionRunner.Prepared prepared) {
        if (event instanceof InboundMessage m) {
            var stored = inbound.storeInbound(m, skipReason, claim, prepared);
            if (stored.duplicate()) {
                return new Stored(Receipt.duplicate(stored.messageId()), null);
            }
            long id = stored.messageId();
            if (stored.replyId() != null) {
                return new Stored(Receipt.accepted(id), null,
                        ReplyStore.delivered(stored.conversation(), id, stored.replyId(), prepared.answer()), null);
            }
            return new Stored(Receipt.accepted(id), claim == null ? null
                    : new ClaimedInbound(id, stored.conversation().id(), m.text().strip(), m.intent(), claim, 1),
                    null, stored.conversation());
        }
        return tx.execute(status -> store.claimEvent(event.channel(), event.eventId())
                ? new Stored(votes.react((ReactionEvent) event, store.upsertParticipant(event.from())), null)
                : new Stored(Receipt.duplicate(store.eventMessage(event.channel(), event.eventId()).orElse(null)), null));
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
}
