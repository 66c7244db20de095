package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * A confident answer to a short follow-up that goes on from an answer ("and ...", or read with its topic) is not given
 * as if sure where a new entry states none of the follow-up's own words in its question or answer: "und die handys,
 * dürfen die mit rein?" after the prices is no wheelchair entry. The words the follow-up adds to the question before
 * name a new thing; an entry that says none of them answers it only by the nearness of the whole sentence. The entry
 * the last reply gave stands: asked of again, its words are the question's before. Its readings are offered instead:
 * the follow-up alone, then read with the customer's question before, then that answer; never the entry just given;
 * fewer than two: the offer of a person. By the conversation's shape and the FAQ's own text, the same in every
 * language; with an LLM it does nothing.
 */
final class UnstatedFollowUp {

    /** A word shorter than this says no thing of its own ("min", "den"). */
    private static final int THING = 4;

    private final Questions questions;

    UnstatedFollowUp(Questions questions) {
        this.questions = questions;
    }

    /** The action, or choices where a confident follow-up answer states none of the follow-up's own words. */
    Action check(Turn turn, Supplier<Retrieval> aloneReading, Action action) {
        Optional<LastReply> last = turn.answered().filter(r -> r.entryId() != null && r.question() != null);
        if (!(action instanceof Action.FaqAnswer a) || a.picked() || a.chosenBy() != null || last.isEmpty()
                || turn.act.isPresent() || turn.angry || !turn.before.isEmpty() || questions.llmEnabled()) {
            return action;
        }
        Locale lang = turn.lang();
        String question = turn.reading.question();
        Optional<String> shortLookup = FollowUpCue.shortLookup(question, lang);
        if (shortLookup.isEmpty() || !(turn.followsTopic || Parts.continues(question, lang))) {
            return action;
        }
        String lookup = shortLookup.get();
        String before = Cleanup.forLookup(Acts.read(last.get().question(), lang).question(), lang);
        Set<String> own = FollowUps.own(lookup, before, lang).stream()
                .filter(w -> w.length() >= THING && !w.chars().allMatch(Character::isDigit))
                .collect(Collectors.toSet());
        FaqMatch entry = a.entry();
        long given = last.get().entryId();
        if (entry.entryId() == given || !entry.answer().isBlank() && last.get().text() != null
                && last.get().text().contains(entry.answer())) {
            return action; // the entry just given, asked of again ("and roughly how long till it comes?")
        }
        if (own.isEmpty() || FollowUps.stated(entry.question() + " " + entry.answer(), own) > 0) {
            return action; // a word of its own that the entry says: it may well answer it
        }
        List<FaqMatch> shown = new ArrayList<>();
        Retrieval alone = aloneReading.get();
        alone.matches().stream().limit(2).forEach(shown::add);
        questions.retrieve((TopicPart.of(last.get().question(), lang) + " " + lookup).strip(), lang).best()
                .ifPresent(shown::add);
        shown.add(entry);
        List<FaqMatch> choices = new ArrayList<>();
        for (FaqMatch m : questions.offerable(shown)) {
            if (m.entryId() != given && choices.size() < Action.Clarify.SHOWN
                    && choices.stream().noneMatch(c -> c.entryId() == m.entryId())) {
                choices.add(m);
            }
        }
        return choices.size() < 2 ? new Action.OfferPerson(Action.OfferPerson.Why.UNSURE)
                : new Action.Clarify(choices, alone.confidence(), choices.get(0).entryId(), null, false);
    }
}
