package org.answerdesk.llm;

/**
 * The model's answer, with what it cost. Token counts are null when the server does not report them.
 *
 * @param declined true when the model said it cannot answer from what it knows (the fallback prompt tells it
 *                 to answer with {@link LlmFallback#DECLINE_MARKER} then); the text is not for the customer
 */
public record LlmAnswer(String text, String model, Integer tokensIn, Integer tokensOut, boolean declined) {
}
