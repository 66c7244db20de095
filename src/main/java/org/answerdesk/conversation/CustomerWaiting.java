package org.answerdesk.conversation;

/**
 * Published, in the transaction that handles it, for each customer message that arrives while the conversation
 * waits for a person, for the desk to show in the ticket: {@code text} is the customer's words, followed by the
 * bot's reply when the bot still answered it (no person has written yet).
 */
public record CustomerWaiting(long conversationId, long messageId, String text) {

    /**
     * A message the bot answered while the conversation waits for a person: the desk sees the message and every
     * reply the bot gave to it (one per question of a message that asked several), in order.
     */
    public static CustomerWaiting answeredByBot(long conversationId, long messageId, String question,
                                                java.util.List<String> replies) {
        StringBuilder text = new StringBuilder(question);
        replies.forEach(r -> text.append("\n\n(answered by the bot) ").append(r));
        return new CustomerWaiting(conversationId, messageId, text.toString());
    }
}
