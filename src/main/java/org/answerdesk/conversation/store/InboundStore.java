package org.answerdesk.conversation.store;

import org.answerdesk.conversation.ConversationProperties;
import org.answerdesk.conversation.ConversationStatus;
import org.answerdesk.conversation.InboundMessage;
import org.answerdesk.conversation.Participant;
import org.answerdesk.conversation.answering.DecisionRunner;
import org.answerdesk.conversation.answering.ReplyDraft;
import java.util.UUID;

import org.answerdesk.conversation.store.ConversationStore.ConversationRow;
import org.answerdesk.dialogue.DialoguePolicy;
import org.answerdesk.redaction.RedactionProperties;
import org.answerdesk.redaction.Redactor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Stores inbound messages, each in one call of the database function {@code store_inbound}. */
@Repository
public class InboundStore {

    /**
     * What storing an inbound message gave: {@code duplicate} when its event id was recorded before (then
     * {@code messageId} is the message that delivery brought, or null, and nothing was stored); else the new
     * message, its conversation as it stood, and the id of the prepared answer if it was stored with it.
     */
    public record StoredInbound(boolean duplicate, Long messageId, ConversationRow conversation, Long replyId) {

        /** A redelivery: {@code messageId} is what the first delivery stored (null when it stored none). */
        static StoredInbound duplicateOf(Long messageId) {
            return new StoredInbound(true, messageId, null, null);
        }

        /** A new message in {@code conversation}; {@code replyId} the prepared answer stored with it, or null. */
        static StoredInbound stored(long messageId, ConversationRow conversation, Long replyId) {
            return new StoredInbound(false, messageId, conversation, replyId);
        }
    }

    /** The policy's offer window, as SQL reads an interval. */
    private static final String OFFER_WINDOW = DialoguePolicy.OFFER_WINDOW.toSeconds() + " seconds";

    private final JdbcClient jdbc;
    /** The context window, as SQL reads an interval: the prepared answer is not the bot's last reply within it. */
    private final String contextWindow;
    /** Masks customers' text before it is stored (ANSWERDESK_REDACTION_STORED_TEXT); null keeps it as written. */
    private final Redactor stored;

    InboundStore(JdbcClient jdbc, RedactionProperties redaction, ConversationProperties conversations) {
        this.jdbc = jdbc;
        this.contextWindow = conversations.contextWindow().toSeconds() + " seconds";
        this.stored = redaction.storedText() ? redaction.redactor() : null;
    }

    private String storable(String text) {
        return stored == null ? text : stored.mask(text);
    }

    /**
     * Stores an inbound message in one round trip and, outside a transaction, one commit (the database function
     * {@code store_inbound}): records its event id in the inbox unless it was recorded before, stores the
     * participant, finds or opens the key's live conversation, and stores the message linked from the inbox.
     * Unless {@code skipReason} is set or the prepared answer is stored with it, the message is due: a worker
     * claims and answers it.
     *
     * @param skipReason null to answer the message; otherwise it is stored handled, with this reason
     * @param claim      null to leave the message to the workers; otherwise the caller holds the claim (its lease
     *                   starts now) and answers it itself
     * @param prepared   an answer worked out before (null for none): stored delivered, with the message handled,
     *                   when the conversation is the bot's and, in a shop of several languages, opens with the
     *                   answer's language (recorded then) or stays in it ({@link DecisionRunner.Prepared#language})
     */
    public StoredInbound storeInbound(InboundMessage m, String skipReason, UUID claim, DecisionRunner.Prepared prepared) {
        try {
            return storeInboundOnce(m, skipReason, claim, prepared);
        } catch (DataIntegrityViolationException e) {
            // The key's conversation was deleted (privacy: retention or erasure) after store_inbound found it and
            // before the message went in. The call was its own transaction and was rolled back whole (the delivery
            // id too), so once more opens a new conversation.
            if (TransactionSynchronizationManager.isActualTransactionActive()
                    || !String.valueOf(e.getMessage()).contains("message_conversation_id_fkey")) {
                throw e;
            }
            return storeInboundOnce(m, skipReason, claim, prepared);
        }
    }

    private StoredInbound storeInboundOnce(InboundMessage m, String skipReason, UUID claim,
                                           DecisionRunner.Prepared prepared) {
        ReplyDraft a = prepared == null ? null : prepared.answer();
        Participant p = m.from();
        // positional: 28 named parameters were substituted into the SQL and put in a map on every call
        return jdbc.sql("""
                select * from store_inbound(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    cast(? as uuid), ?, ?, cast(? as bigint), cast(? as real), ?,
                    ?, cast(? as integer), cast(? as integer), cast(? as integer),
                    cast(? as text), cast(? as interval), cast(? as interval), cast(? as text),
                    cast(? as text), cast(? as boolean))
                """)
            .param(m.channel().name()).param(m.eventId()).param(m.key().externalId())
            .param(p.channel().name()).param(p.externalUserId()).param(p.displayName()).param(p.address())
            .param(storable(m.text().strip()))
            .param(m.ref() == null ? null : m.ref().externalMessageId()).param(storable(m.raw()))
            .param(m.intent().name()).param(skipReason).param(claim)
            .param(a == null ? null : a.text()).param(a == null ? null : a.source().name())
            .param(a == null ? null : a.faqEntryId()).param(a == null ? null : (float) a.confidence())
            .param(a == null ? null : SuggestionCodec.encode(a.suggestions()))
            .param(a == null ? null : a.model()).param(a == null ? null : a.tokensIn())
            .param(a == null ? null : a.tokensOut()).param(prepared == null ? null : prepared.latencyMs())
            .param(p.language()).param(OFFER_WINDOW).param(contextWindow)
            .param(prepared == null ? null : prepared.outcome().name())
            .param(prepared == null ? null : prepared.language())
            .param(prepared == null ? null : prepared.languageStays())
            .query((rs, n) -> "DUPLICATE".equals(rs.getString("outcome"))
                    ? StoredInbound.duplicateOf(rs.getObject("message_id", Long.class))
                    : StoredInbound.stored(rs.getLong("message_id"), new ConversationRow(rs.getLong("conversation_id"),
                            m.key(), ConversationStatus.valueOf(rs.getString("conversation_status")),
                            // whether a person joined is not read here: a person joins only a conversation that
                            // waits for one, whose row the answer reads again
                            rs.getBoolean("human_offered_recently"), false), rs.getObject("reply_id", Long.class)))
            .single();
    }
}
