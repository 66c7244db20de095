package org.answerdesk.conversation;

import java.util.List;

/**
 * What the pipeline made of a message, before it is stored.
 *
 * @param confidence    the retriever's score of the closest FAQ entry
 * @param faqEntryId    the matched entry for FAQ answers, the closest one otherwise, or null
 * @param model         the LLM's name for LLM answers, else null
 * @param handoffReason why a person should take over (null when the bot answered)
 */
public record Answer(String text, ReplySource source, double confidence, List<Suggestion> suggestions,
                     Long faqEntryId, String model, Integer tokensIn, Integer tokensOut, String handoffReason) {

    public Answer {
        suggestions = List.copyOf(suggestions);
    }

    public boolean needsHuman() {
        return handoffReason != null;
    }

    /** The same answer with a paragraph added to its text. */
    public Answer followedBy(String paragraph) {
        return new Answer(text + "\n\n" + paragraph, source, confidence, suggestions, faqEntryId, model, tokensIn,
                tokensOut, handoffReason);
    }

    public static Answer system(String text, List<Suggestion> suggestions, String handoffReason) {
        return new Answer(text, ReplySource.SYSTEM, 0, suggestions, null, null, null, null, handoffReason);
    }
}
