/**
 * What the platform adapters share: delivery with one retry policy, poller leases, channel health, presses. Each sub-package is one platform, a nested module with its own allowed dependencies; they do not depend on each other.
 */
@ApplicationModule(displayName = "Channels", allowedDependencies = {"attachment", "conversation", "dialogue", "faq", "handoff", "language", "retrieval", "satisfaction"})
package org.answerdesk.channel;

import org.springframework.modulith.ApplicationModule;
