/**
 * The Telegram channel: webhook or long-polling updates mapped to the conversation model, replies with inline keyboards, reactions as ratings.
 */
@ApplicationModule(displayName = "Telegram channel", allowedDependencies = {"admin", "api", "attachment", "channel", "conversation", "dialogue", "feedback", "language", "richtext", "satisfaction"})
package org.answerdesk.channel.telegram;

import org.springframework.modulith.ApplicationModule;
