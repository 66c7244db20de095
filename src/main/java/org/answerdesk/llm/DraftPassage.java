package org.answerdesk.llm;

/**
 * A passage of a shop's page the model drafts FAQ entries from ({@link LlmFallback#draftFaqEntries}): the URL a
 * draft cites it by, the page's title and the heading path, and its text (quoted as data in the prompt).
 */
public record DraftPassage(String url, String title, String headings, String text) {
}
