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
 * A short follow-up the policy is unsure of, after an FAQ answer, gets choices from both of its readings: the
 * follow-up read with the FAQ question of the entry just given, and the follow-up alone. "et je le récupère vers quelle
 * date" after the framing price, "en kunnen we ook maar 1 nachtje?" after the prices and check-in: read with the entry
 * given, the entry that reading ranks next to it (the lead time, the minimum stay) is the follow-up's, while its own few
 * words found entries of other topics and the choices kept the topic's entries already given. That entry leads, the
 * follow-up's own first new entry follows (or leads, where the policy's choices led with it), then the policy's
 * choices. Where the policy's choices lead with the entry just given, they stand: the topic carries ({@link
 * TopicCarry}). By the conversation's shape only, in any language; answers and other decisions are left as they are.
 */
final class BothReadings {

    private final Questions questions;

    BothReadings(Questions questions) {
        this.questions = questions;
    }

    /** The policy's choices for a short follow-up, with the first new entry of each reading leading them. */
    Action check(Turn turn, Supplier<Retrieval> aloneReading, Action action) {
        if (!(action instanceof Action.Clarify c) || c.choices().isEmpty() || turn.act.isPresent() || turn.angry
                || !turn.before.isEmpty() || questions.llmEnabled()) {
            return action;
        }
        Locale lang = turn.lang();
        String question = turn.reading.question();
        String lookup = Cleanup.forLookup(question, lang);
        Optional<LastReply> last = turn.last();
        int count = FreeFormActs.words(Noise.words(lookup));
        if (last.isEmpty() || count == 0 || count > DialoguePolicy.FOLLOW_UP_WORDS
                || !(Parts.continues(question, lang) || count <= TopicCarry.SHORT)) {
            return action; // "c'est où exactement, je viens en voiture" asks on its own
        }
        Optional<String> topic = topic(last.get(), lang);
        if (topic.isEmpty() || c.choices().get(0).entryId() == last.get().entryId()) {
            return action; // the entry given leads as the topic carries ("und in die Schweiz?"): the policy's choice
        }
        Given given = Given.of(turn, last.get());
        Optional<FaqMatch> withTopic = firstNew(questions.retrieve(topic.get() + " " + lookup, lang), given);
        if (withTopic.isEmpty() || c.choices().get(0).entryId() == withTopic.get().entryId()) {
            return action;
        }
        Retrieval alone = aloneReading.get();
        Optional<FaqMatch> own = firstNew(alone, given);
        List<FaqMatch> choices = new ArrayList<>();
        // the follow-up's own first entry, where the policy's choices lead with it already, keeps the lead
        boolean ownLeads = own.isPresent() && c.choices().get(0).entryId() == own.get().entryId();
        (ownLeads ? own : withTopic).ifPresent(choices::add);
        (ownLeads ? withTopic : own).ifPresent(choices::add);
        choices.addAll(c.choices());
        List<FaqMatch> shown = UnsureParts.interleaved(List.of(choices), Set.of(), Action.Clarify.SHOWN);
        return new Action.Clarify(shown, c.confidence(), shown.get(0).entryId(), c.handoffReason(), c.again(),
                c.about());
    }

    /** What the follow-up is read with: after an answer from the FAQ, that entry's question; else nothing. */
    private Optional<String> topic(LastReply last, Locale lang) {
        if (!last.answered() || last.entryId() == null) {
            return Optional.empty(); // after choices, their first entry leads ({@link ChoicesTopic})
        }
        String question = questions.entry(last.entryId(), null).question();
        return question.isBlank() ? Optional.empty() : Optional.of(question);
    }

    /** What the last reply gave: its entry, and the text shown (a reply of two answers shows both). */
    private record Given(Long entryId, String shown) {

        static Given of(Turn turn, LastReply last) {
            List<HistoryTurn> history = turn.state.history();
            String before = history.isEmpty() || history.get(history.size() - 1).text() == null ? ""
                    : history.get(history.size() - 1).text();
            return new Given(last.answered() ? last.entryId() : null,
                    (last.text() == null ? "" : last.text()) + "\n" + before);
        }

        boolean gave(FaqMatch m) {
            return entryId != null && entryId == m.entryId() || !m.answer().isBlank() && shown.contains(m.answer());
        }
    }

    /** The reading's first offerable entry the last reply did not give. */
    private Optional<FaqMatch> firstNew(Retrieval reading, Given given) {
        return questions.offerable(reading.matches()).stream().filter(m -> !given.gave(m)).findFirst();
    }
}
