/**
 * The platform adapters (Telegram, Slack, email, web) and what they share: delivery with one retry policy, poller leases, channel health. Each sub-package is one platform; they do not depend on each other.
 */
@ApplicationModule(displayName = "Channels", allowedDependencies = {"admin", "api", "attachment", "conversation", "dialogue", "faq", "feedback", "handoff", "retrieval", "richtext", "satisfaction"})
package org.answerdesk.channel;

import org.springframework.modulith.ApplicationModule;
