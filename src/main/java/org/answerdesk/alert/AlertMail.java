package org.answerdesk.alert;

/**
 * Sends the owner's alert mails; the email channel implements it with its SMTP server. Without an email channel there
 * is no bean, and {@code ANSWERDESK_ALERTS_EMAIL} sends nothing (a warning at start says so).
 */
public interface AlertMail {

    /**
     * Sends one plain-text mail.
     *
     * @param alertId    also the mail's Message-ID (left part), so a mail sent again after a crash is the same mail
     * @param senderName the shop's name, shown as the sender's name; null for the mailbox's own
     * @throws AlertRefused when the server refused the recipient for good (not retried)
     * @throws Exception    any other failure; retried with back-off
     */
    void send(String alertId, String to, String senderName, String subject, String text) throws Exception;

    /** The recipient was refused for good. */
    final class AlertRefused extends Exception {
        public AlertRefused(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
