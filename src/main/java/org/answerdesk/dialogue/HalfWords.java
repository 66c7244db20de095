package org.answerdesk.dialogue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongFunction;

import org.answerdesk.retrieval.ContentTerms;
import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * A second reading of one half of two questions, beside the FAQ's score: whether the half's own words agree with its
 * first entry (the entry's question, keywords and phrasings) and with no rival as much. The score of a half read alone
 * on a few words is a weak sign on a shop it was not fitted on; a half whose own words name its entry, and name it
 * better than the other entries near it, is read right far more often (docs/dialogue.md, two24). Words shared by every
 * entry near ("how much", "cost") agree with rivals too and so do not count.
 */
final class HalfWords {

    /** How many of the half's content terms (or concepts) the entry's words must share. */
    static final int SHARED = 2;
    /** How many terms the entry's words must share where no other part of the message is confident. */
    static final int ALONE = 3;
    /** How many of the half's closest entries are its rivals (the first included). */
    static final int RIVALS = 3;

    private HalfWords() {
    }

    /**
     * Whether the half's first entry, not one answered already, is named by the half's own words: at least
     * {@link #SHARED} of its terms, and more than any other of its {@link #RIVALS} closest entries not answered shares.
     */
    static boolean agree(String half, Retrieval found, Set<Long> answered, LongFunction<List<String>> wording,
                         Locale language) {
        return agree(half, found, answered, wording, language, SHARED);
    }

    /**
     * Whether a half with no confident part beside it is answered with its first entry: as {@link #agree}, its own
     * words sharing at least {@link #ALONE} terms with that entry. Nothing else in the message vouches for the reading.
     */
    static boolean agreeAlone(String half, Retrieval found, Set<Long> answered, LongFunction<List<String>> wording,
                              Locale language) {
        return agree(half, found, answered, wording, language, ALONE);
    }

    private static boolean agree(String half, Retrieval found, Set<Long> answered, LongFunction<List<String>> wording,
                                 Locale language, int least) {
        if (found.far() || found.best().isEmpty() || answered.contains(found.best().get().entryId())) {
            return false;
        }
        Set<String> words = ContentTerms.withConcepts(half, language);
        List<FaqMatch> near = found.matches().stream().limit(RIVALS)
                .filter(m -> !answered.contains(m.entryId())).toList();
        int first = shared(words, near.get(0), wording, language);
        if (first < least) {
            return false;
        }
        return near.stream().skip(1).allMatch(m -> shared(words, m, wording, language) < first);
    }

    private static int shared(Set<String> words, FaqMatch entry, LongFunction<List<String>> wording,
                              Locale language) {
        Set<String> terms = new HashSet<>(ContentTerms.withConcepts(
                entry.question() + " " + String.join(" ", wording.apply(entry.entryId())), language));
        terms.retainAll(words);
        return terms.size();
    }
}
