package org.answerdesk.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Hashed bag of words and word pairs of a text, the lexical half of the answer model: words such as "top up" or
 * "PIN" carry meaning the sentence vector blurs.
 */
final class LexicalFeatures {

    static final int BUCKETS = 1 << 15;

    private LexicalFeatures() {
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The distinct buckets of the text's words and adjacent word pairs, sorted. */
    static int[] buckets(String text) {
        List<String> w = words(text);
        int[] b = new int[w.size() * 2];
        int n = 0;
        for (int i = 0; i < w.size(); i++) {
            b[n++] = bucket(w.get(i));
            if (i + 1 < w.size()) {
                b[n++] = bucket(w.get(i) + ' ' + w.get(i + 1));
            }
        }
        return Arrays.stream(b, 0, n).sorted().distinct().toArray();
    }

    private static int bucket(String s) {
        int h = s.hashCode() * 0x9E3779B9;
        return (h ^ (h >>> 15)) & (BUCKETS - 1);
    }
}
