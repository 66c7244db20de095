package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * A follow-up to an answer that {@link TopicFollowUp}'s short cue misses: longer than its few words, or naming words
 * of its own, but asking, pointing back ({@link FollowUpCue}) or going on ("and ..."). It is read alone and with the
 * question answered, and answered only where one reading fits clearly:
 * <ul>
 * <li>its best reading is the entry just given ("wie lange habe ich Zeit dafür?" after the answer that says 14 days,
 * "was kostet die lieferung nach zähringen" after the delivery prices): that entry again, never "sorry that didn't
 * help";</li>
 * <li>its own words name another entry and none of them is in the answer given ("is there parking?"): that entry;</li>
 * <li>it points back and the reading with the question finds the topic's entry ("can I use one on sale items?" after
 * the gift cards, alone the discount-code rule): the topic's entry; not confident: choices of the topic;</li>
 * <li>the reading with the question finds the entry just given, while its own reading is sure of nothing, has that
 * entry nowhere among its closest three and the answer states none of its own words ("when will the amount be
 * credited?" after the return label): choices led by its own reading's entry, never the same answer again (set 15);</li>
 * <li>unsure alone, confident with the question: that reading ("il est gros, un berger allemand");</li>
 * <li>unsure both ways, asking about words the answer given names ("e il minimo d'ordine?"): that answer.</li>
 * </ul>
 * Otherwise it is decided as any question (empty).
 */
final class WiderFollowUp {

    /** How many of a reading's closest entries are read for the entry given, and offered at most. */
    private static final int CLOSEST = 3;

    private final Questions questions;

    WiderFollowUp(Questions questions) {
        this.questions = questions;
    }

    Optional<Action> read(Turn turn, String question, String lookup, String before, LastReply given,
                          FollowUpReadings readings) {
        Locale lang = turn.lang();
        if (!FollowUpCue.may(question, lookup, lang)) {
            return Optional.empty();
        }
        boolean back = FollowUpCue.pointsBack(question, lang);
        Set<String> own = FollowUps.own(lookup, before, lang);
        FaqMatch answer = new FaqMatch(given.entryId(), "", given.text() == null ? "" : given.text(), 0);
        Retrieval alone = readings.alone();
        Optional<FaqMatch> aloneBest = alone.confident() ? alone.best() : Optional.empty();
        long entry = given.entryId();
        if (aloneBest.filter(a -> a.entryId() == entry).isPresent()) {
            // the same entry, asked about: it answers, also for a thing it does not name ("was kostet die lieferung
            // nach zähringen" after the delivery prices, "can I pay in bitcoin?" after the payment methods): the
            // FAQ's best answer to a question, never "sorry that didn't help" and other entries
            return Optional.of(again(aloneBest.get(), alone));
        }
        if (aloneBest.isPresent() && !own.isEmpty() && FollowUps.names(aloneBest.get(), own)
                && own.stream().noneMatch(w -> FollowUps.names(answer, Set.of(w)))) {
            return Optional.empty(); // a thing of its own, which the answer given does not name: a new question
        }
        if (aloneBest.isPresent() && !back) {
            return Optional.empty();
        }
        Retrieval together = readings.together();
        if (together.confident() && together.best().isPresent()) {
            FaqMatch top = together.best().get();
            if (top.entryId() == entry && strays(alone, own, answer, back)
                    && Facets.asked(question, lang).isEmpty()) { // a facet asked: FacetFollowUp finds the entry stating it
                // "when will the amount be credited?" after the label answer: the topic's reading finds the entry
                // given, the message's own words another; never the same answer to a new question
                return Optional.of(elsewhere(alone, together, entry));
            }
            // both readings agree ("¿y dónde consigo el certificado?" after the trial: the certificate's entry)
            if (top.entryId() == entry || aloneBest.filter(a -> a.entryId() == top.entryId()).isPresent()
                    || aloneBest.isEmpty() && alone.matches().stream().limit(Action.Clarify.SHOWN).anyMatch(m -> m.entryId() == top.entryId())) {
                return Optional.of(new Action.FaqAnswer(top, together.confidence(), List.of(), null, false));
            }
            return aloneBest.isPresent() ? Optional.of(ask(together)) : Optional.empty();
        }
        if (aloneBest.isPresent()) {
            // points back, the topic unsure: ask, on the topic; but where its own words are the entry its own reading
            // found ("j'ai pas mes papiers sur moi ils sont dedans": the papers' entry, "ils" the papers), that entry
            FaqMatch found = aloneBest.get();
            long ownStated = FollowUps.stated(found.question() + " " + found.answer(), own);
            return ownStated > FollowUps.stated(answer.answer(), own) ? Optional.of(again(found, alone))
                    : Optional.of(ask(together));
        }
        if (!own.isEmpty() && FollowUpCue.asks(question, lang) && FollowUps.names(answer, own)) {
            return alone.matches().stream().filter(m -> m.entryId() == entry).findFirst()
                    .or(() -> together.matches().stream().filter(m -> m.entryId() == entry).findFirst())
                    .map(m -> (Action) new Action.FaqAnswer(m, together.confidence(), List.of(), null, false));
        }
        return Optional.empty();
    }

    /**
     * Whether a follow-up asks something the entry given does not say: it does not point back, its own reading is
     * confident of nothing and has the entry given nowhere among its {@value #CLOSEST} closest, and the answer given
     * states none of its own words ("ond mit 25er scheitle?" after the prices that state "Scheitlänge" asks of them).
     */
    private static boolean strays(Retrieval alone, Set<String> own, FaqMatch answer, boolean back) {
        return !back && !alone.confident() && !own.isEmpty() && !alone.matches().isEmpty()
                && alone.matches().stream().limit(CLOSEST).noneMatch(m -> m.entryId() == answer.entryId())
                && FollowUps.stated(answer.answer(), own) == 0;
    }

    /**
     * The entries a follow-up that strays from the answer given may ask about, never that answer: its own reading's
     * closest, then the topic's others where those are fewer than {@value #CLOSEST}; none: the offer of a person. The
     * topic's reading ranks the neighbours of the question answered ("and can we book a massage too?" after the
     * parking: the check-in), which the follow-up strayed from; its own third closest may be what it asks (the spa).
     */
    private Action elsewhere(Retrieval alone, Retrieval together, long given) {
        List<FaqMatch> choices = new ArrayList<>();
        List<FaqMatch> own = questions.offerable(alone.matches()).stream().filter(m -> m.entryId() != given).toList();
        List<FaqMatch> topic = questions.offerable(together.matches()).stream().filter(m -> m.entryId() != given)
                .toList();
        for (FaqMatch m : concat(own.stream().limit(CLOSEST).toList(), topic)) {
            if (choices.size() < CLOSEST && choices.stream().noneMatch(c -> c.entryId() == m.entryId())) {
                choices.add(m);
            }
        }
        return choices.isEmpty() ? new Action.OfferPerson(Action.OfferPerson.Why.UNSURE)
                : new Action.Clarify(choices, Math.max(alone.confidence(), together.confidence()),
                        choices.get(0).entryId(), null, false);
    }

    private static List<FaqMatch> concat(List<FaqMatch> first, List<FaqMatch> second) {
        List<FaqMatch> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static Action again(FaqMatch entry, Retrieval alone) {
        return new Action.FaqAnswer(entry, alone.confidence(), List.of(), null, false);
    }

    /**
     * Its own words point away from the topic's reading: the topic's choices (the entry its own words found only where
     * that reading has it too); none: the offer of a person.
     */
    private Action ask(Retrieval together) {
        List<FaqMatch> choices = new ArrayList<>();
        for (FaqMatch m : questions.offerable(together.confident() ? together.matches() : together.choices())) {
            if (choices.size() < 3 && choices.stream().noneMatch(c -> c.entryId() == m.entryId())) {
                choices.add(m);
            }
        }
        return choices.isEmpty() ? new Action.OfferPerson(Action.OfferPerson.Why.UNSURE)
                : new Action.Clarify(choices, together.confidence(), choices.get(0).entryId(), null, false);
    }
}
