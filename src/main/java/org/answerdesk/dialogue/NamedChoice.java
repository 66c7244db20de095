package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongFunction;

import org.answerdesk.retrieval.ContentTerms;
import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * The choices offered for an unsure half beside an answered one, led by the entry the half's own words name: "wat kost
 * het als ik een hele dag sta? en kan ik laden" answers the charging half and offers the day's price half its closest
 * entries, where the score may put the parking price third behind the location and the subscriptions. Among the half's
 * {@link HalfWords#RIVALS} closest entries not answered, one that shares at least {@link HalfWords#SHARED} of the half's
 * terms (the entry's question, keywords and phrasings: the shop's own wording) and more than every other goes first.
 * Only the order of what is offered changes: the half is still not answered on it (its reading is not confident).
 */
final class NamedChoice {

    /** The fewest letters of a term read as a compound's part. */
    static final int STEM = 3;

    private NamedChoice() {
    }

    /** The half's reading with the named entry first among its matches and choices; as it is otherwise. */
    static Retrieval led(String half, Retrieval found, Set<Long> answered, LongFunction<List<String>> wording,
                         Locale language) {
        if (found.confident() || found.far() || found.matches().isEmpty()) {
            return found;
        }
        Set<String> words = ContentTerms.withConcepts(half, language);
        List<FaqMatch> near = found.matches().stream().limit(HalfWords.RIVALS)
                .filter(m -> !answered.contains(m.entryId())).toList();
        int lead = -1;
        int most = HalfWords.SHARED - 1;
        boolean tie = false;
        for (int i = 0; i < near.size(); i++) {
            int shared = shared(words, near.get(i), wording, language);
            if (shared > most) {
                lead = i;
                most = shared;
                tie = false;
            } else if (shared == most && lead >= 0) {
                tie = true;
            }
        }
        if (lead <= 0 || tie) {
            return found; // none named, or the first already is
        }
        FaqMatch named = near.get(lead);
        List<FaqMatch> choices = found.choices().isEmpty() ? found.choices()
                : first(named, found.choices(), found.choices().size());
        return new Retrieval(first(named, found.matches(), found.matches().size()), found.confidence(), false,
                choices, false);
    }

    /**
     * How many of the half's terms the entry's words hold, a term counted also where it opens one of the entry's
     * words or one of them opens it, of {@link #STEM} letters or more: "dag" in "dagtarief", a compound's first part.
     */
    static int shared(Set<String> words, FaqMatch entry, LongFunction<List<String>> wording, Locale language) {
        Set<String> terms = ContentTerms.withConcepts(
                entry.question() + " " + String.join(" ", wording.apply(entry.entryId())), language);
        int shared = 0;
        for (String w : words) {
            if (terms.contains(w) || !w.startsWith("concept:") && terms.stream().anyMatch(t -> opens(w, t))) {
                shared++;
            }
        }
        return shared;
    }

    private static boolean opens(String a, String b) {
        return !b.startsWith("concept:") && Math.min(a.length(), b.length()) >= STEM
                && (a.startsWith(b) || b.startsWith(a));
    }

    /** The entry first, then the others in their order, at most {@code most}. */
    private static List<FaqMatch> first(FaqMatch named, List<FaqMatch> matches, int most) {
        List<FaqMatch> out = new ArrayList<>(List.of(named));
        matches.stream().filter(m -> m.entryId() != named.entryId()).limit(most - 1L).forEach(out::add);
        return List.copyOf(out);
    }
}
