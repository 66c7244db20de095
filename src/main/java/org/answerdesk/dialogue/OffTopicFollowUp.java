package org.answerdesk.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;
import org.answerdesk.retrieval.ServiceQuestions;

/**
 * A short follow-up that opens by going on from the turn before ("and ...", {@code and}) or by asking of a case ("even
 * if it's a 2001 model?", {@code asks.if}) is never told that it is no topic the help center covers while its reading
 * with the customer's question before is near the FAQ: its own few words are far from every entry ("e la sera quando
 * si mangia"), the two together are not. It gets the choices of that reading, the entry just given among them where
 * the reading finds it (nothing else read the follow-up: its topic is the best guess). Where the two together are far
 * too, "not covered" stands, and so it does for a follow-up that asks whether the shop does something
 * ({@link ServiceQuestions#asksForAService}: "e fate anche le bomboniere?", "en verhuren jullie ook trampolines?"): a new service is
 * asked about, not the topic before. Never an answer; with an LLM it does nothing.
 */
final class OffTopicFollowUp {

    private final Questions questions;

    OffTopicFollowUp(Questions questions) {
        this.questions = questions;
    }

    /** The decision on a message read as a question, choices instead of "not covered" for such a follow-up. */
    Action check(Turn turn, Action action) {
        Optional<LastReply> last = turn.last().filter(r -> r.question() != null);
        if (!(action instanceof Action.OfferPerson o) || o.why() != Action.OfferPerson.Why.OFF_TOPIC
                && o.why() != Action.OfferPerson.Why.NOT_FOUND || last.isEmpty() || turn.act.isPresent()
                || turn.angry || !turn.before.isEmpty() || questions.llmEnabled()) {
            return action;
        }
        Locale lang = turn.lang();
        String question = turn.reading.question();
        String lookup = Cleanup.forLookup(question, lang);
        boolean goesOn = !Parts.withoutAnd(question, lang).equals(question.strip())
                || FollowUpCue.asksIf(question, lang);
        if (!goesOn || lookup.isBlank() || ServiceQuestions.asksForAService(question, lang) || Parts.of(question, lang).size() > 1
                || FreeFormActs.words(Noise.words(lookup)) > FollowUpCue.LONGEST) {
            return action;
        }
        String before = Cleanup.forLookup(Acts.read(last.get().question(), lang).question(), lang);
        Retrieval together = questions.retrieve((before + " " + lookup).strip(), lang);
        if (together.far()) {
            return action;
        }
        List<FaqMatch> choices = questions.offerable(together.choices().isEmpty() ? together.matches()
                : together.choices()).stream().limit(Action.Clarify.SHOWN).toList();
        return choices.isEmpty() ? action
                : new Action.Clarify(choices, together.confidence(), choices.get(0).entryId(), null, false);
    }

}
