package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * The entries the bot's last reply gave are the topic of a short follow-up: when it keeps the last entry, when it
 * moves to another of them, and when it asks. The topic is every entry the reply answered with (a message of two
 * questions gets two), else, after choices only, the entries offered. A short follow-up that goes on ("e demora
 * muito?", "y eso cuánto sale al mes?", "et à la maison ça coûte en plus?") and names nothing the answer it got names:
 * <ul>
 * <li>asks a facet ({@link Facets}) that one entry of the topic states: that entry, never another entry that states
 * the facet for another service (the haircut's duration after the colouring was offered, the meeting-room prices after
 * the business-address service);</li>
 * <li>asks a facet several answers state (the basket prices and the delivery fee): the one answered last, never the
 * first answer again;</li>
 * <li>after several answers, its own words find one of them confidently ("e quella co' i brunelli?": the tasting
 * prices) while the reading with the whole message found another (the hours): the one its words found.</li>
 * </ul>
 * By the conversation's shape and the facets' words, in any shipped language; other decisions are left as they are.
 */
final class GivenTopic {

    private final Questions questions;

    GivenTopic(Questions questions) {
        this.questions = questions;
    }

    /** The policy's decision on the message, moved to the topic's entry where the follow-up asks of it. */
    Action check(Turn turn, Supplier<Retrieval> aloneReading, Action action) {
        Optional<LastReply> last = turn.last().filter(r -> r.question() != null && r.text() != null);
        boolean answer = action instanceof Action.FaqAnswer a && !a.picked();
        if (last.isEmpty() || !(answer || action instanceof Action.Clarify) || turn.act.isPresent() || turn.angry
                || !turn.before.isEmpty()) {
            return action;
        }
        Locale lang = turn.lang();
        String question = turn.reading.question();
        String lookup = Cleanup.forLookup(question, lang);
        String before = Cleanup.forLookup(Acts.read(last.get().question(), lang).question(), lang);
        int words = Noise.words(lookup).strip().split("\\s+").length;
        if (lookup.isBlank() || words > FollowUpCue.LONGEST
                || !Parts.continues(question, lang) && words > TopicFollowUp.WORDS) {
            return action;
        }
        Retrieval alone = aloneReading.get();
        List<FaqMatch> given = given(last.get(), lang);
        List<FaqMatch> topic = given.isEmpty() ? questions.offerable(last.get().offeredInFaq()) : given;
        if (topic.isEmpty()) {
            return action;
        }
        Set<String> own = FollowUps.own(lookup, before, lang);
        Optional<Facets.Facet> facet = Facets.asked(question, lang).filter(Facets.Facet::ofAnAnswer);
        if (facet.isPresent()) {
            return faceted(action, topic, given.size(), own, alone, facet.get());
        }
        if (answer && given.size() > 1 && alone.confident()) {
            long answered = ((Action.FaqAnswer) action).entry().entryId();
            // "e quella co' i brunelli?" after the prices and the hours: its own words chose among the answers
            return alone.best().filter(b -> b.entryId() != answered && in(given, b) && in(given, answered))
                    .map(b -> (Action) new Action.FaqAnswer(b, alone.confidence(), List.of(), null, false))
                    .orElse(action);
        }
        return action;
    }

    private Action faceted(Action action, List<FaqMatch> topic, int answers, Set<String> own, Retrieval alone,
                           Facets.Facet facet) {
        List<FaqMatch> stating = topic.stream().filter(m -> Facets.states(m, facet)).toList();
        if (stating.isEmpty() || !(action instanceof Action.FaqAnswer a)) {
            return action;
        }
        long answered = a.entry().entryId();
        if (!in(topic, answered)) {
            // another entry that states the facet, for something of the follow-up's own the topic does not name
            // ("and the shipping, how much?"): that entry; else the topic's ("al mes" is in both)
            boolean named = !own.isEmpty() && (FollowUps.names(a.entry(), own)
                    && stating.stream().noneMatch(m -> FollowUps.names(m, own)) || statesMore(a.entry(), stating, own));
            return named ? action : pick(answers > 1 ? stating.subList(0, 1) : stating, alone);
        }
        // one of several answers, the facet stated by more than one: the one answered last, as the topic of several
        // answers is ({@link TopicPart}), unless its own words chose the other
        boolean chosen = alone.confident() && alone.best().filter(b -> b.entryId() == answered).isPresent();
        return answers > 1 && stating.size() > 1 && !chosen ? pick(stating.subList(0, 1), alone) : action;
    }

    /**
     * The follow-up's own words are the answered entry's more than any topic entry's, by stem ("how long do refunds
     * take?" after the password answer: "refunds" is the refund entry's "refund"): a new question, not a follow-up.
     */
    private static boolean statesMore(FaqMatch answered, List<FaqMatch> stating, Set<String> own) {
        long mine = FollowUps.stated(answered.question() + " " + answered.answer(), own);
        return mine > 0 && stating.stream().allMatch(m -> FollowUps.stated(m.question() + " " + m.answer(), own) < mine);
    }

    private static Action pick(List<FaqMatch> stating, Retrieval alone) {
        if (stating.size() == 1) {
            return new Action.FaqAnswer(stating.get(0), alone.confidence(), List.of(), null, false);
        }
        List<FaqMatch> shown = stating.stream().limit(Action.Clarify.SHOWN).toList();
        return new Action.Clarify(shown, alone.confidence(), shown.get(0).entryId(), null, false);
    }

    /**
     * The entries the last reply answered with, the one answered last first: the entry it names, and where the message
     * it answered asked several questions, the entry each part alone is confident of (the reply of two answers, or of
     * an answer and choices for the other part, holds them all).
     */
    List<FaqMatch> given(LastReply last, Locale lang) {
        String asked = Acts.read(last.question(), lang).question();
        List<String> parts = Parts.of(asked, lang);
        if (parts.size() < 2) {
            parts = Parts.joined(asked, lang);
        }
        List<List<String>> splits = new ArrayList<>();
        if (parts.size() > 1) {
            splits.add(parts);
        } else if (last.offeredChoices()) {
            // an answer and choices for a loosely joined other half ("... las cartas y los paquetes ...")
            splits.addAll(LooseJoin.splits(asked, lang).stream().limit(LooseJoin.TRIED).toList());
        }
        Map<Long, FaqMatch> found = new LinkedHashMap<>();
        for (List<String> split : splits) {
            for (int i = split.size() - 1; i >= 0; i--) {
                Retrieval read = questions.retrieve(Cleanup.forLookup(Parts.withoutAnd(split.get(i), lang), lang),
                        lang);
                questions.confident(read).filter(a -> a instanceof Action.FaqAnswer).map(a -> ((Action.FaqAnswer) a)
                        .entry()).filter(m -> !questions.offerable(List.of(m)).isEmpty()
                                && last.offered().stream().noneMatch(o -> o.entryId() == m.entryId()))
                        .ifPresent(m -> found.putIfAbsent(m.entryId(), m));
            }
        }
        if (last.answered() && last.entryId() != null && !found.containsKey(last.entryId())) {
            FaqMatch entry = questions.entry(last.entryId(), last.text());
            if (!entry.question().isBlank()) {
                found.put(entry.entryId(), entry);
            }
        }
        return new ArrayList<>(found.values());
    }

    private static boolean in(List<FaqMatch> entries, FaqMatch entry) {
        return in(entries, entry.entryId());
    }

    private static boolean in(List<FaqMatch> entries, long entryId) {
        return entries.stream().anyMatch(m -> m.entryId() == entryId);
    }
}
