package org.answerdesk.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.answerdesk.retrieval.ContentTerms;
import org.answerdesk.retrieval.FaqEntry;
import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * How the choices a clarification would show relate to the question: whether they share a content term (or a
 * concept) with it, and their cosines. A choice gate keeps a choice that shares a term or reaches a cosine.
 *
 * @param anyShares   some choice shares a content term or concept with the question
 * @param maxCosine   the highest cosine among the choices
 * @param rightShares the right entry (when offered) shares a term or concept with the question
 * @param rightCosine the right entry's cosine (when offered)
 */
record ChoiceFit(boolean anyShares, double maxCosine, boolean rightShares, double rightCosine) {

    /** Choices whose fit is not known: every gate keeps them. */
    static final ChoiceFit UNKNOWN = new ChoiceFit(true, 1, true, 1);

    /** Some choice survives a gate at {@code cosine}. */
    boolean anyKept(double cosine) {
        return anyShares || maxCosine >= cosine;
    }

    /** The right entry survives a gate at {@code cosine}. */
    boolean rightKept(double cosine) {
        return rightShares || rightCosine >= cosine;
    }

    /** The content terms and concepts of an FAQ's entries (question, phrasings, keywords), in its language. */
    record Terms(Locale language, Map<Long, Set<String>> byEntry) {

        static Terms of(FaqFile faq) {
            Locale language = Locale.forLanguageTag(faq.language() == null ? "en" : faq.language());
            Map<Long, Set<String>> byEntry = new HashMap<>();
            for (FaqEntry e : faq.entries()) {
                byEntry.put(e.id(), ContentTerms.withConcepts(String.join(" ", e.question(),
                        String.join(" ", e.phrasings()), String.join(" ", e.keywords())), language));
            }
            return new Terms(language, byEntry);
        }

        /** How the retrieval's choices for {@code question} relate to it; {@code expected} null out of scope. */
        ChoiceFit fit(String question, Retrieval r, Long expected) {
            Set<String> asked = ContentTerms.withConcepts(question, language);
            boolean anyShares = false;
            double maxCosine = -1;
            boolean rightShares = false;
            double rightCosine = -1;
            for (FaqMatch m : r.choices()) {
                boolean shares = byEntry.getOrDefault(m.entryId(), Set.of()).stream().anyMatch(asked::contains);
                anyShares |= shares;
                maxCosine = Math.max(maxCosine, m.score());
                if (expected != null && m.entryId() == expected) {
                    rightShares = shares;
                    rightCosine = m.score();
                }
            }
            return new ChoiceFit(anyShares, maxCosine, rightShares, rightCosine);
        }
    }
}
