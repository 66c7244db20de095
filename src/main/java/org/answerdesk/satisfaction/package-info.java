/**
 * The "How did we do?" rating after a person resolved a conversation.
 */
@ApplicationModule(displayName = "Satisfaction", allowedDependencies = {"conversation", "handoff", "language"})
package org.answerdesk.satisfaction;

import org.springframework.modulith.ApplicationModule;
