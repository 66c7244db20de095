/**
 * The email channel: inbound mail read over IMAP (or delivered to the webhook) mapped to the conversation model, replies sent over SMTP in the customer's thread, signed links for choices and ratings.
 */
@ApplicationModule(displayName = "Email channel", allowedDependencies = {"alert", "attachment", "audit", "brand", "channel", "conversation", "faq", "feedback", "language", "retrieval", "richtext", "satisfaction"})
package org.answerdesk.channel.email;

import org.springframework.modulith.ApplicationModule;
