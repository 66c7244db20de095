package org.answerdesk.retrieval;

import java.util.List;

/**
 * An FAQ entry: the canonical question, its answer, and every phrasing it is matched by (the question is
 * always one of them).
 */
public record FaqEntry(long id, String question, String answer, String category, List<String> keywords,
                       List<String> phrasings) {
    public FaqEntry {
        keywords = List.copyOf(keywords);
        phrasings = List.copyOf(phrasings);
    }
}
