package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * A short follow-up to an answer, decided by its three readings together: alone, with the customer's last question,
 * and with the question of the entry just given. Each reading ranks the FAQ's nearest entries; an entry scores the
 * sum of one over its rank in each (the reading with the entry's question counts half, as it leans to that entry by
 * construction). The rules before this one read the follow-up's words; this one checks their decision against the
 * ranking:
 * <ul>
 * <li>an answer with an entry none of the readings together puts among its first {@link #KEPT} is no confident
 * answer: the customer is asked, the ranking's first entries as choices;</li>
 * <li>choices or the offer of a person where the readings agree, the first entry ahead of the second by
 * {@link #CLEAR} of the highest score, is an answer with that entry.</li>
 * </ul>
 * The weights and {@link #KEPT} were chosen and {@link #CLEAR} fitted, leave one judged set out, on every short
 * follow-up of sets 8-27 (docs/dialogue.md, follow21).
 */
final class FollowUpVote {

    /** The longest follow-up (in words: letters and digits) decided this way. */
    static final int WORDS = 6;
    /** How many of each reading's nearest entries are ranked. */
    private static final int DEPTH = 5;
    /** The weight of the reading with the given entry's question (the other two weigh 1). */
    private static final double WITH_ENTRY = 0.5;
    /** An answer stands when its entry is among the ranking's first this many. */
    static final int KEPT = 2;
    /** The lead, as a share of the highest score, that makes the ranking's first entry an answer. */
    static final double CLEAR = 0.22;

    private final Questions questions;

    FollowUpVote(Questions questions) {
        this.questions = questions;
    }

    Action check(Turn turn, Supplier<Retrieval> retrieved, Action action) {
        Optional<LastReply> answered = turn.answered().filter(r -> r.entryId() != null && r.question() != null);
        String question = turn.reading.question();
        if (answered.isEmpty() || turn.act.isPresent() || turn.angry || turn.reading.act().isPresent()
                || words(question) > WORDS || Parts.of(question, turn.lang()).size() > 1) {
            return action;
        }
        boolean answer = action instanceof Action.FaqAnswer a && !a.picked();
        if (!answer && !open(action)) {
            return action;
        }
        String lookup = Cleanup.forLookup(question, turn.lang());
        String before = Cleanup.forLookup(Acts.read(answered.get().question(), turn.lang()).question(), turn.lang());
        String entry = questions.entry(answered.get().entryId(), answered.get().text()).question();
        List<Ranked> ranked = ranked(List.of(retrieved.get(), questions.retrieve(before + " " + lookup, turn.lang()),
                entry.isBlank() ? new Retrieval(List.of(), 0, false)
                        : questions.retrieve(entry + " " + lookup, turn.lang())));
        List<FaqMatch> offered = questions.offerable(ranked.stream().map(Ranked::match).toList());
        if (offered.isEmpty()) {
            return action;
        }
        if (answer) {
            long given = ((Action.FaqAnswer) action).entry().entryId();
            boolean kept = ranked.stream().limit(KEPT).anyMatch(r -> r.match().entryId() == given);
            return kept ? action : new Action.Clarify(offered.stream().limit(Action.Clarify.SHOWN).toList(),
                    ((Action.FaqAnswer) action).confidence(), offered.get(0).entryId(), null, false);
        }
        FaqMatch first = ranked.get(0).match();
        return lead(ranked) >= CLEAR && offered.get(0).entryId() == first.entryId()
                ? new Action.FaqAnswer(first, first.score(), List.of(), null, false) : action;
    }

    /** A decision with no answer the ranking may turn into one: choices, or a person offered for want of one. */
    private static boolean open(Action action) {
        return action instanceof Action.Clarify || action instanceof Action.OfferPerson p
                && (p.why() == Action.OfferPerson.Why.UNSURE || p.why() == Action.OfferPerson.Why.NOTHING_MORE
                || p.why() == Action.OfferPerson.Why.NOT_FOUND || p.why() == Action.OfferPerson.Why.OFF_TOPIC);
    }

    /** An entry as the first reading that found it, and its score in the ranking. */
    record Ranked(FaqMatch match, double score) {
    }

    /**
     * The entries of the three readings (alone, with the last question, with the given entry's question), best
     * first by the weighted sum of one over their rank in each.
     */
    static List<Ranked> ranked(List<Retrieval> readings) {
        double[] weights = {1, 1, WITH_ENTRY};
        Map<Long, FaqMatch> first = new LinkedHashMap<>();
        Map<Long, Double> score = new LinkedHashMap<>();
        for (int r = 0; r < readings.size(); r++) {
            List<FaqMatch> matches = readings.get(r).matches();
            for (int i = 0; i < Math.min(DEPTH, matches.size()); i++) {
                FaqMatch m = matches.get(i);
                first.putIfAbsent(m.entryId(), m);
                score.merge(m.entryId(), weights[r] / (i + 1), Double::sum);
            }
        }
        List<Ranked> out = new ArrayList<>();
        score.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .forEach(e -> out.add(new Ranked(first.get(e.getKey()), e.getValue())));
        return out;
    }

    /** How far the first entry leads the second, as a share of the highest score there can be. */
    static double lead(List<Ranked> ranked) {
        double second = ranked.size() > 1 ? ranked.get(1).score() : 0;
        return ranked.isEmpty() ? 0 : (ranked.get(0).score() - second) / (2 + WITH_ENTRY);
    }

    static int words(String text) {
        return (int) java.util.regex.Pattern.compile("[\\p{L}\\p{N}_]+").matcher(text).results().count();
    }
}
