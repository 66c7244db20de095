package org.answerdesk.conversation;

import java.util.List;

/**
 * What the pipeline made of a message, before it is stored.
 *
 * @param confidence the retriever's score for FAQ answers (0..1), 0 otherwise
 * @param faqEntryId the matched entry for FAQ answers, the closest one otherwise, or null
 * @param model      the LLM's name for LLM answers, else null
 */
public record Answer(String text, ReplySource source, double confidence, List<Suggestion> suggestions,
                     Long faqEntryId, String model, Integer tokensIn, Integer tokensOut, boolean needsHuman) {

    public Answer {
        suggestions = List.copyOf(suggestions);
    }

    public static Answer system(String text, List<Suggestion> suggestions, boolean needsHuman) {
        return new Answer(text, ReplySource.SYSTEM, 0, suggestions, null, null, null, null, needsHuman);
    }
}
