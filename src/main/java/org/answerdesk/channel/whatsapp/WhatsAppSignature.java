package org.answerdesk.channel.whatsapp;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Meta's {@code X-Hub-Signature-256}: {@code sha256=} and the hex HMAC-SHA256 of the raw body with the app secret. */
final class WhatsAppSignature {

    static final String HEADER = "X-Hub-Signature-256";
    private static final String PREFIX = "sha256=";

    private WhatsAppSignature() {
    }

    static String sign(String appSecret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Whether the header carries the body's signature; compared in constant time, case-insensitive hex. */
    static boolean valid(String appSecret, byte[] body, String header) {
        if (header == null || body == null) {
            return false;
        }
        byte[] expected = sign(appSecret, body).getBytes(StandardCharsets.US_ASCII);
        byte[] given = header.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }
}
