package org.answerdesk.conversation;

/**
 * Published, in the transaction that handles it, for each customer message that arrives while the conversation
 * waits for a person, for the desk to show in the ticket: {@code text} is the customer's words, followed by the
 * bot's reply when the bot still answered it (no person has written yet).
 */
public record CustomerWaiting(long conversationId, long messageId, String text) {

    /** A message the bot answered while the conversation waits for a person: the desk sees both. */
    public static CustomerWaiting answeredByBot(long conversationId, long messageId, String question, String reply) {
        return new CustomerWaiting(conversationId, messageId, question + "\n\n(answered by the bot) " + reply);
    }
}
