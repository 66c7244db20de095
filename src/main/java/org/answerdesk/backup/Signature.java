package org.answerdesk.backup;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a backup with {@code ANSWERDESK_BACKUP_KEY} set: an HMAC-SHA256, under the key, of each entry's
 * name and the SHA-256 of its bytes, in the order of the zip. It is the last entry ({@link #ENTRY}); a restore
 * computes it while it reads and compares before it commits, so a file changed after it was written (a planted
 * row, an edited manifest) loads nothing.
 */
final class Signature {

    static final String ENTRY = "signature";

    private final Mac mac;

    private Signature(Mac mac) {
        this.mac = mac;
    }

    static Signature with(String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return new Signature(mac);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    /** A new digest for one entry's bytes, to give to {@link #add} once they are written or read. */
    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Adds an entry: its name (no NUL in it) and the fixed-length digest of its bytes. */
    void add(String name, MessageDigest content) {
        mac.update(name.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        mac.update(content.digest());
    }

    /** The signature of the entries added, as the {@link #ENTRY} entry holds it. */
    String value() {
        return HexFormat.of().formatHex(mac.doFinal());
    }

    boolean matches(byte[] entry) {
        return MessageDigest.isEqual(value().getBytes(StandardCharsets.UTF_8),
                new String(entry, StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8));
    }
}
