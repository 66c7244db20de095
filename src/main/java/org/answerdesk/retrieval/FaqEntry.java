package org.answerdesk.retrieval;

import java.util.List;

/**
 * An FAQ entry: the canonical question, its answer, and every phrasing it is matched by (the question is
 * always one of them).
 *
 * @param language the entry's language code ({@code "de"}); null for the shop's default language
 */
public record FaqEntry(long id, String question, String answer, String category, List<String> keywords,
                       List<String> phrasings, String language) {
    public FaqEntry {
        keywords = List.copyOf(keywords);
        phrasings = List.copyOf(phrasings);
    }

    /** An entry in the shop's default language. */
    public FaqEntry(long id, String question, String answer, String category, List<String> keywords,
                    List<String> phrasings) {
        this(id, question, answer, category, keywords, phrasings, null);
    }
}
