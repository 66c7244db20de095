package org.answerdesk.channel.email;

import jakarta.mail.MessagingException;

/**
 * The mailbox's OAuth sign-in failed: the token endpoint refused the refresh token or code ({@code permanent}: only
 * signing in again helps) or could not be reached. Its message says so for the owner, without any token, and has no
 * cause, so that {@code Failures.describe} shows this message and not a lower one.
 */
final class MailSignInException extends MessagingException {

    private final boolean permanent;

    MailSignInException(String message, boolean permanent) {
        super(message);
        this.permanent = permanent;
    }

    boolean permanent() {
        return permanent;
    }
}
