package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * A confident answer to a short follow-up of an answer that neither of its readings holds is asked about instead: a
 * confident wrong answer to a follow-up is the worst reply. "et l'aprem aussi ?" after the Sunday hours and the
 * delivery, answered with the cancellation rules; "et faut payer quoi d'avance ?" after the special order, answered
 * with the gift cards; "hoe snel moet ik dat doorgeven?" after the weekend delivery, answered with that entry again.
 * <ul>
 * <li>An entry the last reply did not give, which neither the follow-up alone nor the follow-up read with the question
 * answered leads with confidently, while that reading is confident of another entry: choices, that reading's entry
 * first, the follow-up's own confident entry next, then the answer's.</li>
 * <li>An entry the last reply gave, while both readings are confident of other entries: the same choices.</li>
 * </ul>
 * The entry just given, given again, stands: the follow-up's own few words scoring another entry higher turned right
 * answers into choices more often than wrong ones (replay15, set 23 fr 2.2).
 * An entry that states the follow-up's own words as a name ("Hessen"), or two of them, or that the follow-up alone
 * puts first or scores highest, stands. Short: at most {@link TopicFollowUp#WORDS} words, or one that goes on ("and …"). By the
 * conversation's shape and the FAQ's own words, in any language; other decisions are left as they are.
 */
final class FarFollowUp {

    private final Questions questions;

    FarFollowUp(Questions questions) {
        this.questions = questions;
    }

    /** The policy's answer to a short follow-up, or choices where neither reading of the follow-up holds it. */
    Action check(Turn turn, Supplier<Retrieval> aloneReading, Action action) {
        Optional<LastReply> last = turn.answered().filter(r -> r.entryId() != null && r.question() != null
                && r.text() != null);
        if (!(action instanceof Action.FaqAnswer a) || a.picked() || last.isEmpty() || turn.act.isPresent()
                || turn.angry || !turn.before.isEmpty() || questions.llmEnabled()) {
            return action;
        }
        Locale lang = turn.lang();
        String question = turn.reading.question();
        String lookup = Cleanup.forLookup(question, lang);
        int words = FreeFormActs.words(Noise.words(lookup));
        long lastEntry = last.get().entryId();
        FaqMatch answer = a.entry();
        // a follow-up says it goes on or is short
        boolean longer = words > TopicFollowUp.WORDS && !Parts.continues(question, lang);
        if (lookup.isBlank() || Parts.of(question, lang).size() > 1 || words > FollowUpCue.LONGEST || longer) {
            return action;
        }
        String before = Cleanup.forLookup(Acts.read(last.get().question(), lang).question(), lang);
        if (Noise.words(lookup).equals(Noise.words(before))) {
            return action; // asked again
        }
        Set<String> own = FollowUps.own(lookup, before, lang);
        long stated = FollowUps.stated(answer.question() + " " + answer.answer(), own);
        boolean gave = lastEntry == answer.entryId() || !answer.answer().isBlank()
                && last.get().text().contains(answer.answer());
        if (stated >= 2 || FollowUps.namesAThing(answer, own)
                || !gave && Facets.asked(question, lang).filter(f -> Facets.states(answer, f)).isPresent()) {
            return action; // its own words are that entry's, or a new entry states what is asked ("do I pay for it?")
        }
        Retrieval alone = aloneReading.get();
        Optional<FaqMatch> aloneBest = alone.confident() ? alone.best() : Optional.empty();
        if (alone.best().filter(b -> b.entryId() == answer.entryId()).isPresent() || nearest(alone, answer)) {
            return action; // the entry its own words come nearest to, in the retriever's order (sure or not) or by score
        }
        Retrieval together = questions.retrieve(before + " " + lookup, lang);
        Optional<FaqMatch> topic = together.confident() ? together.best() : Optional.empty();
        if (topic.isEmpty() || topic.get().entryId() == answer.entryId()) {
            // read with the question, sure of no other entry: the answer stands, also where the follow-up's own few
            // words score another entry higher ("le bungalow … ca revient a combien" after the mobile homes' prices)
            return action;
        }
        if (gave && aloneBest.isEmpty()) {
            return action;
        }
        List<FaqMatch> shown = new ArrayList<>(List.of(topic.get()));
        aloneBest.ifPresent(shown::add);
        shown.add(answer);
        return choices(shown, together).orElse(action);
    }

    /** Whether the entry is the one the follow-up alone scores highest: its own words' entry. */
    private static boolean nearest(Retrieval alone, FaqMatch answer) {
        return alone.matches().stream().max(java.util.Comparator.comparingDouble(FaqMatch::score))
                .filter(m -> m.entryId() == answer.entryId()).isPresent();
    }

    /** The entries as choices, where at least two can be offered. */
    private Optional<Action> choices(List<FaqMatch> entries, Retrieval reading) {
        List<FaqMatch> shown = UnsureParts.interleaved(List.of(questions.offerable(entries)), Set.of(),
                Action.Clarify.SHOWN);
        return shown.size() < 2 ? Optional.empty()
                : Optional.of(new Action.Clarify(shown, reading.confidence(), shown.get(0).entryId(), null, false));
    }
}
