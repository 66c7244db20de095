package org.answerdesk.knowledge;

/** A page or source that could not be read, with a reason fit to show the owner. */
class FetchException extends RuntimeException {

    FetchException(String reason) {
        super(reason);
    }
}
