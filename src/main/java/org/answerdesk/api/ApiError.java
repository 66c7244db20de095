package org.answerdesk.api;

/** The body of every error response: the HTTP status and a reason a client developer can act on. */
public record ApiError(int status, String error) {
}
