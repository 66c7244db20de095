package org.answerdesk.dialogue;

import java.util.List;

/**
 * The bot's latest reply in the conversation, before the message being decided, within the context window.
 *
 * @param answered  it answered a question (an FAQ entry, a passage, the LLM), rather than asking, handing over or
 *                  chatting
 * @param entryId   the FAQ entry it answered with, or null
 * @param text      what it said
 * @param question  the customer's message it answered, or null
 * @param offeredChoices it asked "did you mean" with choices
 * @param offered   the questions of the choices it offered, best first (empty when it offered none, or where they
 *                  are not known)
 */
public record LastReply(boolean answered, Long entryId, String text, String question, boolean offeredChoices,
                        List<String> offered) {

    public LastReply {
        offered = offered == null ? List.of() : List.copyOf(offered);
    }

    /** A reply that offered no choices. */
    public LastReply(boolean answered, Long entryId, String text, String question) {
        this(answered, entryId, text, question, false);
    }

    /** A reply whose choices' questions are not known. */
    public LastReply(boolean answered, Long entryId, String text, String question, boolean offeredChoices) {
        this(answered, entryId, text, question, offeredChoices, List.of());
    }
}
