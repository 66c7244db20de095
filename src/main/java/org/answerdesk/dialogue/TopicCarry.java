package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * A short follow-up to an answer keeps its topic among the choices: "e a ferragosto?" after the opening hours, "ond
 * samschdags?", got choices of payment, prices and the lifeguard, the hours left out (the entry given was not to be
 * repeated, and the follow-up's own word is one no entry knows). When the policy came to choices for a message that
 * goes on from the answer before it ({@link Parts#continues}) or has at most {@link #SHORT} words, and that message read
 * with the question answered leads with an entry the choices lack, that entry leads the choices: the entry given, or
 * another, where that reading is nearer to it than the message alone is to any entry. By the conversation's shape
 * only, in any language; answers and other decisions are left as they are.
 */
final class TopicCarry {

    /** The most words (cleaned) of a follow-up read this way that does not say it goes on. */
    static final int SHORT = 3;
    /** The fewest letters of a word of its own that counts ("ond" before "samschdags" does not). */
    static final int OWN_LETTERS = 4;

    private final Questions questions;

    TopicCarry(Questions questions) {
        this.questions = questions;
    }

    /** The policy's decision on the message, with the topic's entry among its choices where it belongs there. */
    Action check(Turn turn, Supplier<Retrieval> aloneReading, Action action) {
        if (action instanceof Action.FaqAnswer a && !a.picked() && turn.act.isEmpty() && !turn.angry
                && turn.before.isEmpty()) {
            return away(turn, aloneReading, a);
        }
        if (!(action instanceof Action.Clarify c) || c.choices().isEmpty() || turn.act.isPresent() || turn.angry
                || !turn.before.isEmpty()) {
            return action;
        }
        Optional<LastReply> answered = turn.answered().filter(r -> r.entryId() != null && r.question() != null);
        Locale lang = turn.lang();
        String question = turn.reading.question();
        String lookup = Cleanup.forLookup(question, lang);
        if (answered.isEmpty() || lookup.isBlank()) {
            return action;
        }
        String before = Cleanup.forLookup(Acts.read(answered.get().question(), lang).question(), lang);
        if (!followUp(question, lookup, before, lang)) {
            return action;
        }
        Retrieval together = questions.retrieve(before + " " + lookup, lang);
        Optional<FaqMatch> topic = together.best().filter(t -> questions.offerable(List.of(t)).size() == 1)
                .filter(t -> c.choices().stream().noneMatch(m -> m.entryId() == t.entryId()));
        if (topic.isEmpty() || Facets.asked(question, lang).filter(f -> Facets.states(c.choices().get(0), f)
                && !Facets.states(topic.get(), f)).isPresent()) {
            return action; // "y el finde se puede ir?": the hours that state it lead, not the entry given again
        }
        double alone = aloneReading.get().matches().stream().mapToDouble(FaqMatch::score).max().orElse(0);
        if (topic.get().entryId() != answered.get().entryId() && topic.get().score() < alone) {
            return action; // another entry, and the message alone is nearer to one of its own
        }
        List<FaqMatch> choices = new ArrayList<>();
        choices.add(topic.get());
        c.choices().stream().limit(Action.Clarify.SHOWN - 1).forEach(choices::add);
        return new Action.Clarify(choices, c.confidence(), topic.get().entryId(), c.handoffReason(), c.again());
    }

    /**
     * An answer to a follow-up that goes on from the answer before it ("e se arrivo solo dopo pranzo?" after the
     * prices) with another entry, which neither the follow-up alone is confident of nor names its own words, while the
     * follow-up read with the question answered is confident of the entry given: its own few words pointed away from
     * the topic ("dopo" and "arrivati" in the booking rules). The customer is asked: the topic's entry first, then the
     * one its words found; never that answer confidently.
     */
    private Action away(Turn turn, Supplier<Retrieval> aloneReading, Action.FaqAnswer answer) {
        Optional<LastReply> answered = turn.answered().filter(r -> r.entryId() != null && r.question() != null);
        Locale lang = turn.lang();
        String question = turn.reading.question();
        if (answered.isEmpty() || answer.entry().entryId() == answered.get().entryId()
                || !Parts.continues(question, lang)
                || Facets.asked(question, lang).filter(f -> Facets.states(answer.entry(), f)).isPresent()) {
            return answer; // "and do I have to pay to send it back?": the entry that states the price
        }
        String lookup = Cleanup.forLookup(question, lang);
        String before = Cleanup.forLookup(Acts.read(answered.get().question(), lang).question(), lang);
        Retrieval alone = aloneReading.get();
        if (lookup.isBlank() || alone.confident() && alone.best().filter(b -> b.entryId() == answer.entry().entryId())
                .isPresent() || FollowUps.names(answer.entry(), FollowUps.own(lookup, before, lang))) {
            return answer;
        }
        Retrieval together = questions.retrieve(before + " " + lookup, lang);
        Optional<FaqMatch> topic = together.best().filter(t -> together.confident()
                && t.entryId() == answered.get().entryId() && questions.offerable(List.of(t)).size() == 1);
        if (topic.isEmpty()) {
            return answer;
        }
        List<FaqMatch> choices = new ArrayList<>(List.of(topic.get(), answer.entry()));
        questions.offerable(together.matches()).stream()
                .filter(m -> choices.stream().noneMatch(c -> c.entryId() == m.entryId()))
                .limit(Action.Clarify.SHOWN - choices.size()).forEach(choices::add);
        return new Action.Clarify(choices, together.confidence(), topic.get().entryId(), null, false);
    }

    /**
     * Whether the message goes on from the answer before it, or is short enough to lean on it, with at most one word of
     * its own of {@link #OWN_LETTERS} letters or more ("ferragosto"); "e i soldi quando tornano sulla carta?" names
     * several and asks something new.
     */
    static boolean followUp(String question, String lookup, String before, Locale lang) {
        String words = Noise.words(lookup).strip();
        boolean shape = Parts.continues(question, lang) || !words.isEmpty() && words.split("\\s+").length <= SHORT;
        return shape && FollowUps.own(lookup, before, lang).stream().filter(w -> w.length() >= OWN_LETTERS).count() <= 1;
    }
}
