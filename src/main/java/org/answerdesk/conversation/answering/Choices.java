package org.answerdesk.conversation.answering;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ChoicePayload;
import org.answerdesk.conversation.ChoicePicked;
import org.answerdesk.conversation.Participant;
import org.answerdesk.conversation.store.ConversationStore;
import org.answerdesk.conversation.store.ReplyStore;
import org.answerdesk.conversation.work.ClaimedInbound;
import org.answerdesk.dialogue.Press;
import org.answerdesk.faq.FaqService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Looks up what a press on a choice ({@link org.answerdesk.dialogue.Intent#CHOICE}) names, in the conversation it
 * arrived in: the facts the dialogue policy decides it on. That it is the offer's first press is settled by
 * {@link ReplyStore#markPicked} in the transaction that stores the answer.
 */
@Component
class Choices {

    /** What a refused press is stored as: its payload means nothing to a reader of the history. */
    static final String REFUSED_TEXT = "[pressed a choice that was no longer open]";

    /** The press's facts, and the offer it names when that offer is this conversation's (else null). */
    record Resolved(Press press, Long offerReplyId) {
    }

    private final ReplyStore replies;
    private final FaqService faq;
    private final JdbcClient jdbc;

    Choices(ReplyStore replies, FaqService faq, JdbcClient jdbc) {
        this.replies = replies;
        this.faq = faq;
        this.jdbc = jdbc;
    }

    Resolved resolve(ConversationStore.ConversationRow conversation, ClaimedInbound press) {
        var pick = ChoicePayload.decode(press.text());
        if (pick.isEmpty()) {
            return new Resolved(Press.refused(Press.Found.MALFORMED), null);
        }
        var offer = replies.offer(pick.get().replyId()).orElse(null);
        // a stranger learns nothing: the same reason for an id that exists elsewhere and one that does not
        if (offer == null || offer.conversationId() != conversation.id()) {
            return new Resolved(Press.refused(Press.Found.NO_SUCH_OFFER), null);
        }
        if (offer.picked()) {
            return new Resolved(Press.refused(Press.Found.PICKED_BEFORE), offer.replyId());
        }
        if (pick.get().somethingElse()) {
            return new Resolved(Press.somethingElse(ChoicePayload.SOMETHING_ELSE_LABEL), offer.replyId());
        }
        long entryId = pick.get().entryId().getAsLong();
        var offered = offer.choices().stream().filter(c -> c.entryId() == entryId).findFirst();
        if (offered.isEmpty()) {
            return new Resolved(Press.refused(Press.Found.NOT_OFFERED), offer.replyId());
        }
        return new Resolved(faq.find(entryId)
                .map(e -> Press.entry(entryId, offered.get().question(), e.answer()))
                .orElse(Press.refused(Press.Found.ENTRY_DELETED)), offer.replyId());
    }

    /** The evidence of an accepted press, published with its answer. */
    ChoicePicked picked(ConversationStore.ConversationRow conversation, Resolved resolved, long pressId,
                        java.util.Locale language) {
        Question question = question(resolved.offerReplyId());
        return new ChoicePicked(conversation.id(), resolved.offerReplyId(), question.id(), question.text(),
                resolved.press().entryId(), presser(pressId), language);
    }

    /** Replaces the stored payload with what the customer chose, so history, desk and LLM context read well. */
    void rewrite(long pressId, String readableText) {
        jdbc.sql("update message set text = :t where id = :id").param("t", readableText).param("id", pressId).update();
    }

    private record Question(Long id, String text) {
    }

    private Question question(long offerReplyId) {
        return jdbc.sql("""
                select q.id, q.text from message o join message q on q.id = o.reply_to_id where o.id = :id
                """)
            .param("id", offerReplyId)
            .query((rs, n) -> new Question(rs.getLong(1), rs.getString(2))).optional()
            .orElse(new Question(null, null));
    }

    private Participant presser(long pressId) {
        return jdbc.sql("""
                select p.channel, p.external_user_id, p.display_name, p.address
                from message m join participant p on p.id = m.participant_id where m.id = :id
                """)
            .param("id", pressId)
            .query((rs, n) -> new Participant(Channel.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                    rs.getString(4)))
            .optional().orElse(null);
    }
}
