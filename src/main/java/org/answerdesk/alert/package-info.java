/**
 * Alerts of new tickets for the owner: a signed JSON POST to {@code ANSWERDESK_ALERTS_WEBHOOK_URL} and a mail to
 * {@code ANSWERDESK_ALERTS_EMAIL} (through the email channel's SMTP, which implements {@link AlertMail}), each
 * stored with the ticket and delivered with retries. The mail carries the shop's name (the brand).
 */
@ApplicationModule(displayName = "Alerts", allowedDependencies = {"brand", "conversation", "handoff", "language"})
package org.answerdesk.alert;

import org.springframework.modulith.ApplicationModule;
