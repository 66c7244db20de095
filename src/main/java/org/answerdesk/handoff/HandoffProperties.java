package org.answerdesk.handoff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Handoffs to people ({@code answerdesk.handoff.*}).
 *
 * @param closingMessage  what the customer is told when an agent resolves the conversation, in the shop's default
 *                        language (the text {@code handoff.closing}; other languages, and this one when unset, read their bundle)
 * @param transcriptLines how many of the latest messages a ticket shows
 */
@ConfigurationProperties("answerdesk.handoff")
public record HandoffProperties(
        String closingMessage,
        @DefaultValue("20") int transcriptLines) {
}
