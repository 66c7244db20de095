package org.answerdesk.retrieval;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last few cross-validations of this JVM, by a digest of everything {@link FaqCrossValidation#run} reads: the
 * dimensions, the choices, every entry's fields and every phrasing's entry, text and vector, in order. The run is a
 * deterministic function of these (seeded training, no threads), so a hit is the result a new run would give. An
 * index rebuilt from the same FAQ and vectors (a reload, another app of the same JVM) is then not cross-validated
 * again.
 */
final class CrossValidationMemo {

    /** Results kept; each is a few trials per phrasing. */
    static final int SIZE = 4;

    private static final Map<String, FaqCrossValidation.Result> RESULTS = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, FaqCrossValidation.Result> eldest) {
            return size() > SIZE;
        }
    };

    private CrossValidationMemo() {
    }

    /** The result kept for these inputs, or {@code run}'s, then kept. */
    static FaqCrossValidation.Result get(int dimensions, List<FaqEntry> entries, List<FaqIndex.Phrasing> phrasings,
                                         int choices, Supplier<FaqCrossValidation.Result> run) {
        String key = key(dimensions, entries, phrasings, choices);
        synchronized (RESULTS) {
            FaqCrossValidation.Result kept = RESULTS.get(key);
            if (kept != null) {
                return kept;
            }
        }
        FaqCrossValidation.Result result = run.get(); // outside the lock: two different FAQs run side by side
        synchronized (RESULTS) {
            RESULTS.put(key, result);
        }
        return result;
    }

    static String key(int dimensions, List<FaqEntry> entries, List<FaqIndex.Phrasing> phrasings, int choices) {
        MessageDigest digest = sha256();
        ByteBuffer numbers = ByteBuffer.allocate(16);
        numbers.putInt(dimensions).putInt(choices).putInt(entries.size()).putInt(phrasings.size());
        digest.update(numbers.array());
        for (FaqEntry e : entries) {
            number(digest, e.id());
            text(digest, e.question());
            text(digest, e.answer());
            text(digest, e.category());
            text(digest, e.language());
            texts(digest, e.keywords());
            texts(digest, e.phrasings());
        }
        ByteBuffer vector = ByteBuffer.allocate(0);
        for (FaqIndex.Phrasing p : phrasings) {
            number(digest, p.entryId());
            text(digest, p.text());
            if (vector.capacity() != 4 * p.vector().length) {
                vector = ByteBuffer.allocate(4 * p.vector().length);
            }
            vector.clear();
            vector.asFloatBuffer().put(p.vector());
            number(digest, p.vector().length);
            digest.update(vector.array());
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    private static void texts(MessageDigest digest, List<String> texts) {
        number(digest, texts == null ? -1 : texts.size());
        if (texts != null) {
            texts.forEach(t -> text(digest, t));
        }
    }

    /** A text with its length first (null apart from empty), so that no two sequences of texts read alike. */
    private static void text(MessageDigest digest, String text) {
        if (text == null) {
            number(digest, -1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        number(digest, bytes.length);
        digest.update(bytes);
    }

    private static void number(MessageDigest digest, long n) {
        digest.update(ByteBuffer.allocate(8).putLong(n).array());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
