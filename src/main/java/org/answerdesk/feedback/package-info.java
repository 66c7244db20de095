/**
 * Thumbs-up/down votes on the bot's answers, as feedback rows.
 */
@ApplicationModule(displayName = "Feedback", allowedDependencies = {})
package org.answerdesk.feedback;

import org.springframework.modulith.ApplicationModule;
