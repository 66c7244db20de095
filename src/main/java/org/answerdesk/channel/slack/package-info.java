/**
 * The Slack channel: Events API and interactivity payloads (through Bolt) mapped to the conversation model, replies posted in the thread, and the staff desk where handoffs are answered.
 */
@ApplicationModule(displayName = "Slack channel", allowedDependencies = {"attachment", "channel", "conversation", "dialogue", "faq", "feedback", "handoff", "language", "richtext", "satisfaction"})
package org.answerdesk.channel.slack;

import org.springframework.modulith.ApplicationModule;
