package org.answerdesk.retrieval;

/**
 * A light English suffix stripper for {@link Bm25}, in the spirit of Porter's first steps: plurals, "-ed", "-ing",
 * "-ly" and a few derivations ("infection"/"infected"/"infects" meet at "infect"). It never needs to give a real
 * word, only the same key to the forms a question and a page use; short words are left alone so that "news" or
 * "bed" keep their meaning.
 */
final class EnglishStemmer {

    private static final String[][] DERIVATIONS = {
        {"ational", ""}, {"ization", ""}, {"fulness", "ful"}, {"iveness", ""}, {"ousness", "ous"},
        {"ation", ""}, {"ement", ""}, {"ness", ""}, {"ment", ""}, {"ion", ""}, {"ity", ""}, {"ive", ""},
        {"ate", ""}, {"ize", ""}, {"ise", ""}, {"al", ""}, {"ic", ""}, {"er", ""}};

    private EnglishStemmer() {
    }

    /** Plurals only (Harman's S-stemmer). */
    static String plurals(String word) {
        return word.length() < 4 ? word : plural(word);
    }

    /** Plurals, inflections and derivations. */
    static String stem(String word) {
        if (word.length() < 4 || !word.chars().allMatch(Character::isLetter)) {
            return word;
        }
        return derivation(inflection(plural(word)));
    }

    /** Harman's S-stemmer: "costs" finds "cost", "policies" "policy". */
    private static String plural(String w) {
        if (!w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
            return w;
        }
        if (w.endsWith("ies") && !w.endsWith("eies") && !w.endsWith("aies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("es") && !w.endsWith("aes") && !w.endsWith("ees") && !w.endsWith("oes")) {
            return w.substring(0, w.length() - 1);
        }
        return w.substring(0, w.length() - 1);
    }

    /** "-ed", "-ing" and "-ly", when a vowel stays before them ("shipped" -> "ship", "bring" stays). */
    private static String inflection(String w) {
        for (String suffix : new String[] {"edly", "ingly", "ing", "ed", "ly"}) {
            if (w.endsWith(suffix)) {
                String base = w.substring(0, w.length() - suffix.length());
                if (base.length() >= 3 && hasVowel(base)) {
                    // "vaccinated" -> "vaccinate", as Porter restores the e after "at", "bl" and "iz"
                    return base.endsWith("at") || base.endsWith("bl") || base.endsWith("iz") ? base + "e"
                            : undouble(base);
                }
                return w;
            }
        }
        return w;
    }

    private static String derivation(String w) {
        for (String[] rule : DERIVATIONS) {
            if (w.endsWith(rule[0])) {
                String base = w.substring(0, w.length() - rule[0].length());
                if (base.length() >= 4 && hasVowel(base)) {
                    return base + rule[1];
                }
                break;
            }
        }
        if (w.endsWith("e") && w.length() > 5) {
            return w.substring(0, w.length() - 1);
        }
        if (w.endsWith("y") && w.length() > 4) {
            return w.substring(0, w.length() - 1) + "i";
        }
        return w;
    }

    private static String undouble(String w) {
        int n = w.length();
        char last = w.charAt(n - 1);
        if (n >= 4 && last == w.charAt(n - 2) && "lsz".indexOf(last) < 0 && !isVowel(last)) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static boolean hasVowel(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (isVowel(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
