package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.answerdesk.retrieval.ContentTerms;
import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * A short follow-up that names nothing of its own, sure of an entry only by its asking words, after a reply that was
 * no answer, is asked about rather than answered: "thanks. how many days will it take?" after the offer of a person
 * for a refund to a closed card is sure of the delivery time by "how many days … take", while the same words read
 * with the customer's question before lead with the refund. The reply offers both, the topic's entry first.
 * <p>
 * "Names nothing of its own": none of its content terms (function words out, stemmed; those of the question before
 * left out) is in the sure entry's question or answer and missing from the topic's entry's. A follow-up that names a
 * new need ("and the windows?", "and if the plane is late?" where the entry says plane) keeps its answer: that is what
 * made own49's rule wrong on a new need after choices the customer did not take. Only after a reply that was no answer
 * (the offer of a person, choices, an act's reply): after an answer {@link TopicFollowUp} carries the topic. No
 * threshold, no word list; never with an LLM.
 */
final class UnnamedFollowUp {

    private final Questions questions;

    UnnamedFollowUp(Questions questions) {
        this.questions = questions;
    }

    /** The decision on a message read as a question: choices led by the topic's entry where the answer is unnamed. */
    Action check(Turn turn, Supplier<Retrieval> own, Action action) {
        Optional<LastReply> last = turn.last().filter(r -> !r.answered() && r.question() != null);
        if (!(action instanceof Action.FaqAnswer sure) || sure.picked() || last.isEmpty() || turn.act.isPresent()
                || turn.angry || turn.followsTopic || !turn.before.isEmpty() || questions.llmEnabled()) {
            return action;
        }
        Locale lang = turn.lang();
        String question = turn.reading.question();
        String lookup = Cleanup.forLookup(question, lang);
        String before = Cleanup.forLookup(Acts.read(last.get().question(), lang).question(), lang);
        if (lookup.isBlank() || before.isBlank() || Parts.of(question, lang).size() > 1
                || FreeFormActs.words(Noise.words(lookup)) > FollowUpCue.LONGEST) {
            return action;
        }
        Retrieval alone = own.get();
        if (!alone.confident() || alone.best().filter(b -> b.entryId() == sure.entry().entryId()).isEmpty()) {
            return action; // the answer is no sure reading of the follow-up's own words: another rule's to weigh
        }
        Retrieval together = questions.retrieve((before + " " + lookup).strip(), lang);
        Optional<FaqMatch> topic = together.far() ? Optional.empty() : together.best();
        if (topic.isEmpty() || topic.get().entryId() == sure.entry().entryId()
                || questions.offerable(List.of(topic.get())).isEmpty()
                || namesOwn(lookup, before, sure.entry(), topic.get(), lang)) {
            return action;
        }
        List<FaqMatch> choices = new ArrayList<>(List.of(topic.get(), sure.entry()));
        for (FaqMatch m : questions.offerable(together.matches())) {
            if (choices.size() < Action.Clarify.SHOWN && choices.stream().noneMatch(c -> c.entryId() == m.entryId())) {
                choices.add(m);
            }
        }
        return new Action.Clarify(choices, alone.confidence(), topic.get().entryId(), null, false);
    }

    /**
     * Whether the follow-up names something of the sure entry's that the topic's entry does not state: one of its own
     * content terms in the sure entry's question and not in the topic's.
     */
    private static boolean namesOwn(String lookup, String before, FaqMatch sure, FaqMatch topic, Locale lang) {
        Set<String> terms = new HashSet<>(ContentTerms.of(lookup, lang));
        terms.removeAll(ContentTerms.of(before, lang));
        // the entries' questions only: an answer's generic words ("My account > Orders") name no subject
        Set<String> inSure = new HashSet<>(ContentTerms.of(sure.question(), lang));
        Set<String> inTopic = new HashSet<>(ContentTerms.of(topic.question(), lang));
        return terms.stream().anyMatch(t -> inSure.contains(t) && !inTopic.contains(t));
    }
}
