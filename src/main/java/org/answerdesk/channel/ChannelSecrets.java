package org.answerdesk.channel;

import java.util.Optional;

import org.answerdesk.conversation.Channel;

/**
 * Secrets a channel keeps beside its settings, sealed in PostgreSQL under {@code ANSWERDESK_SECRET_KEY} like the
 * settings the admin page stores: a mailbox's OAuth refresh token, got by signing in from the admin page and renewed
 * by the token endpoint. A value is bound to its channel and name (it cannot be moved to another row). Values are
 * never logged.
 */
public interface ChannelSecrets {

    /** A key is set: {@link #put} can store. */
    boolean available();

    /**
     * Stores (or replaces) the channel's secret of that name.
     *
     * @throws Unavailable without {@code ANSWERDESK_SECRET_KEY}
     */
    void put(Channel channel, String name, String value) throws Unavailable;

    /** The secret, opened; empty when none is stored, or it cannot be opened (no key, or the key changed). */
    Optional<String> get(Channel channel, String name);

    /** No secret key is set, so nothing can be stored. */
    final class Unavailable extends Exception {
        public Unavailable() {
            super("secrets cannot be stored without a secret key: set ANSWERDESK_SECRET_KEY (16 characters or more)"
                    + " and restart");
        }
    }
}
