package org.answerdesk.channel.setup;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a value with AES-256-GCM under a key derived from a passphrase (PBKDF2-HMAC-SHA256, a random salt per
 * value), bound to a label (the channel) so a sealed value cannot be moved to another row. Layout: version byte,
 * 16-byte salt, 12-byte nonce, ciphertext with its tag. A wrong passphrase fails the tag: {@link WrongKey}.
 */
final class SecretBox {

    private static final byte VERSION = 1;
    private static final int SALT = 16;
    private static final int NONCE = 12;
    private static final int ITERATIONS = 100_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final char[] passphrase;

    SecretBox(String passphrase) {
        this.passphrase = passphrase.toCharArray();
    }

    byte[] seal(String label, String plain) {
        byte[] salt = random(SALT);
        byte[] nonce = random(NONCE);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, salt, nonce, label);
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + SALT + NONCE + sealed.length).put(VERSION).put(salt).put(nonce).put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    String open(String label, byte[] sealed) throws WrongKey {
        if (sealed.length < 1 + SALT + NONCE + 16 || sealed[0] != VERSION) {
            throw new WrongKey();
        }
        ByteBuffer in = ByteBuffer.wrap(sealed, 1, sealed.length - 1);
        byte[] salt = new byte[SALT];
        byte[] nonce = new byte[NONCE];
        in.get(salt).get(nonce);
        byte[] body = new byte[in.remaining()];
        in.get(body);
        try {
            return new String(cipher(Cipher.DECRYPT_MODE, salt, nonce, label).doFinal(body), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new WrongKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    private Cipher cipher(int mode, byte[] salt, byte[] nonce, String label) throws GeneralSecurityException {
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(passphrase, salt, ITERATIONS, 256)).getEncoded();
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
        cipher.updateAAD(label.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** The value was sealed under another passphrase (the secret key changed), or is not a sealed value. */
    static final class WrongKey extends Exception {
        WrongKey() {
            super("cannot decrypt: the secret key changed");
        }
    }
}
