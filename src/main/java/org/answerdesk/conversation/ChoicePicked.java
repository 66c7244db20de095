package org.answerdesk.conversation;

import java.util.Locale;

/**
 * Published in the transaction that answers a press on one of the choices of a clarify reply (at most once per
 * offer): evidence that the question was meant as that entry. Listen with a plain {@code @EventListener} to write in
 * that transaction, or after the commit.
 *
 * @param offerReplyId      the clarify reply whose choice was pressed
 * @param questionMessageId the customer's message the clarify reply answered (null if it had none)
 * @param questionText      that message's text (null if it had none)
 * @param entryId           the FAQ entry picked; null for "Something else" (none of the offered entries fit)
 * @param from              who pressed
 * @param language          the conversation's language: the question is read by its rules
 */
public record ChoicePicked(long conversationId, long offerReplyId, Long questionMessageId, String questionText,
                           Long entryId, Participant from, Locale language) {

    public boolean somethingElse() {
        return entryId == null;
    }
}
