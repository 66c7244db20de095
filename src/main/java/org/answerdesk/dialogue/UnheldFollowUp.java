package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * A confident answer to a short follow-up that no reading of it leads with is not given as if sure. Such an answer
 * comes from one of the follow-up's few words that another entry happens to state ("y hay que pagar por ella?" after
 * the bike: the children's fares, which state "pagan"; "und wenn wir über weihnachten …" after choices led by the
 * subscription: the empties, whose answer says "überwiesen"). The follow-up is read three ways: alone, with the
 * customer's question the last reply was for ({@link TopicPart}), and with the FAQ question of the topic's entry (the
 * entry just given, or the first choice shown). An answer stands where one of these readings leads with it (sure or
 * not), where the follow-up alone or with the customer's question scores it highest, where the last reply gave it,
 * where it states two of the follow-up's own words or names one of them as a name, where it states a facet asked
 * ({@link Facets}) that the topic does not or is itself of the topic, and where no reading is sure of another entry of
 * the topic (given or shown). Otherwise:
 * <ul>
 * <li>after an answer, the reading with the entry's question confident of that entry: that entry, the topic carries;</li>
 * <li>the follow-up alone confident of an entry of the topic (given or shown), and the reading with the customer's
 * question not confident of another: that entry, its own words name it ("e vêm cá medir?": the home visit shown
 * second, not the made-to-measure entry shown first);</li>
 * <li>else choices, each reading's first entry, then the answer; fewer than two to offer: the offer of a person.</li>
 * </ul>
 * After choices the topic's entry leads the choices and is never answered ({@link ChoicesTopic}). By the
 * conversation's shape and the FAQ's own questions, the same in every language; with an LLM it does nothing.
 */
final class UnheldFollowUp {

    private final Questions questions;
    private final GivenTopic topic;

    UnheldFollowUp(Questions questions) {
        this.questions = questions;
        this.topic = new GivenTopic(questions);
    }

    /** The policy's answer to a short follow-up, or what its readings hold where none leads with that answer. */
    Action check(Turn turn, Supplier<Retrieval> aloneReading, Action action) {
        Optional<LastReply> last = turn.last().filter(r -> r.question() != null && r.text() != null
                && (r.answered() && r.entryId() != null || r.offeredChoices() && !r.offeredInFaq().isEmpty()));
        if (!(action instanceof Action.FaqAnswer a) || a.picked() || a.chosenBy() != null || last.isEmpty()
                || turn.act.isPresent() || turn.angry || !turn.before.isEmpty() || questions.llmEnabled()) {
            return action;
        }
        Locale lang = turn.lang();
        String question = turn.reading.question();
        Optional<String> shortLookup = FollowUpCue.shortLookup(question, lang);
        if (shortLookup.isEmpty()) {
            return action;
        }
        String lookup = shortLookup.get();
        LastReply reply = last.get();
        String before = Cleanup.forLookup(Acts.read(reply.question(), lang).question(), lang);
        FaqMatch answer = a.entry();
        Set<Long> given = new java.util.HashSet<>(topic.given(reply, lang).stream().map(FaqMatch::entryId).toList());
        if (Noise.words(lookup).equals(Noise.words(before)) || given.contains(answer.entryId())
                || given(reply, answer)) {
            return action; // asked again, or the entry (or one of the entries) the last reply gave
        }
        Set<String> own = FollowUps.own(lookup, before, lang);
        if (FollowUps.stated(answer.question() + " " + answer.answer(), own) >= 2
                || FollowUps.namesAThing(answer, own)) {
            return action; // its own words are that entry's
        }
        FaqMatch topicEntry = reply.answered() ? questions.entry(reply.entryId(), reply.text())
                : reply.offeredInFaq().get(0);
        Optional<Facets.Facet> facet = Facets.asked(question, lang).filter(f -> Facets.states(answer, f));
        if (facet.filter(f -> !Facets.states(topicEntry, f) || inTopic(reply, given, topicEntry, answer)).isPresent()) {
            // a new entry states what is asked and the topic does not ("y pal guaje de 6 años?": ages), or the
            // topic's entry that states it ({@link GivenTopic}: "and does that take long?" after the colouring)
            return action;
        }
        Retrieval alone = aloneReading.get();
        Retrieval withQuestion = questions.retrieve(TopicPart.of(reply.question(), lang) + " " + lookup, lang);
        Retrieval withEntry = topicEntry.question().isBlank() ? withQuestion
                : questions.retrieve(Cleanup.forLookup(topicEntry.question(), lang) + " " + lookup, lang);
        if (leads(alone, answer) || leads(withQuestion, answer) || leads(withEntry, answer) || nearest(alone, answer)
                || nearest(withQuestion, answer)) {
            return action; // a reading's first entry, or the entry it scores highest ("e pra tosar tb?": the grooming)
        }
        if (Stream.of(withEntry, withQuestion, alone).noneMatch(r -> r.confident() && r.best()
                .filter(b -> b.entryId() != answer.entryId() && inTopic(reply, given, topicEntry, b)).isPresent())) {
            return action; // no reading is sure of another entry of the topic: nothing points back to it
        }
        if (reply.answered() && withEntry.confident() && leads(withEntry, topicEntry)) {
            return new Action.FaqAnswer(withEntry.best().get(), withEntry.confidence(), List.of(), null, false);
        }
        Optional<FaqMatch> named = alone.confident() ? alone.best().filter(b -> inTopic(reply, given, topicEntry, b))
                : Optional.empty();
        if (named.isPresent() && !(withQuestion.confident() && !leads(withQuestion, named.get()))) {
            return new Action.FaqAnswer(named.get(), alone.confidence(), List.of(), null, false);
        }
        List<FaqMatch> shown = new ArrayList<>();
        withEntry.best().filter(b -> withEntry.confident() || !reply.answered()).ifPresent(shown::add);
        withQuestion.best().ifPresent(shown::add);
        alone.best().ifPresent(shown::add);
        shown.add(answer);
        List<FaqMatch> choices = UnsureParts.interleaved(List.of(questions.offerable(shown)), Set.of(),
                Action.Clarify.SHOWN);
        return choices.size() < 2 ? new Action.OfferPerson(Action.OfferPerson.Why.UNSURE)
                : new Action.Clarify(choices, withQuestion.confidence(), choices.get(0).entryId(), null, false);
    }

    /** Whether the reading's first entry is {@code entry}, sure or not. */
    private static boolean leads(Retrieval reading, FaqMatch entry) {
        return reading.best().filter(b -> b.entryId() == entry.entryId()).isPresent();
    }

    /**
     * Whether the reading scores the entry highest, where the retriever's order put another first. Not asked of the
     * reading with the entry's own question, which scores that entry high by its own words.
     */
    private static boolean nearest(Retrieval reading, FaqMatch answer) {
        return reading.matches().stream().max(java.util.Comparator.comparingDouble(FaqMatch::score))
                .filter(m -> m.entryId() == answer.entryId()).isPresent();
    }

    /** Whether the last reply gave the entry's answer: the entry it answered with, or one of several answers. */
    private static boolean given(LastReply reply, FaqMatch entry) {
        return reply.answered() && (Long.valueOf(entry.entryId()).equals(reply.entryId())
                || !entry.answer().isBlank() && reply.text().contains(entry.answer()));
    }

    private static boolean inTopic(LastReply reply, Set<Long> given, FaqMatch topicEntry, FaqMatch entry) {
        return entry.entryId() == topicEntry.entryId() || given.contains(entry.entryId()) || given(reply, entry)
                || reply.offeredInFaq().stream().anyMatch(m -> m.entryId() == entry.entryId());
    }
}
