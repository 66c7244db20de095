package org.answerdesk.retrieval;

import java.util.List;
import java.util.Locale;

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
}
