package org.answerdesk.conversation;

/**
 * Someone who writes or reacts on a platform.
 *
 * @param externalUserId the platform's user id (Telegram user id, Slack user id, email address, web session)
 * @param displayName    a name to show staff, may be null
 * @param address        where to reach them outside the thread (an email address), may be null
 */
public record Participant(Channel channel, String externalUserId, String displayName, String address) {
    public Participant {
        externalUserId = StorableText.clean(externalUserId);
        displayName = StorableText.clean(displayName);
        address = StorableText.clean(address);
        if (externalUserId == null || externalUserId.isBlank()) {
            throw new IllegalArgumentException("externalUserId must not be blank");
        }
    }
}
