package org.answerdesk.conversation;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Answers one claimed inbound message by its {@link Intent}: a question from the FAQ or the LLM, a press on a choice
 * by {@link ChoicePresses}, the others with the fixed texts of {@link ConversationProperties}. The answer is stored
 * only while the claim still holds, so a worker whose lease ran out and was taken over never adds a second answer.
 */
@Component
class Answerer {

    private static final Logger log = LoggerFactory.getLogger(Answerer.class);
    private static final String UNNAMED_BOT = "answerdesk";

    private final ConversationStore store;
    private final InboundClaims claims;
    private final Responder responder;
    private final ConversationProperties properties;
    private final ReplyWriter writer;
    private final ReplyMeters meters;
    private final ChannelAdapters adapters;
    private final Greetings greetings;
    private final ChoicePresses presses;

    Answerer(ConversationStore store, InboundClaims claims, Responder responder, ConversationProperties properties,
             ReplyWriter writer, ReplyMeters meters, ChannelAdapters adapters, Greetings greetings,
             ChoicePresses presses) {
        this.store = store;
        this.claims = claims;
        this.responder = responder;
        this.properties = properties;
        this.writer = writer;
        this.meters = meters;
        this.adapters = adapters;
        this.greetings = greetings;
        this.presses = presses;
    }

    /**
     * Answers the message, stores the reply and publishes {@link ReplyStored}. In a conversation handed to a person
     * the bot still answers (FAQ answers, choices, picks, an explicit request for a person) until a person has
     * written there, and publishes {@link CustomerWaiting} with its answer for the desk; a further miss is left
     * unanswered. Empty when the bot stays silent (it publishes {@link CustomerWaiting}), for a refused choice, and
     * when the claim was lost.
     */
    Optional<Reply> answer(ClaimedInbound inbound) {
        var conversation = store.conversation(inbound.conversationId());
        Intent intent = inbound.intent();
        // handed to a person: the bot still answers what it can until a person has written there
        boolean waiting = conversation.status() == ConversationStatus.NEEDS_HUMAN
                && (intent == Intent.QUESTION || intent == Intent.HUMAN || intent == Intent.CHOICE);
        if (waiting && conversation.personJoined()) {
            return intent == Intent.CHOICE ? presses.forPerson(conversation, inbound)
                    : writer.waitForPerson(conversation, inbound, inbound.text());
        }
        if (intent == Intent.CHOICE) {
            return presses.answer(conversation, inbound, waiting);
        }
        long start = System.nanoTime();
        Answer answer = switch (intent) {
            case QUESTION -> question(conversation, inbound);
            case HUMAN -> Answer.system(properties.humanRequestedMessage(), List.of(), HandoffReasons.CUSTOMER_ASKED);
            case RESET -> {
                store.closeLive(conversation.key());
                yield fixed(intent, conversation.key());
            }
            case START -> greetings.start(fixed(intent, conversation.key()));
            default -> fixed(intent, conversation.key());
        };
        if (!waiting && answer.offersChoices() && adapters.opensTicketWithChoices(conversation.key().channel())) {
            answer = answer.handingOver(HandoffReasons.AWAITING_PICK);
        }
        if (waiting && answer.needsHuman() && !HandoffReasons.CUSTOMER_ASKED.equals(answer.handoffReason())) {
            return writer.waitForPerson(conversation, inbound, inbound.text()); // a further miss: its ticket is open already
        }
        Optional<Answer> greeting = intent == Intent.QUESTION
                ? greetings.beforeFirstAnswer(conversation.key(), conversation.id()) : Optional.empty();
        int latencyMs = (int) ((System.nanoTime() - start) / 1_000_000);
        log.debug("Answered message {} ({}) from {} in {} ms", inbound.id(), intent, answer.source(), latencyMs);
        meters.count(conversation.key().channel(), answer, latencyMs);
        return writer.store(conversation, inbound, greeting, answer, latencyMs,
                waiting ? writer.mirror(conversation, inbound.id(), inbound.text(), answer) : () -> true);
    }

    /**
     * Hands a message the bot gave up on to a person: the handoff reply, stored and published as any answer while
     * the claim holds. Empty when the claim was lost, and when a person has the conversation already (then the
     * message is marked skipped with {@code skipReason} and the bot stays silent).
     */
    Optional<Reply> handOver(ConversationStore.ConversationRow conversation, ClaimedInbound inbound,
                             String skipReason) {
        if (conversation.status() == ConversationStatus.NEEDS_HUMAN) {
            claims.markSkipped(inbound, skipReason);
            return Optional.empty();
        }
        return writer.store(conversation, inbound, Optional.empty(),
                Answer.system(properties.handoffMessage(), List.of(), HandoffReasons.ANSWER_FAILED), 0);
    }

    /**
     * An answer worked out before its message is stored, for a caller that stores both at once
     * ({@link InboundStore#storeInbound}): the FAQ's answer to a question, which needs nothing of the
     * conversation. It is stored only if the conversation the message turns out to belong to is the bot's and the
     * message does not accept a person the bot offered recently; otherwise the message is answered as any other.
     */
    record Prepared(Answer answer, int latencyMs, String text) {
    }

    /** The FAQ answer to the message if it is a question the FAQ answers confidently and its channel greets none. */
    Optional<Prepared> prepare(InboundMessage message) {
        String text = message.text().strip();
        if (message.intent() != Intent.QUESTION || HumanRequest.asksForPerson(text)
                || adapters.greetsFirstMessage(message.key())) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        adapters.beforeAnswer(message.key());
        return responder.faqAnswer(text).map(answer -> new Prepared(answer,
                (int) ((System.nanoTime() - start) / 1_000_000), text));
    }

    /** Counts an answer that was stored with its message ({@link #prepare}). */
    void stored(Channel channel, Prepared prepared) {
        meters.count(channel, prepared.answer(), prepared.latencyMs());
    }

    private Answer question(ConversationStore.ConversationRow conversation, ClaimedInbound inbound) {
        String text = inbound.text();
        if (HumanRequest.asksForPerson(text) || (conversation.humanOfferedRecently() && HumanRequest.acceptsOffer(text))) {
            return Answer.system(properties.humanRequestedMessage(), List.of(), HandoffReasons.CUSTOMER_ASKED);
        }
        adapters.beforeAnswer(conversation.key());
        // the history is read only if the LLM is asked: FAQ answers do not need it
        return responder.answer(text, turns -> store.history(conversation.id(), inbound.id(), turns));
    }

    private Answer fixed(Intent intent, ConversationKey key) {
        String bot = adapters.botName(key.channel()).orElse(UNNAMED_BOT);
        return Answer.system(properties.fixedText(intent, bot), List.of(), null);
    }
}
