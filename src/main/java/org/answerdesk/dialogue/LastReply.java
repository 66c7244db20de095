package org.answerdesk.dialogue;

import java.util.List;

import org.answerdesk.retrieval.FaqMatch;

/**
 * The bot's latest reply in the conversation, before the message being decided, within the context window.
 *
 * @param answered       it answered a question (an FAQ entry, a passage, the LLM), rather than asking, handing over or
 *                       chatting
 * @param entryId        the FAQ entry it answered with, or null
 * @param text           what it said
 * @param question       the customer's message it answered, or null
 * @param offeredChoices it asked "did you mean" with choices
 * @param offered        the entries of the choices it offered, best first, each with its score when offered and its
 *                       answer now (null when the entry is gone); empty when it offered none, or where they are not
 *                       known. A "yes" or a follow-up to the choices reads them here, without looking them up again.
 * @param confidence     the reply's confidence (for choices: the FAQ's, for the question they were offered for)
 */
public record LastReply(boolean answered, Long entryId, String text, String question, boolean offeredChoices,
                        List<FaqMatch> offered, double confidence) {

    public LastReply {
        offered = offered == null ? List.of() : List.copyOf(offered);
    }

    /** A reply that offered no choices. */
    public LastReply(boolean answered, Long entryId, String text, String question) {
        this(answered, entryId, text, question, false);
    }

    /** A reply whose choices are not known. */
    public LastReply(boolean answered, Long entryId, String text, String question, boolean offeredChoices) {
        this(answered, entryId, text, question, offeredChoices, List.of(), 0);
    }

    /** The questions of the choices offered, best first. */
    List<String> offeredQuestions() {
        return offered.stream().map(FaqMatch::question).toList();
    }

    /** The choices offered that are still in the FAQ, best first. */
    List<FaqMatch> offeredInFaq() {
        return offered.stream().filter(m -> m.answer() != null).toList();
    }
}
