package org.answerdesk.dialogue;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The forms of a request for a person that a list of words cannot hold, read in general so that the next dialect's
 * form is read too, not only the one a judged set showed: a verb of reaching inflected or cut ("holt", "parlar",
 * "habla": a stem of {@code person.reach.stem} and an ending of {@code person.endings}, or a listed word without its
 * final vowel), a word of a person cut ("qualchedun", "quarcun": a listed {@code person.who} word without its final
 * vowel), "one of you" ({@code person.one_of}: "eenen ausm büro", "one of your lot", a person though no word of the
 * list names one) and the frame that puts someone on the line ({@code person.put} ... a person ... {@code person.put.to}:
 * "put a real person on", "get someone on the phone"). Each still needs the other half of a pair ({@link
 * PersonRequest.WordPairs}): a form of reaching and a person, two different words.
 *
 * @param stems   the stems of verbs of reaching, each read with any of {@code endings} after it
 * @param endings the language's verb endings (folded), the stem alone read too
 * @param notWith words that make a stem's form no request wherever they stand ({@code person.reach.stem.not}): a
 *                separable verb's particle ("hol ich das paket ab": picking up) or a language's name ("parlano
 *                inglese i vostri operatori?": which languages the staff speak)
 * @param oneOf   "one of you", "one from the office": a person named without a word of the list; null for none
 * @param put     the verbs that put someone on the line with a particle after the person
 * @param putTo   those particles ("on", "through")
 */
record PersonForms(List<String> stems, List<String> endings, List<String> notWith, Pattern oneOf, List<String> put,
                   List<String> putTo) {

    /** The fewest letters a listed word needs for its final vowel to be cut ("persona", not "capo"). */
    private static final int CUT = 6;
    /** The most words from the verb that puts someone on the line to the person ("put a real person on"). */
    private static final int PUT_WORDS = 4;

    static PersonForms of(Lexicon lexicon) {
        Pattern oneOf = lexicon.alternatives("person.one_of").map(a -> lexicon.compile("person.one_of",
                "(?<![\\p{L}])" + Lexicon.fold(a) + "(?![\\p{L}])")).orElse(null);
        return new PersonForms(lexicon.foldedWords("person.reach.stem"), lexicon.foldedWords("person.endings"),
                lexicon.foldedWords("person.reach.stem.not"), oneOf,
                lexicon.foldedWords("person.put"), lexicon.foldedWords("person.put.to"));
    }

    /**
     * Whether {@code word} is a listed word (of at least {@value #CUT} letters, ending in a vowel) without its final
     * vowel: the apocope of Italian, Spanish and Portuguese dialects ("parlar", "qualchedun", "chiamar").
     */
    static boolean cut(List<String> listed, String word) {
        if (word.length() < CUT - 1) {
            return false;
        }
        for (String e : listed) {
            if (e.length() == word.length() + 1 && e.length() >= CUT
                    && Spellings.VOWELS.indexOf(e.charAt(e.length() - 1)) >= 0 && e.startsWith(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word at {@code at} is a stem of reaching with one of the language's endings or none ("holt", "hol",
     * "habla"), and no word of {@link #notWith} is in {@code words}.
     */
    boolean inflected(String[] words, int at) {
        return stemmed(words[at]) && java.util.Arrays.stream(words).noneMatch(notWith::contains);
    }

    private boolean stemmed(String word) {
        for (String stem : stems) {
            if (word.startsWith(stem) && (word.length() == stem.length()
                    || endings.contains(word.substring(stem.length())))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the folded text names "one of you" ({@link #oneOf}). */
    boolean namesOneOf(String folded) {
        return oneOf != null && oneOf.matcher(folded).find();
    }

    /**
     * Whether the word at {@code at} puts someone on the line: a {@link #put} verb, a person within {@value #PUT_WORDS}
     * words after it ({@code isWho}) and a particle right after that person ("put a real person on", not "need
     * someone to put the pole up").
     */
    boolean putsOn(String[] words, int at, java.util.function.IntPredicate isWho) {
        if (put.isEmpty() || !put.contains(words[at])) {
            return false;
        }
        for (int w = at + 1; w <= at + PUT_WORDS && w + 1 < words.length; w++) {
            if (isWho.test(w) && putTo.contains(words[w + 1])) {
                return true;
            }
        }
        return false;
    }
}
