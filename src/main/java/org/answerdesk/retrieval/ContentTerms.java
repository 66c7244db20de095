package org.answerdesk.retrieval;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The content words of a text as the lexical side of retrieval reads them in its language: stop words out, stemmed,
 * folded to ASCII ("shipped" and "shipping" are one term). For a reader outside retrieval that asks whether two texts
 * are about the same things.
 */
public final class ContentTerms {

    private ContentTerms() {
    }

    /** The terms of {@code text} in {@code language}; a language without analysis gets lower case and folding. */
    public static List<String> of(String text, Locale language) {
        return LexicalAnalysis.forLanguage(language.toLanguageTag()).apply(text);
    }

    /**
     * The terms of {@code text} and, in a language with a concept lexicon, the concepts of its words (as
     * {@code "concept:NAME"}): two texts about the same things share one, in whichever words they say it.
     */
    public static Set<String> withConcepts(String text, Locale language) {
        String tag = language.toLanguageTag();
        Set<String> out = new HashSet<>(of(text, language));
        ConceptLexicon lexicon = ConceptLexicon.forLanguage(tag);
        for (String word : LexicalAnalysis.words(tag).apply(text)) {
            lexicon.concepts(word).forEach(c -> out.add("concept:" + c));
        }
        return out;
    }

    /**
     * Whether two words are one typo apart (an insertion, deletion, substitution or swap of neighbours), as retrieval
     * reads a customer's word near an FAQ's ({@code NearWords}): for a reader of other word lists by the same rule.
     */
    public static boolean oneTypoApart(String a, String b) {
        return NearWords.oneEdit(a, b);
    }
}
