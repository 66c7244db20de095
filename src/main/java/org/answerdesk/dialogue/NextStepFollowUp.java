package org.answerdesk.dialogue;

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
 * A short follow-up whose two readings agree on one entry is answered by it, whatever other entry a follow-up rule
 * chose: its own words are confident of the entry and the follow-up read with the customer's question before ranks it
 * first too. "et qu'est-ce qu'il faut amener comme papiers" after the viewing answer asks the next step of the process
 * (the application file), not the viewing again, though it shares a word with the viewing entry by chance ("comme" in
 * "Comment visiter…"); "honestly i want to close my account" after the refund answer asks the account's deletion,
 * not the topic before. Where the readings disagree, or the reading with the question before leads with the entry
 * decided, the decision stands: that reading is what carries the topic. Only a decision the topic's reading made
 * ({@link TopicFollowUp}) is weighed, before the checks of facets, quantities and told cancellations, which choose
 * against the own reading on purpose. Never with an LLM.
 */
final class NextStepFollowUp {

    private final Questions questions;

    NextStepFollowUp(Questions questions) {
        this.questions = questions;
    }

    /** The decision on a message read as a question after a reply: the entry both readings agree on. */
    Action check(Turn turn, Supplier<Retrieval> own, Action action) {
        Optional<LastReply> last = turn.last().filter(r -> r.question() != null);
        if (!(action instanceof Action.FaqAnswer decided) || decided.picked() || last.isEmpty() || turn.act.isPresent()
                || turn.angry || !turn.before.isEmpty() || questions.llmEnabled()) {
            return action;
        }
        Locale lang = turn.lang();
        String question = turn.reading.question();
        String lookup = Cleanup.forLookup(question, lang);
        if (lookup.isBlank() || Parts.of(question, lang).size() > 1
                || FreeFormActs.words(Noise.words(lookup)) > FollowUpCue.LONGEST) {
            return action;
        }
        Retrieval alone = own.get();
        Optional<FaqMatch> next = alone.confident() ? alone.best() : Optional.empty();
        if (next.isEmpty() || next.get().entryId() == decided.entry().entryId()
                || questions.offerable(List.of(next.get())).isEmpty()) {
            return action;
        }
        String before = Cleanup.forLookup(Acts.read(last.get().question(), lang).question(), lang);
        Retrieval together = questions.retrieve((before + " " + lookup).strip(), lang);
        boolean agree = together.best().filter(b -> b.entryId() == next.get().entryId()).isPresent();
        return agree && !namesOnlyDecided(lookup, before, decided.entry(), next.get(), lang)
                ? new Action.FaqAnswer(next.get(), alone.confidence(), List.of(), null, false) : action;
    }

    /**
     * Whether the follow-up names the subject of the decided entry, which the agreed one does not state: one of its
     * content terms (as retrieval's lexical side reads them: function words out, stemmed) that the question before did
     * not have, in the decided entry's question and nowhere in the other entry. "is the certificate needed for the
     * trial too?" after the answer to "Can I do a trial day?" asks an exception of the trial, though both readings find
     * the certificate's rule; "comme" of "what papers do we bring" is no term of "Comment visiter…", and a word the
     * decided entry's answer happens to hold names no subject.
     */
    private static boolean namesOnlyDecided(String lookup, String before, FaqMatch decided, FaqMatch agreed,
                                            Locale lang) {
        Set<String> own = new HashSet<>(ContentTerms.of(lookup, lang));
        own.removeAll(ContentTerms.of(before, lang));
        Set<String> inDecided = new HashSet<>(ContentTerms.of(decided.question(), lang));
        Set<String> inAgreed = new HashSet<>(ContentTerms.of(agreed.question() + " " + agreed.answer(), lang));
        return own.stream().anyMatch(t -> inDecided.contains(t) && !inAgreed.contains(t));
    }
}
