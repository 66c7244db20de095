package org.answerdesk.faq;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * An FAQ entry to be created or to replace an existing one: as imported from CSV or Markdown, or sent to
 * {@code /api/faq}.
 *
 * @param language the entry's language as written ({@code "de"}); null or blank for the shop's default language. The
 *                 catalogue stores it only once it is one the shop serves ({@link EntryLanguages})
 */
public record FaqDraft(String question, String answer, String category, List<String> keywords,
                       List<String> phrasings, String language) {

    public FaqDraft {
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("question must not be empty");
        }
        if (answer == null || answer.isBlank()) {
            throw new IllegalArgumentException("answer must not be empty");
        }
        storable("question", question);
        storable("answer", answer);
        storable("category", category);
        if (keywords != null) {
            keywords.forEach(k -> storable("a keyword", k));
        }
        if (phrasings != null) {
            phrasings.forEach(p -> storable("a phrasing", p));
        }
        question = question.strip();
        answer = answer.strip();
        category = category == null || category.isBlank() ? null : category.strip();
        keywords = keywords == null ? List.of() : keywords.stream().map(String::strip).filter(k -> !k.isEmpty()).toList();
        phrasings = phrasings == null ? List.of() : List.copyOf(phrasings);
        language = language == null || language.isBlank() ? null : language.strip();
    }

    /** A draft in the shop's default language. */
    public FaqDraft(String question, String answer, String category, List<String> keywords, List<String> phrasings) {
        this(question, answer, category, keywords, phrasings, null);
    }

    /** This draft in {@code tag} (null: the shop's default language). */
    FaqDraft inLanguage(String tag) {
        return new FaqDraft(question, answer, category, keywords, phrasings, tag);
    }

    /** Refuses a control character other than tab and line breaks: PostgreSQL cannot store a NUL, nobody reads the rest. */
    static void storable(String what, String text) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                throw new IllegalArgumentException("%s contains the control character U+%04X at position %d"
                        .formatted(what, (int) c, i + 1));
            }
        }
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
