package org.answerdesk.channel;

import java.time.Instant;
import java.util.Optional;

import org.answerdesk.conversation.Channel;

/**
 * Short-lived records of a channel's sign-ins with its provider (a sign-in under way, with its verifier and the
 * form's settings; what became of it), sealed in PostgreSQL under {@code ANSWERDESK_SECRET_KEY} like {@link
 * ChannelSecrets}, so that the provider may send the browser back to any instance. Each value is kept under a key
 * nobody can guess (a state, an outcome's id), which the table holds only hashed, until it expires. Values are never
 * logged.
 */
public interface SignInRecords {

    /** A value and when it stops counting. */
    record Kept(String value, Instant expires) {

        @Override
        public String toString() {
            return "Kept[expires=" + expires + ", value=***]";
        }
    }

    /** A key is set: {@link #keep} can store. */
    boolean available();

    /**
     * Keeps the value under its key until {@code expires}; expired records of every channel are dropped.
     *
     * @throws ChannelSecrets.Unavailable without {@code ANSWERDESK_SECRET_KEY}
     */
    void keep(Channel channel, String key, String value, Instant expires) throws ChannelSecrets.Unavailable;

    /** The value under the key, which stays; empty when there is none or it cannot be opened. */
    Optional<Kept> read(Channel channel, String key);

    /** The value under the key, removed: of several instances taking it at once, one gets it. */
    Optional<Kept> take(Channel channel, String key);
}
