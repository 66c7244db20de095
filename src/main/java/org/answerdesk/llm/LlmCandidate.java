package org.answerdesk.llm;

/**
 * An FAQ entry the model may choose for a question ({@link LlmFallback#choose}): its id, its question as the
 * owner worded it, and its vetted answer.
 */
public record LlmCandidate(long id, String question, String answer) {
}
