package org.answerdesk.conversation;

/** Where an outbound message came from. */
public enum ReplySource {
    /** An FAQ entry matched well enough. */
    FAQ,
    /** The LLM fallback wrote it. */
    LLM,
    /** A person on the support team wrote it. */
    AGENT,
    /** The bot itself: greetings, handoff notices, errors. */
    SYSTEM
}
