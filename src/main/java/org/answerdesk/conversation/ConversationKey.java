package org.answerdesk.conversation;

import java.util.Objects;

/**
 * The stable identity of a thread on a platform: Telegram chat (plus forum topic), Slack team + channel +
 * thread ts, the root Message-ID of an email thread, or the web session id.
 */
public record ConversationKey(Channel channel, String externalId) {
    public ConversationKey {
        Objects.requireNonNull(channel, "channel");
        externalId = StorableText.clean(externalId);
        if (externalId == null || externalId.isBlank()) {
            throw new IllegalArgumentException("externalId must not be blank");
        }
    }
}
