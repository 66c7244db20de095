package org.answerdesk.channel.setup;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key of the secrets the admin page stores ({@code answerdesk.secret.*}, i.e. {@code ANSWERDESK_SECRET_KEY}).
 *
 * @param key a passphrase of your own, at least 16 characters (e.g. {@code openssl rand -base64 32}); channel
 *            settings entered on the admin page are encrypted with a key derived from it. Without it, channels can
 *            only be configured in the environment. Changed, the stored settings cannot be read: those channels show
 *            as failing until they are entered again. Never logged.
 */
@ConfigurationProperties("answerdesk.secret")
record SecretProperties(String key) {

    static final int MIN_LENGTH = 16;

    SecretProperties {
        key = key == null || key.isBlank() ? null : key.strip();
        if (key != null && key.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("ANSWERDESK_SECRET_KEY must be at least " + MIN_LENGTH
                    + " characters long");
        }
    }

    @Override
    public String toString() {
        return "SecretProperties[key=" + (key == null ? "null" : "***") + "]";
    }
}
