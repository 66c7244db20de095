package org.answerdesk.llm;

/**
 * A follow-up to be rewritten so that it stands alone ({@link LlmFallback#rewrite}).
 *
 * @param message          the customer's follow-up, less greetings and sign-off ("and to the UK?")
 * @param previousQuestion the customer's previous question in the conversation, which the bot answered
 * @param previousEntry    the question (title) of the FAQ entry the bot answered it with; null when it answered from
 *                         a page or the LLM
 */
public record LlmFollowUp(String message, String previousQuestion, String previousEntry) {
}
