package org.answerdesk.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.answerdesk.retrieval.ContentTerms;

/**
 * The language's own words of pushing back and of asking ({@code pushback}, {@code phrase.not_helped}, {@code asks}:
 * "help", "answer", "asked"), as content terms: said in a push-back, they name nothing. A dialect's ending on one of
 * them is the same word ("preguntao" for "preguntado", "perguntô" for "perguntou"): a term that a listed stem of
 * {@value #STEM} letters or more begins, with at most {@value #ENDING} letters more, is one of them too.
 */
final class PushBackWords {

    /** The shortest listed stem a longer term may end differently from. */
    static final int STEM = 5;
    /** The most letters a dialect's ending adds to a listed stem. */
    static final int ENDING = 2;

    /** What is not a letter in a lexicon's pattern line. */
    private static final Pattern LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Lexicon.PerLanguage<Set<String>> OWN = Lexicon.perLanguage(
            l -> own(l, Locale.forLanguageTag(l.language())));

    private PushBackWords() {
    }

    /** Whether the content term {@code term} is one of the language's own words of pushing back or asking. */
    static boolean own(String term, Locale language) {
        Set<String> own = OWN.get(language).orElse(Set.of());
        if (own.contains(term)) {
            return true;
        }
        for (int end = term.length() - 1; end >= STEM && term.length() - end <= ENDING; end--) {
            if (own.contains(term.substring(0, end))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> own(Lexicon lexicon, Locale language) {
        StringBuilder words = new StringBuilder();
        for (String key : List.of("pushback", "phrase.not_helped", "asks")) {
            lexicon.lines(key).forEach(l -> words.append(' ').append(LETTERS.matcher(l).replaceAll(" ")));
        }
        return Set.copyOf(ContentTerms.withConcepts(words.toString(), language));
    }
}
