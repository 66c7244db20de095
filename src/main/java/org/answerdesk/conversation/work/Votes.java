package org.answerdesk.conversation.work;

import org.answerdesk.conversation.ChannelAdapter;
import org.answerdesk.conversation.ChannelAdapters;
import org.answerdesk.conversation.ConversationDesk;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.ReactionEvent;
import org.answerdesk.conversation.Receipt;
import org.answerdesk.conversation.ReplySource;
import org.answerdesk.conversation.UnknownMessageException;
import org.answerdesk.conversation.store.ConversationStore;
import org.answerdesk.conversation.store.ReplyStore;
import java.util.Optional;

import org.answerdesk.feedback.FeedbackService;
import org.answerdesk.feedback.Vote;
import org.answerdesk.language.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Thumbs-up/down on bot answers, from any platform: reactions find the answer they rate by its platform id, and a
 * thumbs-down in a chat brings the offer of a person.
 */
@Component
public class Votes {

    private static final Logger log = LoggerFactory.getLogger(Votes.class);

    private final ReplyStore replies;
    private final ConversationStore store;
    private final FeedbackService feedback;
    private final ConversationDesk desk;
    private final ChannelAdapters adapters;
    private final Texts texts;

    Votes(ReplyStore replies, ConversationStore store, FeedbackService feedback, ConversationDesk desk, ChannelAdapters adapters, Texts texts) {
        this.texts = texts;
        this.replies = replies;
        this.store = store;
        this.feedback = feedback;
        this.desk = desk;
        this.adapters = adapters;
    }

    /** Inside the transaction that recorded the reaction's delivery: the feedback row itself. */
    Receipt react(ReactionEvent r, long participantId) {
        Optional<Long> target = replies.outboundByRef(r.target());
        if (target.isEmpty()) {
            log.debug("Reaction {} on {} is not on a bot answer; ignored", r.eventId(), r.target());
            return Receipt.ignored();
        }
        if (r.added()) {
            feedback.vote(target.get(), participantId, r.vote());
        } else {
            feedback.retract(target.get(), participantId, r.vote());
        }
        return Receipt.accepted(null);
    }

    /** After that transaction: a thumbs-down may bring the offer of a person. */
    void afterReaction(ReactionEvent r) {
        if (r.added() && r.vote() == Vote.DOWN) {
            replies.outboundByRef(r.target()).ifPresent(this::offerPerson);
        }
    }

    /** A vote by a known participant (web buttons and email links vote for the conversation's customer). */
    void vote(long replyId, long participantId, Vote vote) {
        feedback.vote(replyId, participantId, vote);
        if (vote == Vote.DOWN) {
            offerPerson(replyId);
        }
    }

    /** A vote on behalf of the conversation's customer (a reaction or a signed link on the bot's reply). */
    public void voteAsCustomer(long replyId, Vote vote) {
        long customer = replies.customerOfReply(replyId)
                .orElseThrow(() -> new UnknownMessageException("no bot answer with message id " + replyId));
        vote(replyId, customer, vote);
    }

    /** A vote by the customer of the conversation {@code key} only (the web chat: a session rates its own answers). */
    public void voteIn(ConversationKey key, long replyId, Vote vote) {
        replies.reply(replyId).filter(r -> r.key().equals(key))
                .orElseThrow(() -> new UnknownMessageException(
                        "no answer with message id " + replyId + " in this conversation"));
        voteAsCustomer(replyId, vote);
    }

    /**
     * After a thumbs-down on a bot answer, offers a person once per conversation where the channel does so
     * ({@link ChannelAdapter#offersPersonAfterThumbsDown}: chats, not mail); a "yes" that follows hands the
     * conversation over. The offer is in the conversation's language.
     */
    private void offerPerson(long replyId) {
        replies.reply(replyId)
            .filter(r -> r.source() != ReplySource.AGENT && !r.needsHuman()
                    && adapters.offersPersonAfterThumbsDown(r.key().channel()))
            .filter(r -> store.markHumanOffered(r.conversationId()))
            .ifPresent(r -> desk.postNotice(r.conversationId(),
                    texts.text("conversation.human-offer", desk.language(r.conversationId()))));
    }
}
