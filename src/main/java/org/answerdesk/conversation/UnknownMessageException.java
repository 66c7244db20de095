package org.answerdesk.conversation;

import java.util.NoSuchElementException;

/** Thrown when a message id does not name a bot answer. */
public class UnknownMessageException extends NoSuchElementException {
    public UnknownMessageException(String message) {
        super(message);
    }
}
