package org.answerdesk.dialogue;

/**
 * Regional spellings of a word the lexicons list: dialects change a vowel ("ond" for "und", "veru" for "vero"), rarely
 * the consonants.
 */
final class Spellings {

    private Spellings() {
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
