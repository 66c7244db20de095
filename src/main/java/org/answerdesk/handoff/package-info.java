/**
 * Tickets for conversations handed to a person, and the outbox of desk posts.
 */
@ApplicationModule(displayName = "Handoff", allowedDependencies = {"attachment", "conversation", "dialogue", "faq", "hours", "language", "richtext"})
package org.answerdesk.handoff;

import org.springframework.modulith.ApplicationModule;
