package org.answerdesk.api;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Thrown by a request body stream that gives up on the body: at the first byte past the path's size limit (413),
 * or once the body has taken longer than the path's deadline to arrive (408).
 */
class BodyRefusedException extends IOException {

    private final int status;

    private BodyRefusedException(int status, String reason) {
        super(reason);
        this.status = status;
    }

    static BodyRefusedException tooLarge(long limit) {
        return new BodyRefusedException(413, "request body is larger than " + limit + " bytes");
    }

    static BodyRefusedException tooSlow(Duration deadline) {
        return new BodyRefusedException(408, "request body did not arrive within " + deadline.toMillis() + " ms");
    }

    int status() {
        return status;
    }

    /** The exception in {@code e}'s cause chain, if a body limit was what failed. */
    static Optional<BodyRefusedException> in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyRefusedException refused) {
                return Optional.of(refused);
            }
        }
        return Optional.empty();
    }
}
