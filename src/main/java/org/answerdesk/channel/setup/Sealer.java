package org.answerdesk.channel.setup;

import java.util.Optional;

import org.answerdesk.channel.ChannelSecrets;
import org.springframework.stereotype.Component;

/**
 * The {@link SecretBox} of {@code ANSWERDESK_SECRET_KEY}, or none when it is not set: what every table of sealed
 * values seals and opens with. Without a key nothing is sealed ({@link ChannelSecrets.Unavailable}) and nothing opens.
 */
@Component
class Sealer {

    private final SecretBox box;

    Sealer(SecretProperties secret) {
        this.box = secret.key() == null ? null : new SecretBox(secret.key());
    }

    boolean available() {
        return box != null;
    }

    byte[] seal(String label, String value) throws ChannelSecrets.Unavailable {
        if (box == null) {
            throw new ChannelSecrets.Unavailable();
        }
        return box.seal(label, value);
    }

    /** The value sealed under {@code label}; empty without a key or when it was sealed under another one. */
    Optional<String> open(String label, byte[] sealed) {
        if (box == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(box.open(label, sealed));
        } catch (SecretBox.WrongKey e) {
            return Optional.empty();
        }
    }
}
