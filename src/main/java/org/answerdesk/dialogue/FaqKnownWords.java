package org.answerdesk.dialogue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.answerdesk.retrieval.ContentTerms;
import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * Whether the shop's FAQ knows one of a message's words: a content term of the entries nearest to a lookup text
 * (their questions and answers), the one reading of "known to the FAQ" for {@link UnknownWordsAct} ("vabbè sì" beside
 * words no entry has) and {@link WaitUnknownToFaq} ("how long?" about nothing the FAQ names). A word shorter than
 * {@value #SHORT} letters counts only where the entries say it whole: they share "bess" of Cologne's "bis" only by the
 * stem of "nachbessern".
 */
final class FaqKnownWords {

    /** The fewest letters of a word the entries know by its stem alone. */
    static final int SHORT = 5;

    private FaqKnownWords() {
    }

    /** Whether one of {@code words} is known to the entries nearest to {@code lookup}. */
    static boolean anyKnown(List<String> words, String lookup, Locale language, Function<String, Retrieval> faq) {
        Set<String> known = new HashSet<>();
        StringBuilder said = new StringBuilder(" ");
        for (FaqMatch m : faq.apply(lookup).matches()) {
            known.addAll(ContentTerms.of(m.question() + " " + m.answer(), language));
            said.append(ActRules.folded(m.question() + " " + m.answer())).append(' ');
        }
        return words.stream().anyMatch(w -> ContentTerms.of(w, language).stream().anyMatch(known::contains)
                && (w.length() >= SHORT || said.indexOf(" " + w + " ") >= 0));
    }
}
