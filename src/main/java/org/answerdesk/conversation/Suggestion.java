package org.answerdesk.conversation;

/** A related FAQ question offered next to an answer. */
public record Suggestion(long entryId, String question, double score) {
}
