package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.answerdesk.retrieval.FaqMatch;

/**
 * Which entry states what a follow-up asks of the topic: a detail or an exception of the entry just given ("serve il
 * certificato anche x la prova" after the trial-day answer, which says the trial needs none; "mein Arbeitgeber sitzt
 * aber in Hessen" after the answer that lists Hessen). Its own few words alone find the rule ("per allenarsi serve un
 * certificato"), which names them only in part; the entry that states the exception names its qualifier too. The
 * candidates are the entry given, the entries the follow-up read with the question answered finds, and the entry its
 * own words find; the one that states the most of the follow-up's own words wins, a tie going to the first of the
 * reading with the question answered. The winner states at least half of the follow-up's own words, or two of them, or names one.
 */
final class FollowUpDetail {

    private FollowUpDetail() {
    }

    /**
     * The entry that states the most of {@code own}; empty when none states any, or when the tie cannot be broken by
     * {@code topic}'s order.
     *
     * @param given the entry just given
     * @param topic the follow-up read with the question answered, best first
     * @param alone the confident reading of the follow-up's own words, if any
     */
    static Optional<FaqMatch> stating(Set<String> own, FaqMatch given, List<FaqMatch> topic, Optional<FaqMatch> alone) {
        if (own.isEmpty()) {
            return Optional.empty();
        }
        List<FaqMatch> candidates = new ArrayList<>();
        candidates.add(given);
        topic.forEach(candidates::add);
        alone.ifPresent(candidates::add);
        long most = candidates.stream().mapToLong(c -> stated(c, own)).max().orElse(0);
        if (most == 0) {
            return Optional.empty();
        }
        List<FaqMatch> best = candidates.stream().filter(c -> stated(c, own) == most)
                .filter(distinct(new java.util.HashSet<>()))
                // at least half of its own words, or two, or a name ("Hessen"): one stray word decides nothing
                // ("person" of "i want a person to look at this" in "personalised items")
                .filter(c -> most * 2 >= own.size() || most >= 2
                        || own.stream().anyMatch(w -> FollowUps.namesAThing(c, Set.of(w)))).toList();
        if (best.size() == 1) {
            return Optional.of(best.get(0));
        }
        // a tie: the reading with the question answered decides ("e poi il certificato dove lo faccio" after the
        // trial: that reading's first, the certificate's entry), the entry given after the entries it finds
        return best.stream().min(Comparator.comparingInt(c -> rank(c, given, topic)))
                .filter(c -> rank(c, given, topic) < Integer.MAX_VALUE);
    }

    private static long stated(FaqMatch entry, Set<String> own) {
        return FollowUps.stated(entry.question() + " " + entry.answer(), own);
    }

    private static int rank(FaqMatch c, FaqMatch given, List<FaqMatch> topic) {
        for (int i = 0; i < topic.size(); i++) {
            if (topic.get(i).entryId() == c.entryId()) {
                return i;
            }
        }
        return c.entryId() == given.entryId() && topic.stream().noneMatch(t -> t.entryId() == given.entryId())
                ? topic.size() : Integer.MAX_VALUE;
    }

    private static java.util.function.Predicate<FaqMatch> distinct(Set<Long> seen) {
        return m -> seen.add(m.entryId());
    }
}
