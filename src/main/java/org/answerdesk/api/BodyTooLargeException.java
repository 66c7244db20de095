package org.answerdesk.api;

import java.io.IOException;

/** Thrown by a request body stream at the first byte past the path's limit; answered with 413. */
class BodyTooLargeException extends IOException {

    BodyTooLargeException(long limit) {
        super("request body is larger than " + limit + " bytes");
    }

    /** The exception in {@code e}'s cause chain, if a body limit was what failed. */
    static java.util.Optional<BodyTooLargeException> in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return java.util.Optional.of(tooLarge);
            }
        }
        return java.util.Optional.empty();
    }
}
