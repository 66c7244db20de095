package org.answerdesk.faq;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * An FAQ entry to be created or to replace an existing one: as imported from CSV or Markdown, or sent to
 * {@code /api/faq}.
 */
public record FaqDraft(String question, String answer, String category, List<String> keywords,
                       List<String> phrasings) {

    public FaqDraft {
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("question must not be empty");
        }
        if (answer == null || answer.isBlank()) {
            throw new IllegalArgumentException("answer must not be empty");
        }
        question = question.strip();
        answer = answer.strip();
        category = category == null || category.isBlank() ? null : category.strip();
        keywords = keywords == null ? List.of() : keywords.stream().map(String::strip).filter(k -> !k.isEmpty()).toList();
        phrasings = phrasings == null ? List.of() : List.copyOf(phrasings);
    }

    /** The question first, then every distinct extra phrasing. */
    public List<String> allPhrasings() {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        all.add(question);
        for (String p : phrasings) {
            if (p != null && !p.isBlank()) {
                all.add(p.strip());
            }
        }
        return new ArrayList<>(all);
    }
}
