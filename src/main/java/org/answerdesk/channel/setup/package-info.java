/**
 * Channels connected from the admin page: {@code /api/channels}, their settings sealed in PostgreSQL under
 * {@code ANSWERDESK_SECRET_KEY}, and each instance starting and stopping them as the stored settings change. The
 * platforms take part through {@link org.answerdesk.channel.ChannelSetup}; this module knows none of them.
 */
@ApplicationModule(displayName = "Channel setup", allowedDependencies = {"audit", "channel", "conversation", "language"})
package org.answerdesk.channel.setup;

import org.springframework.modulith.ApplicationModule;
