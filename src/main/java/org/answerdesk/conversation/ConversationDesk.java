package org.answerdesk.conversation;

import org.answerdesk.conversation.store.ConversationStore;
import org.answerdesk.conversation.store.ReplyStore;
import org.answerdesk.language.Languages;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongConsumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The staff's side of a conversation: write to the customer as an agent, post a notice, hand the conversation
 * back to the bot, read the transcript. Messages written here are delivered on the customer's own channel like
 * any bot reply.
 */
@Service
public class ConversationDesk {

    private final ConversationStore store;
    private final ReplyStore replies;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Languages languages;

    ConversationDesk(ConversationStore store, ReplyStore replies, TransactionTemplate tx, ApplicationEventPublisher events,
                     Languages languages) {
        this.store = store;
        this.replies = replies;
        this.tx = tx;
        this.events = events;
        this.languages = languages;
    }

    /**
     * The conversation's language, for a text the customer reads ({@code texts.text(key, desk.language(id))}): the
     * shop's default while none is known (and for an unknown id).
     */
    public Locale language(long conversationId) {
        return languages.resolve(store.language(conversationId).orElse(null));
    }

    /** The shop's default language, for a text no conversation is known for. */
    public Locale defaultLanguage() {
        return languages.defaultLanguage();
    }

    /** The language of the key's live conversation, the shop's default when there is none or it has none yet. */
    public Locale language(ConversationKey key) {
        return key == null ? languages.defaultLanguage()
                : store.findLive(key).map(this::language).orElse(languages.defaultLanguage());
    }

    public Optional<ConversationSummary> summary(long conversationId) {
        return store.summary(conversationId);
    }

    /** Sends the customer an agent's message (source AGENT) and returns it as stored. */
    public Reply postAgentReply(long conversationId, String text, String agent) {
        return post(conversationId, text, ReplySource.AGENT, agent);
    }

    /**
     * As {@link #postAgentReply(long, String, String)}, running {@code withMessage} with the new message's id in the
     * same transaction, before delivery starts: a file stored with the message (a staff's attachment) is there when
     * the channel delivers it, and is not stored if the message is not.
     */
    public Reply postAgentReply(long conversationId, String text, String agent, LongConsumer withMessage) {
        return post(conversationId, text, ReplySource.AGENT, agent, null, withMessage);
    }

    /** Sends the customer a notice from the bot (source SYSTEM), e.g. that the conversation was resolved. */
    public Reply postNotice(long conversationId, String text) {
        return post(conversationId, text, ReplySource.SYSTEM, null);
    }

    /**
     * Asks the customer for a satisfaction rating: a notice (source SYSTEM) flagged with the rating request's id,
     * which each channel renders with the scores as buttons, chips or signed links.
     */
    public Reply postRatingRequest(long conversationId, String text, long ratingRequestId) {
        return post(conversationId, text, ReplySource.SYSTEM, null, ratingRequestId);
    }

    /** Whether the key has a live (not closed) conversation, e.g. a Slack thread the bot takes part in. */
    public boolean hasLiveConversation(ConversationKey key) {
        return store.findLive(key).isPresent();
    }

    /** Every conversation that waits for a person now. */
    public List<Long> waitingForPerson() {
        return store.waitingForPerson();
    }

    /**
     * Whether the key's live conversation waits for a person. Until a person has written there, the bot still
     * answers what it can (FAQ answers, choices); after, it stays silent.
     */
    public boolean waitingForPerson(ConversationKey key) {
        return store.waitingForPerson(key);
    }

    /** The bot answers this conversation again. */
    public void returnToBot(long conversationId) {
        store.setStatus(conversationId, ConversationStatus.BOT);
    }

    /** The conversation's last {@code limit} messages, oldest first. */
    public List<TranscriptLine> transcript(long conversationId, int limit) {
        return replies.transcript(conversationId, limit);
    }

    /** Outbound messages of the key's live conversation after {@code afterId}, oldest first (web polling). */
    public List<Reply> repliesAfter(ConversationKey key, long afterId) {
        return replies.repliesAfter(key, afterId);
    }

    private Reply post(long conversationId, String text, ReplySource source, String agent) {
        return post(conversationId, text, source, agent, null);
    }

    private Reply post(long conversationId, String text, ReplySource source, String agent, Long ratingRequestId) {
        return post(conversationId, text, source, agent, ratingRequestId, id -> { });
    }

    private Reply post(long conversationId, String text, ReplySource source, String agent, Long ratingRequestId,
                       LongConsumer withMessage) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text must not be empty");
        }
        ConversationSummary conversation = store.summary(conversationId)
                .orElseThrow(() -> new UnknownMessageException("no conversation " + conversationId));
        long id = tx.execute(s -> {
            if (source == ReplySource.AGENT) {
                store.markPersonJoined(conversationId); // the bot stops answering in a handed-over conversation
            }
            long stored = replies.insertOutbound(conversationId, conversation.key().channel(), text.strip(), source,
                    agent, ratingRequestId);
            withMessage.accept(stored);
            return stored;
        });
        events.publishEvent(new ReplyStored(id));
        return replies.reply(id).orElseThrow();
    }
}
