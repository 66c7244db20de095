package org.answerdesk.dialogue;

/**
 * Regional spellings of a word the lexicons list: dialects change a vowel ("ond" for "und", "veru" for "vero"), rarely
 * the consonants.
 */
final class Spellings {

    /** The vowels a regional form may have in place of the word's own. */
    private static final String VOWELS = "aeiou";
    /** The shortest word whose final vowel a region may change ("veru" for "vero", "echta" for "echte"). */
    private static final int FINAL = 4;
    /** The shortest word a region may change a vowel inside of ("mönsch" for "mensch"); never the first letter. */
    private static final int INNER = 6;

    /** The fewest letters a listed word and a customer's word need to be near by a typo (retrieval's rule). */
    static final int NEAR = 5;

    private Spellings() {
    }

    /**
     * Whether {@code word} is {@code listed}, a regional form of it ({@link #regional}) or one typo from it with the
     * same first letter, both of {@value #NEAR} letters or more (retrieval's near-word rule), the typo not at the
     * word's end (that is an inflection): "richtije" for "richtige", "sombody" for "somebody", "persn" for "person".
     */
    static boolean near(String listed, String word) {
        return regional(listed, word) || listed.length() >= NEAR && word.length() >= NEAR
                && listed.charAt(0) == word.charAt(0) && !inflected(listed, word)
                && org.answerdesk.retrieval.ContentTerms.oneTypoApart(listed, word);
    }

    /**
     * Whether {@code word} is one of {@code listed} exactly, an entry ending in {@code *} a prefix ("danke*"): a word
     * list read without the spellings {@link #near} allows.
     */
    static boolean listed(java.util.List<String> listed, String word) {
        if (word.isEmpty()) {
            return false;
        }
        // a loop, no stream and no prefix cut per entry: the person request reads every word of a message so
        for (String e : listed) {
            if (e.endsWith("*") ? prefix(e, word) : word.equals(e)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} starts with {@code entry} less its closing {@code *}. */
    private static boolean prefix(String entry, String word) {
        return word.regionMatches(0, entry, 0, entry.length() - 1);
    }

    /**
     * Whether {@code word} is one of {@code listed} as {@link #near} reads it, an entry ending in {@code *} a prefix
     * ("danke*"): how the act readers match a customer's word against a word list.
     */
    static boolean anyNear(java.util.List<String> listed, String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (String e : listed) {
            if (e.endsWith("*") ? prefix(e, word) : near(e, word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two words differ only in their last letter or by a letter added at the end: an inflection ("passer" and
     * "passez", "vraie" and "vraies"), another word of the language, never a typo.
     */
    private static boolean inflected(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return longer.startsWith(shorter) || shorter.length() == longer.length()
                && a.regionMatches(0, b, 0, a.length() - 1);
    }

    /**
     * Whether {@code word} is {@code listed} or a regional form of it: one vowel changed, at the end of a word of
     * {@value #FINAL} letters or more, or inside (not the first letter) one of {@value #INNER} or more. Shorter words
     * change meaning with a vowel ("staff", "stuff").
     */
    static boolean regional(String listed, String word) {
        if (listed.equals(word)) {
            return true;
        }
        int at = vowelSwapAt(listed, word, VOWELS);
        return at == word.length() - 1 && word.length() >= FINAL || at > 0 && word.length() >= INNER;
    }

    /**
     * Where {@code word} differs from {@code listed} by one vowel of {@code vowels} in place of another, and nowhere
     * else; -1 where the two differ otherwise, in length, or not at all.
     */
    static int vowelSwapAt(String listed, String word, String vowels) {
        if (listed.length() != word.length()) {
            return -1;
        }
        int at = -1;
        for (int i = 0; i < listed.length(); i++) {
            char a = listed.charAt(i);
            char w = word.charAt(i);
            if (a != w) {
                if (at >= 0 || vowels.indexOf(a) < 0 || vowels.indexOf(w) < 0) {
                    return -1;
                }
                at = i;
            }
        }
        return at;
    }
}
