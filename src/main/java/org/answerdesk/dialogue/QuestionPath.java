package org.answerdesk.dialogue;

import java.util.List;
import java.util.Optional;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * How {@link DialoguePolicy} decides a message it reads as a question: {@link QuestionAlone} reads the question on its
 * own; then this weighs that action against the reply just given (the entry that did not help, an answer that only
 * repeats, the next-best entries) and checks that a follow-up asking another facet gets an answer that states it.
 * Apart from the policy so that the decision's frame (a waiting ticket, a greeting) reads at once.
 */
final class QuestionPath {

    private final Questions questions;
    private final NextBest nextBest;
    private final ReadWithPrevious previous;
    private final QuestionAlone alone;
    private final FacetFollowUp facets;
    private final TopicCarry carry;
    private final ChoicesTopic choicesTopic;
    private final GivenTopic given;
    private final BothReadings both;
    private final ChoicesReading choicesReading;
    private final FarFollowUp far;
    private final TwoAnswerFollowUp two;
    private final UnheldFollowUp unheld;
    private final OtherQuantity quantity;
    private final OffTopicFollowUp offTopic;
    private final NextStepFollowUp nextStep;
    private final UnnamedFollowUp unnamed;

    QuestionPath(Questions questions, ActIndex acts, NextBest nextBest, ReadWithPrevious previous,
                 TopicFollowUp topic, ActReplies replies) {
        this.questions = questions;
        this.nextBest = nextBest;
        this.previous = previous;
        this.alone = new QuestionAlone(questions, acts, previous, topic, replies);
        this.facets = new FacetFollowUp(questions);
        this.carry = new TopicCarry(questions);
        this.choicesTopic = new ChoicesTopic(questions);
        this.given = new GivenTopic(questions);
        this.both = new BothReadings(questions);
        this.choicesReading = new ChoicesReading(questions);
        this.far = new FarFollowUp(questions);
        this.two = new TwoAnswerFollowUp(questions);
        this.unheld = new UnheldFollowUp(questions);
        this.quantity = new OtherQuantity(questions);
        this.offTopic = new OffTopicFollowUp(questions);
        this.nextStep = new NextStepFollowUp(questions);
        this.unnamed = new UnnamedFollowUp(questions);
    }

    /**
     * A question's answer, never the entry the bot just answered with unless the message goes on from it ("and to the
     * UK?") or asks for it again: to someone it did not help ("the tracking hasn't updated in 5 days") the next-best
     * entries of this message, or a person; "did you mean" leaves that entry out too.
     */
    Action question(Turn turn, Incoming in) {
        Action action = decided(turn, in);
        if (turn.followsTopic) {
            action = nextStep.check(turn, () -> retrieved(turn, in), action); // "et quels papiers": not the viewing again
        }
        action = unnamed.check(turn, () -> retrieved(turn, in), action); // "how many days?" after a refund unanswered
        Action several = action;
        // "et ça prend combien de temps" after the screen prices: never an answer that does not say how long
        action = facets.check(turn, turn.reading.question(), () -> retrieved(turn, in), action);
        action = carry.check(turn, () -> retrieved(turn, in), action); // "e a ferragosto?": the hours among the choices
        action = choicesTopic.check(turn, action); // typed after choices: their topic
        action = choicesReading.check(turn, () -> retrieved(turn, in), action); // "e eles tem de pagar?": visitors
        action = given.check(turn, () -> retrieved(turn, in), action); // "e demora muito?": the entry offered, not the haircut
        action = both.check(turn, () -> retrieved(turn, in), action); // "et je le récupère quand": the lead time
        action = far.check(turn, () -> retrieved(turn, in), action); // "et l'aprem aussi ?": never the cancellation
        action = two.check(turn, action); // "en in het weekend?" after the day ticket and the bathrobe: the day ticket
        action = unheld.check(turn, () -> retrieved(turn, in), action); // "y hay que pagar por ella?": the bike again
        action = quantity.check(turn, () -> retrieved(turn, in), action); // "e o de 45 kg?": not the 13 kg price
        return LeaningPart.kept(turn, several, action, questions); // the other questions of the message kept
    }

    private Action decided(Turn turn, Incoming in) {
        Action action = alone.read(turn, in);
        if (turn.act.isEmpty() && !turn.angry && !turn.followsTopic && Parts.continues(turn.reading.question(),
                turn.lang())) {
            action = previous.unanswered(turn, turn.reading.question(), action);
        }
        Action topicChoices = offTopic.check(turn, action); // "même si c'est une 306 de 2001 ?": the topic's choices
        if (topicChoices != action) {
            return topicChoices; // the reading with the question before is the only one near the FAQ: none dropped
        }
        if (turn.reading.act().filter(a -> a == Act.NOT_HELPED).isPresent() && action instanceof Action.FaqAnswer a
                && !a.picked() && ChoicesShowing.showing(turn.state).isEmpty() && givenBefore(turn.state, a.entry())) {
            // "that didn't help, it still says invalid": what is still wrong finds the entry that did not help; "none
            // of those, I mean the Cervantes exam" rejects choices, not an answer: its question's entry answers
            return nextBest.of(retrieved(turn, in), a.entry().entryId());
        }
        Optional<LastReply> last = turn.answered().filter(r -> r.entryId() != null);
        if (last.isPresent() && (turn.followsTopic || Parts.continues(turn.reading.question(), turn.lang()))
                && onlyRepeats(turn, last.get(), action)) {
            // "and if I need it by Friday": a case the answer may not hold, not a report of what it did not solve
            if (!FollowUpCue.asksIf(turn.reading.question(), turn.lang())) {
                return new Action.OfferPerson(Action.OfferPerson.Why.NOTHING_MORE);
            }
            Retrieval own = retrieved(turn, in);
            List<FaqMatch> whatIf = WhatIfFollowUp.choices(questions, own, ((Action.FaqAnswer) action).entry());
            return whatIf.isEmpty() ? new Action.OfferPerson(Action.OfferPerson.Why.NOTHING_MORE)
                    : new Action.Clarify(whatIf, own.confidence(), whatIf.get(0).entryId(), null, false);
        }
        if (last.isEmpty() || turn.act.isPresent() || turn.followsTopic || Parts.continues(turn.reading.question(), turn.lang())
                || sameQuestion(turn, last.get()) || answersWhatIsNew(turn, last.get(), action)) {
            return action;
        }
        long given = last.get().entryId();
        if (action instanceof Action.FaqAnswer a && !a.picked() && a.entry().entryId() == given) {
            return nextBest.of(retrieved(turn, in), given);
        }
        if (action instanceof Action.Clarify c && c.choices().stream().anyMatch(m -> m.entryId() == given)) {
            List<FaqMatch> others = c.choices().stream().filter(m -> m.entryId() != given).toList();
            return others.isEmpty() ? new Action.OfferPerson()
                    : new Action.Clarify(others, c.confidence(), others.get(0).entryId(), c.handoffReason(), c.again());
        }
        return action;
    }

    /**
     * The entry just given answers the new question too where it names every word the new question adds, one of them
     * as a name ("can I pay with klarna?" after the payment methods, which list Klarna); "the tracking hasn't updated
     * in 5 days" names nothing: the answer did not help.
     */
    private static boolean answersWhatIsNew(Turn turn, LastReply last, Action action) {
        if (!(action instanceof Action.FaqAnswer a) || a.picked() || last.question() == null
                || a.entry().entryId() != last.entryId()) {
            return false;
        }
        String before = Cleanup.forLookup(Acts.read(last.question(), turn.lang()).question(), turn.lang());
        return FollowUps.namesAThing(a.entry(), FollowUps.changed(Cleanup.forLookup(turn.reading.question(),
                turn.lang()), before, turn.lang()));
    }

    /**
     * Whether a follow-up that does not ask would get the answer just given, word for word: "its been a week" after
     * the double charge, "tried paypal too, same thing" after the failed payment. Said of the topic, it tells what the
     * answer did not solve; the same answer may come again to the same question and to a follow-up that names one of
     * its things, and to any that asks ("e per un cane?", "where do I do that"): the answer may hold for its case.
     */
    private static boolean onlyRepeats(Turn turn, LastReply last, Action action) {
        return action instanceof Action.FaqAnswer a && !a.picked() && a.entry().entryId() == last.entryId()
                && !sameQuestion(turn, last) && !answersWhatIsNew(turn, last, action)
                && !FollowUpCue.asks(turn.reading.question(), turn.lang());
    }

    /** What the FAQ found for the message's question: the lookup made before the decision, else one now. */
    private Retrieval retrieved(Turn turn, Incoming in) {
        return in.retrieved() != null ? in.retrieved()
                : questions.retrieve(Cleanup.forLookup(turn.reading.question(), turn.lang()), turn.lang());
    }

    /**
     * Whether the bot gave {@code entry}'s answer earlier in the conversation (its latest turns); an entry only
     * offered among choices was not given ("none of those, I mean the Cervantes exam" may get the entry shown).
     */
    private static boolean givenBefore(DialogueState state, FaqMatch entry) {
        return state.lastReply().filter(LastReply::answered)
                .map(r -> Long.valueOf(entry.entryId()).equals(r.entryId())).orElse(false)
                || state.history().stream().anyMatch(t -> !t.fromCustomer() && t.text() != null
                        && !entry.answer().isBlank() && t.text().contains(entry.answer()));
    }

    /** The question asked again word for word (as "say that again" asks): its answer may come again. */
    private static boolean sameQuestion(Turn turn, LastReply last) {
        return last.question() != null && Noise.words(Acts.read(last.question(), turn.lang()).question()
                .toLowerCase(java.util.Locale.ROOT)).equals(Noise.words(turn.reading.question()
                .toLowerCase(java.util.Locale.ROOT)));
    }
}
