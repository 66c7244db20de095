package org.answerdesk.retrieval;

/** An FAQ entry found for a question, with the similarity of its closest phrasing (cosine, -1..1). */
public record FaqMatch(long entryId, String question, String answer, double score) {
}
