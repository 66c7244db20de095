package org.answerdesk.conversation;

public enum ConversationStatus {
    /** The bot answers. */
    BOT,
    /** Neither the FAQ nor the LLM could help; a person should. */
    NEEDS_HUMAN,
    /** Ended, e.g. by a reset; the key's next message opens a new conversation. */
    CLOSED
}
