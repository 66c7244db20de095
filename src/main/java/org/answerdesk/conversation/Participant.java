package org.answerdesk.conversation;

/**
 * Someone who writes or reacts on a platform.
 *
 * @param externalUserId the platform's user id (Telegram user id, Slack user id, email address, web session)
 * @param displayName    a name to show staff, may be null
 * @param address        where to reach them outside the thread (an email address), may be null
 * @param language       the language the platform says they use (Telegram's {@code language_code}, the browser's
 *                       language in the web chat), a hint for the conversation's language; may be null
 */
public record Participant(Channel channel, String externalUserId, String displayName, String address,
                          String language) {
    /** The longest language tag kept ("zh-Hant-TW" is 10). */
    private static final int LANGUAGE_TAG = 35;

    public Participant {
        externalUserId = StorableText.clean(externalUserId);
        displayName = StorableText.clean(displayName);
        address = StorableText.clean(address);
        language = language == null || !language.strip().matches("[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8}){0,4}")
                || language.length() > LANGUAGE_TAG ? null : language.strip();
        if (externalUserId == null || externalUserId.isBlank()) {
            throw new IllegalArgumentException("externalUserId must not be blank");
        }
    }

    /** Someone whose platform tells no language. */
    public Participant(Channel channel, String externalUserId, String displayName, String address) {
        this(channel, externalUserId, displayName, address, null);
    }
}
