package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * A continuation ("and the phones, can we take them in?", "ok. y si ya salió ...?") or a short message pointing back
 * ("do you take that back?") after a reply that was no answer (the offer of a person, an act's reply, choices), read
 * with the customer's last question as well as alone. No follow-up
 * rule after an answer looks at it ({@link TopicFollowUp}, {@link ReadWithPrevious} key on the answer given), so its
 * own few words would decide alone. Where the two readings name the same entry, or the message alone is not sure, the
 * decision is the usual one; where the own reading is sure of an entry that the reading with the question does not
 * lead with, it offers choices from both, the reading with the question first.
 */
final class QuestionBefore {

    private final Questions questions;

    QuestionBefore(Questions questions) {
        this.questions = questions;
    }

    /**
     * Choices for a continuation after a reply that was no answer whose own confident reading ({@code ownReading}) and
     * its reading with the customer's last question lead with different entries; empty where the usual decision
     * stands.
     */
    Optional<Action> read(Turn turn, String text, String question, Supplier<Retrieval> ownReading) {
        Locale lang = turn.lang();
        if (turn.last().isEmpty() || turn.last().get().answered()) {
            return Optional.empty();
        }
        Optional<String> lookup = goesOn(text, question, lang).flatMap(q -> FollowUpCue.shortLookup(q, lang));
        Optional<String> asked = lookup.flatMap(l -> lastQuestion(turn.state.history(), lang));
        Retrieval alone = asked.isPresent() ? ownReading.get() : null;
        if (alone == null || !alone.confident()) {
            return Optional.empty();
        }
        Retrieval together = questions.retrieve((Cleanup.forLookup(asked.get(), lang) + " " + lookup.get()).strip(),
                lang);
        FaqMatch own = alone.best().orElseThrow();
        if (together.far() || together.best().map(m -> m.entryId() == own.entryId()).orElse(true)) {
            return Optional.empty(); // both readings lead with it, or the question before finds nothing near
        }
        List<FaqMatch> choices = new ArrayList<>();
        // the reading with the question leads, also where it is too unsure to offer choices of its own
        List<FaqMatch> withQuestion = questions.offerable(together.clarify() ? together.choices()
                : together.matches());
        List<FaqMatch> ownFirst = questions.offerable(alone.matches());
        for (int i = 0; i < Math.max(withQuestion.size(), ownFirst.size()); i++) {
            add(choices, withQuestion, i);
            add(choices, ownFirst, i);
        }
        List<FaqMatch> shown = choices.stream().limit(Action.Clarify.SHOWN).toList();
        return shown.isEmpty() ? Optional.empty()
                : Optional.of(new Action.Clarify(shown, together.confidence(), shown.get(0).entryId(), null, false));
    }

    /**
     * Whether a message goes on from the question before: it starts with "and" ("und die Handys?"), also after an
     * acknowledgement ("ok. und die Handys?", read as its question "die Handys?"), or points back at it ("is that
     * with it too?").
     */
    static Optional<String> goesOn(String text, String question, Locale lang) {
        int at = text.lastIndexOf(question);
        String[] before = at > 0 ? text.substring(0, at).strip().split("[\\s.,;:!]+") : new String[0];
        Optional<String> withAnd = Optional.of(before.length > 0 ? before[before.length - 1] + " " + question : "")
                .filter(going -> Parts.continues(going, lang));
        return withAnd.isPresent() || !(Parts.continues(question, lang) || FollowUpCue.pointsBack(question, lang))
                ? withAnd : Optional.of(question);
    }

    private static void add(List<FaqMatch> choices, List<FaqMatch> from, int i) {
        if (i < from.size() && choices.stream().noneMatch(m -> m.entryId() == from.get(i).entryId())) {
            choices.add(from.get(i));
        }
    }

    /**
     * The customer's last message before this one that asked something: acts ("ah ok, thanks"), a request for a
     * person, noise left out; its question less any act around it.
     */
    static Optional<String> lastQuestion(List<HistoryTurn> history, Locale lang) {
        for (int i = history.size() - 1; i >= 0; i--) {
            HistoryTurn said = history.get(i);
            if (!said.fromCustomer() || said.text() == null || said.text().isBlank()) {
                continue;
            }
            Acts.Reading reading = Acts.read(said.text(), lang);
            String question = reading.question().strip();
            if (!reading.onlyAct() && !question.isEmpty() && !Noise.mash(question) && !Noise.onlyEmoji(question)
                    && !PersonRequest.asksForPerson(question, lang)) {
                return Optional.of(question);
            }
        }
        return Optional.empty();
    }
}
