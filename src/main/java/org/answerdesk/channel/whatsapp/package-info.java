/**
 * The WhatsApp channel (Cloud API): signed webhooks mapped to the conversation model, replies with reply buttons, reactions as ratings.
 */
@ApplicationModule(displayName = "WhatsApp channel", allowedDependencies = {"api", "attachment", "channel", "conversation", "dialogue", "feedback", "handoff", "language", "richtext", "satisfaction"})
package org.answerdesk.channel.whatsapp;

import org.springframework.modulith.ApplicationModule;
