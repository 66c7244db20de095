package org.answerdesk.conversation;

import java.util.List;
import java.util.Optional;

import org.answerdesk.faq.FaqService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Decides what a press on a choice ({@link Intent#CHOICE}) gets. A press counts only if it names a clarify reply of
 * the conversation it arrived in and an entry that reply offered; that it is the offer's first press is settled by
 * {@link ReplyStore#markPicked} in the transaction that stores the answer.
 */
@Component
class Choices {

    /** A press that gets an answer, once {@link ReplyStore#markPicked} holds. */
    record Accepted(Answer answer, String readableText, ChoicePicked event) {
    }

    /** What became of a press: accepted, or refused for a reason (one of a few fixed phrases: a meter tag). */
    record Decision(Optional<Accepted> accepted, String refusal) {

        static Decision refused(String reason) {
            return new Decision(Optional.empty(), reason);
        }

        static Decision accept(Accepted accepted) {
            return new Decision(Optional.of(accepted), null);
        }
    }

    static final String ALREADY_PICKED = "picked before";
    /** What a refused press is stored as: its payload means nothing to a reader of the history. */
    static final String REFUSED_TEXT = "[pressed a choice that was no longer open]";

    private final ReplyStore replies;
    private final FaqService faq;
    private final ConversationProperties properties;
    private final JdbcClient jdbc;

    Choices(ReplyStore replies, FaqService faq, ConversationProperties properties, JdbcClient jdbc) {
        this.replies = replies;
        this.faq = faq;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    Decision decide(ConversationStore.ConversationRow conversation, ClaimedInbound press) {
        var pick = ChoicePayload.decode(press.text());
        if (pick.isEmpty()) {
            return Decision.refused("malformed");
        }
        var offer = replies.offer(pick.get().replyId()).orElse(null);
        // a stranger learns nothing: the same reason for an id that exists elsewhere and one that does not
        if (offer == null || offer.conversationId() != conversation.id()) {
            return Decision.refused("no such offer in this conversation");
        }
        if (offer.picked()) {
            return Decision.refused(ALREADY_PICKED);
        }
        Question question = question(offer.replyId());
        Participant from = presser(press.id());
        if (pick.get().somethingElse()) {
            Answer handoff = Answer.handoff(properties.handoffMessage(), 0, List.of(), null,
                    HandoffReasons.SOMETHING_ELSE);
            return Decision.accept(new Accepted(handoff, ChoicePayload.SOMETHING_ELSE_LABEL,
                    new ChoicePicked(conversation.id(), offer.replyId(), question.id(), question.text(), null, from)));
        }
        long entryId = pick.get().entryId().getAsLong();
        var offered = offer.choices().stream().filter(c -> c.entryId() == entryId).findFirst();
        if (offered.isEmpty()) {
            return Decision.refused("entry not offered");
        }
        var entry = faq.find(entryId);
        if (entry.isEmpty()) {
            return Decision.refused("entry deleted since");
        }
        return Decision.accept(new Accepted(Answer.picked(entry.get().answer(), entryId), offered.get().question(),
                new ChoicePicked(conversation.id(), offer.replyId(), question.id(), question.text(), entryId, from)));
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
