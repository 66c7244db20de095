package org.answerdesk.dialogue;

/**
 * What a message does in the conversation when it is not a question for the FAQ: small talk and meta requests the
 * bot answers itself, without a ticket.
 */
public enum Act {
    /** "hi", "good morning", "how are you?" */
    GREETING,
    /** "thanks", "that worked", "ok", "great": after an answer, a confirmed resolution. */
    THANKS,
    /** "bye", "that's all": after an answer, a confirmed resolution too. */
    BYE,
    /** "yes", "sure": accepts an open offer of a person; after an answer, an acknowledgement. */
    YES,
    /** "no", "no thanks": declines an open offer; after an answer, the answer did not help. */
    NO,
    /** "never mind", "cancel that", "forget it": the customer drops what they asked; a polite reply, no choices. */
    CANCEL,
    /** "that's not it", "that didn't help". */
    NOT_HELPED,
    /** "are you a bot?", "am I talking to a human?" */
    BOT,
    /** "what can you do?", "help". */
    CAPABILITIES,
    /** "say that again". */
    REPEAT,
    /** "start over": what the reset command does. */
    START_OVER,
    /** Jokes, the bot's age or name, the weather: talk that needs no one. */
    CHITCHAT,
    /** "talk to a person", "ich möchte mit einem Menschen sprechen": a request for a person in words. */
    PERSON,
    /** A keyboard mash or emoji the bot cannot place: "Sorry, I didn't catch that". */
    NOISE;

    /** The label of this act in phrasing files ({@code greeting}, {@code not_helped}, ...). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
