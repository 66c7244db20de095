package org.answerdesk.dialogue;

/**
 * What an inbound message asks of the bot. The adapter recognises it (a command, a photo); the core decides what
 * to answer: a {@link #QUESTION} goes through the FAQ and the LLM, the others get the fixed texts of
 * {@link ConversationProperties}.
 */
public enum Intent {
    /** Text to answer from the FAQ or the LLM. */
    QUESTION,
    /** The customer opened the chat (Telegram's /start): a greeting. */
    START,
    /** The customer asked what the bot can do (/help, an unknown command, only a mention). */
    HELP,
    /** The customer wants a fresh conversation: the live one is closed. */
    RESET,
    /** The customer asked for a person (/human, a "talk to a person" button): handed over. */
    HUMAN,
    /**
     * Something the bot cannot read (a photo, a voice message); the stored text names what it was. The core also
     * gives it to a message whose text has nothing visible in it (only whitespace, zero-width or other format
     * characters), whatever the adapter recognised.
     */
    NOT_TEXT,
    /** Longer than {@link ConversationProperties#maxMessageLength()}; set by the core, stored as a placeholder. */
    TOO_LONG,
    /**
     * A press on one of the choices of a clarify reply; the text is the {@link ChoicePayload} until the core
     * resolves it.
     */
    CHOICE,
    /**
     * A voice note the transcriber could not hear (the server down or refusing, the audio over the transcriber's
     * limits): set by the core in place of {@link #NOT_TEXT}; the customer is asked to type.
     */
    NOT_HEARD
}
