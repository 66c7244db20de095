package org.answerdesk.dialogue;

/**
 * Regional spellings of a word the lexicons list: dialects change a vowel ("ond" for "und", "veru" for "vero"), rarely
 * the consonants.
 */
final class Spellings {

    /**
     * The vowels of the shipped languages' folded words: those a regional form may have in place of the word's own,
     * and the final vowel a dialect cuts ({@link PersonForms}, {@link DemandShape}).
     */
    static final String VOWELS = "aeiou";
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
    /** The longest word a scaled spelling is read for; past it a word is no person's or verb's spelling. */
    static final int LONGEST = 24;

    /**
     * Whether {@code word} is {@code listed} spelt otherwise as dialects write it, scaled by length: one edit for words
     * of five or six letters, two for seven or more ("sprekke" for "spreken"), counted on the shorter of the two; a
     * word of three or four letters only by a vowel changed inside ("mins" for "mens"); the first letter the same, or
     * an "h" dropped ("umano" for "humano"). A longer word that starts with the whole listed one and goes on for two
     * letters or more is another word ("personal", "menschenmenge"). Read only where the shape of a message asks for it
     * ({@link DemandShape}): alone, two edits make many words each other's.
     */
    static boolean scaled(String listed, String word) {
        if (listed.equals(word)) {
            return true;
        }
        if (listed.length() > 1 && listed.charAt(0) == 'h' && word.charAt(0) != 'h') {
            listed = listed.substring(1);
        }
        int shorter = Math.min(listed.length(), word.length());
        if (shorter < 3 || word.length() > LONGEST || listed.charAt(0) != word.charAt(0)
                || word.length() >= listed.length() + 2 && word.startsWith(listed)) {
            return false;
        }
        if (shorter <= 4) {
            return vowelSwapAt(listed, word, VOWELS) > 0;
        }
        return withinEdits(listed, word, shorter >= 7 ? 2 : 1);
    }

    /**
     * Whether {@link #scaled} reads {@code word} as one of {@code listed}; an entry ending in {@code *} a prefix, or
     * its stem spelt otherwise ("kollegn" for "kollege*").
     */
    static boolean anyScaled(java.util.List<String> listed, String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (String e : listed) {
            // "personal" is no spelling of "persons": it goes on from "person"
            if (!e.endsWith("*") && word.length() >= e.length() + 2 && word.startsWith(e)) {
                return false;
            }
        }
        for (String e : listed) {
            if (e.endsWith("*") ? prefix(e, word) || scaled(e.substring(0, e.length() - 1), word) : scaled(e, word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the two words are at most {@code max} insertions, deletions or substitutions apart (one row kept). */
    static boolean withinEdits(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return false;
        }
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            int best = row[0];
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1),
                        diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
                best = Math.min(best, row[j]);
            }
            if (best > max) {
                return false;
            }
        }
        return row[b.length()] <= max;
    }
}
