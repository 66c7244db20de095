package org.answerdesk.retrieval;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 digest of the inputs of a deterministic computation, for {@link DigestMemo}'s keys. Every text and list
 * goes in with its length first (null apart from empty), so that no two sequences of inputs read alike.
 */
final class InputDigest {

    private final MessageDigest digest = sha256();

    InputDigest number(long n) {
        digest.update(ByteBuffer.allocate(8).putLong(n).array());
        return this;
    }

    InputDigest flag(boolean b) {
        return number(b ? 1 : 0);
    }

    InputDigest decimal(double d) {
        return number(Double.doubleToLongBits(d));
    }

    InputDigest numbers(int[] values) {
        number(values.length);
        ByteBuffer bytes = ByteBuffer.allocate(4 * values.length);
        bytes.asIntBuffer().put(values);
        digest.update(bytes.array());
        return this;
    }

    InputDigest text(String text) {
        if (text == null) {
            return number(-1);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        number(bytes.length);
        digest.update(bytes);
        return this;
    }

    InputDigest texts(List<String> texts) {
        number(texts == null ? -1 : texts.size());
        if (texts != null) {
            texts.forEach(this::text);
        }
        return this;
    }

    /** Every field of every entry, in order. */
    InputDigest entries(List<FaqEntry> entries) {
        number(entries.size());
        for (FaqEntry e : entries) {
            number(e.id()).text(e.question()).text(e.answer()).text(e.category()).text(e.language())
                    .texts(e.keywords()).texts(e.phrasings());
        }
        return this;
    }

    /** Every phrasing's entry, text and vector, in order. */
    InputDigest phrasings(List<FaqIndex.Phrasing> phrasings) {
        number(phrasings.size());
        ByteBuffer vector = ByteBuffer.allocate(0);
        for (FaqIndex.Phrasing p : phrasings) {
            number(p.entryId()).text(p.text());
            if (vector.capacity() != 4 * p.vector().length) {
                vector = ByteBuffer.allocate(4 * p.vector().length);
            }
            vector.clear();
            vector.asFloatBuffer().put(p.vector());
            number(p.vector().length);
            digest.update(vector.array());
        }
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
