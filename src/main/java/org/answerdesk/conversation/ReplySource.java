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
    SYSTEM
}
