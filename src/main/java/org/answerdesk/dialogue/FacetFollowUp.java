package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * A follow-up that asks another facet of the topic ({@link Facets}: how long, from what age, what is included, what it
 * costs) never gets an answer that does not state it: "et ça prend combien de temps" after the screen prices is not
 * the screen prices again, "e isso já traz prancha e fato?" after the lesson prices not the rental prices that name a
 * board and a wetsuit. The topic's entry that states the facet wins: of the entries the follow-up's readings find
 * (alone, and with the question answered), those that state it, by their best score; one clearly ahead answers, close
 * ones are offered as choices. None: the entries the facet's plain words find with the follow-up ("idade mínima"),
 * as choices; else the topic's choices, else the offer of a person. An answer that states the facet is left as it is.
 */
final class FacetFollowUp {

    /** How far the best entry that states the facet must be ahead of the next one to be answered alone. */
    static final double AHEAD = 0.05;

    private final Questions questions;

    FacetFollowUp(Questions questions) {
        this.questions = questions;
    }

    /**
     * The decision on a follow-up after an answer, given the one the policy came to: {@code action} unless it answers
     * with an entry that does not state the facet the follow-up asks.
     */
    Action check(Turn turn, String question, java.util.function.Supplier<Retrieval> aloneReading, Action action) {
        boolean answer = action instanceof Action.FaqAnswer a && !a.picked();
        if (!(answer || action instanceof Action.Clarify) || turn.act.isPresent() || turn.angry
                || !turn.before.isEmpty()) { // several answers to one message: each its own part's
            return action;
        }
        // after an answer, or after choices the customer answered with a question of the same topic ("et pour un poêle
        // à pellets c'est le même prix?" after the duration's choices): the question before is the topic
        Optional<LastReply> answered = turn.answered().filter(r -> r.entryId() != null && r.question() != null)
                .or(() -> turn.last().filter(r -> r.offeredChoices() && r.question() != null));
        String lookup = Cleanup.forLookup(question, turn.lang());
        if (answered.isEmpty() || lookup.isBlank()
                || Noise.words(lookup).strip().split("\\s+").length > FollowUpCue.LONGEST) {
            return action;
        }
        Optional<Facets.Facet> facet = Facets.asked(question, turn.lang());
        // an answer that states the facet stands; so do choices one of which states it ("les flos ont 4 pis 9 ans"
        // after the meal prices got choices without the prices, which state the children's ages)
        if (facet.isEmpty() || answer && !facet.get().ofAnAnswer()) {
            return action; // "do you deliver on saturdays?" after the delivery times may ask of that answer
        }
        String before = TopicPart.of(answered.get().question(), turn.lang());
        if (offered(action).stream().anyMatch(m -> Facets.states(m, facet.get()))) {
            // "en voor 12 stuks hoeveel is da dan" after the solar panels' price: the topic's entry, where it states
            // the facet and the follow-up read with it is sure of it; else "ond wie lang brauchet ihr do drfir": the
            // duration leads
            return topicStating(action, answered.get(), before, lookup, facet.get(), turn.lang())
                    .orElseGet(() -> statingFirst(action, facet.get()));
        }
        Retrieval alone = aloneReading.get();
        Retrieval together = questions.retrieve(before + " " + lookup, turn.lang());
        List<FaqMatch> stating = stating(facet.get(), alone, together);
        if (!stating.isEmpty()) {
            // the hours are offered, never asserted: "entonces en sabado no?" may ask of the children's dentist
            boolean ahead = facet.get().ofAnAnswer()
                    && (stating.size() == 1 || stating.get(0).score() - stating.get(1).score() >= AHEAD);
            return ahead ? new Action.FaqAnswer(stating.get(0), Math.max(alone.confidence(), together.confidence()),
                    List.of(), null, false) : choices(stating, together.confidence());
        }
        if (!facet.get().words().isBlank()) {
            Retrieval named = questions.retrieve(lookup + " " + facet.get().words(), turn.lang());
            List<FaqMatch> found = stating(facet.get(), named);
            if (!found.isEmpty()) {
                return choices(found, named.confidence());
            }
        }
        // no entry says it: the topic's entries as choices, the entry given first ("how much is it?" after an answer
        // that names no price may still be its best guess; never asserted)
        Long given = answered.get().entryId();
        List<FaqMatch> topic = new ArrayList<>();
        if (given != null) {
            FaqMatch entry = together.matches().stream().filter(m -> m.entryId() == given).findFirst()
                    .orElseGet(() -> questions.entry(given, answered.get().text()));
            topic.addAll(entry.question().isBlank() ? List.of() : questions.offerable(List.of(entry)));
        }
        questions.offerable(together.matches()).stream()
                .filter(m -> topic.stream().noneMatch(t -> t.entryId() == m.entryId())).forEach(topic::add);
        return topic.isEmpty() ? new Action.OfferPerson(Action.OfferPerson.Why.UNSURE)
                : choices(topic, together.confidence());
    }

    /**
     * Choices after an answer whose entry states the facet asked, where the follow-up read with the question that entry
     * answered is confident of it: that entry. The choices' entries that state the facet may be of another topic (the
     * window prices state a price as the solar panels' entry does).
     */
    private Optional<Action> topicStating(Action action, LastReply answered, String before, String lookup,
                                          Facets.Facet facet, java.util.Locale lang) {
        if (!(action instanceof Action.Clarify) || !answered.answered() || answered.entryId() == null) {
            return Optional.empty();
        }
        Retrieval together = questions.retrieve(before + " " + lookup, lang);
        return together.best().filter(b -> together.confident() && b.entryId() == answered.entryId()
                        && Facets.states(b, facet) && questions.offerable(List.of(b)).size() == 1)
                .map(b -> new Action.FaqAnswer(b, together.confidence(), List.of(), null, false));
    }

    /** Choices of which some state the facet asked: those first, each group in the order offered. */
    private static Action statingFirst(Action action, Facets.Facet facet) {
        if (!(action instanceof Action.Clarify c) || Facets.states(c.choices().get(0), facet)) {
            return action;
        }
        List<FaqMatch> sorted = new ArrayList<>(c.choices().stream().filter(m -> Facets.states(m, facet)).toList());
        c.choices().stream().filter(m -> !Facets.states(m, facet)).forEach(sorted::add);
        return new Action.Clarify(sorted, c.confidence(), sorted.get(0).entryId(), c.handoffReason(), c.again());
    }

    private static List<FaqMatch> offered(Action action) {
        return action instanceof Action.FaqAnswer a ? List.of(a.entry()) : ((Action.Clarify) action).choices();
    }

    /** The entries of the readings that state the facet, each at its best score, best first. */
    private List<FaqMatch> stating(Facets.Facet facet, Retrieval... readings) {
        Map<Long, FaqMatch> best = new LinkedHashMap<>();
        for (Retrieval reading : readings) {
            for (FaqMatch m : questions.offerable(reading.matches())) {
                if (Facets.states(m, facet)) {
                    best.merge(m.entryId(), m, (x, y) -> x.score() >= y.score() ? x : y);
                }
            }
        }
        List<FaqMatch> sorted = new ArrayList<>(best.values());
        sorted.sort(Comparator.comparingDouble(FaqMatch::score).reversed());
        return sorted;
    }

    private static Action choices(List<FaqMatch> entries, double confidence) {
        List<FaqMatch> shown = entries.stream().limit(Action.Clarify.SHOWN).toList();
        return new Action.Clarify(shown, confidence, shown.get(0).entryId(), null, false);
    }
}
