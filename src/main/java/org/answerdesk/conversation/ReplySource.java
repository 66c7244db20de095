package org.answerdesk.conversation;

/** Where an outbound message came from. */
public enum ReplySource {
    /** An FAQ entry matched well enough. */
    FAQ,
    /** The LLM fallback wrote it. */
    LLM,
    /** A passage of the shop's own pages or files answered it (no LLM). */
    KNOWLEDGE,
    /** A person on the support team wrote it. */
    AGENT,
    /** The bot itself: greetings, handoff notices, errors. */
    SYSTEM;

    /**
     * The names of the sources that answer the customer's question, as the reports, the conversation's state and the
     * web chat count them; SQL binds the list ({@code source in (:answered)}).
     */
    public static final java.util.List<String> ANSWERED = java.util.stream.Stream.of(values())
            .filter(ReplySource::answers).map(Enum::name).toList();

    /** Whether a reply of this source answered the customer's question: an FAQ entry, a passage, the LLM. */
    public boolean answers() {
        return this == FAQ || this == KNOWLEDGE || this == LLM;
    }
}
