package org.answerdesk.llm;

/** The model's answer, with what it cost. Token counts are null when the server does not report them. */
public record LlmAnswer(String text, String model, Integer tokensIn, Integer tokensOut) {
}
