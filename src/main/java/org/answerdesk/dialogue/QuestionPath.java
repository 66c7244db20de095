package org.answerdesk.dialogue;

import java.util.List;
import java.util.Optional;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * How {@link DialoguePolicy} decides a message it reads as a question: a request for a person, an angry message,
 * noise or an act first; then the topic and the question before it, several questions, a detail alone; then the FAQ,
 * an act said freely, the LLM. Apart from the policy so that the decision's frame (a waiting ticket, a greeting)
 * reads at once.
 */
final class QuestionPath {

    private final Questions questions;
    private final ActIndex acts;
    private final NextBest nextBest;
    private final ReadWithPrevious previous;
    private final TopicFollowUp topic;
    private final SeveralQuestions several;
    private final ActReplies replies;
    private final ChoicesFollowUp choices;
    private final FacetFollowUp facets;

    QuestionPath(Questions questions, ActIndex acts, NextBest nextBest, ReadWithPrevious previous,
                 TopicFollowUp topic, ActReplies replies) {
        this.questions = questions;
        this.acts = acts;
        this.nextBest = nextBest;
        this.previous = previous;
        this.topic = topic;
        this.several = new SeveralQuestions(questions);
        this.replies = replies;
        this.choices = new ChoicesFollowUp(questions);
        this.facets = new FacetFollowUp(questions);
    }

    /**
     * A question's answer, never the entry the bot just answered with unless the message goes on from it ("and to the
     * UK?") or asks for it again: to someone it did not help ("the tracking hasn't updated in 5 days") the next-best
     * entries of this message, or a person; "did you mean" leaves that entry out too.
     */
    Action question(Turn turn, Incoming in) {
        Action action = decided(turn, in);
        // "et ça prend combien de temps" after the screen prices: never an answer that does not say how long
        return facets.check(turn, turn.reading.question(), () -> retrieved(turn, in), action);
    }

    private Action decided(Turn turn, Incoming in) {
        Action action = questionAlone(turn, in);
        if (turn.act.isEmpty() && !turn.angry && !turn.followsTopic && Parts.continues(turn.reading.question(),
                turn.lang())) {
            action = previous.unanswered(turn, turn.reading.question(), action);
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
            return new Action.OfferPerson(Action.OfferPerson.Why.NOTHING_MORE);
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
     * Whether a message asks of the question the bot's last reply answered or offered choices for: it goes on from it
     * with a word of its own ("n faster?"), or asks pointing back at it ("how quick tho").
     */
    private static boolean ofTheTopic(Turn turn, String question, String lookup) {
        return turn.last().filter(r -> r.question() != null).map(r -> TopicFollowUp.goesOn(question, lookup,
                Cleanup.forLookup(Acts.read(r.question(), turn.lang()).question(), turn.lang()), turn.lang())
                || FollowUpCue.asks(question, turn.lang()) && FollowUpCue.pointsBack(question, turn.lang()))
                .orElse(false);
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

    private Action questionAlone(Turn turn, Incoming in) {
        String text = in.text();
        // after the offer of a person, the details it needs ("order 2231, name Rossi") take it up as a yes does
        if (PersonRequest.asksForPerson(text, turn.lang()) || (turn.state.personOffered()
                && (PersonRequest.acceptsOffer(text, turn.lang()) || PersonRequest.givesDetails(text, turn.lang())))) {
            turn.act = Optional.of(Act.PERSON);
            return Action.Handoff.asked();
        }
        if (Noise.thanks(text)) {
            return replies.act(turn, Act.THANKS);
        }
        if (Mood.angry(text, turn.state.language())) {
            // an apology and a person at once; the second angry message hands over
            turn.angry = true;
            return turn.state.angryBefore() ? new Action.Handoff(HandoffReasons.CUSTOMER_UPSET, 0, List.of(), null,
                    null, null, null) : Apology.offer(questions, turn.reading.question(), turn.lang());
        }
        if (ColloquialActs.pushesBackAfter(text, turn.lang()) && (turn.answered().isPresent()
                || ChoicesShowing.showing(turn.state).isPresent())) {
            // "I already asked the neighbours", "220 stutz?? das isch jo wucher": the answer did not help
            return replies.act(turn, Act.NOT_HELPED);
        }
        if (Noise.onlyEmoji(text) || Noise.mash(text)) {
            turn.act = Optional.of(Act.NOISE);
            return new Action.NotCaught();
        }
        boolean cancelAsked = CancelAlone.asks(text, turn.state, turn.lang());
        if (turn.reading.onlyAct() && !cancelAsked) {
            return replies.act(turn, turn.reading.act().get());
        }
        String question = cancelAsked ? text : turn.reading.question();
        Optional<String> afterBotQuestion = BotThenQuestion.rest(text, turn.lang());
        if (afterBotQuestion.isPresent()) {
            // "are you a bot? do you also give lessons": what the bot is, then the question's answer
            turn.act = Optional.of(Act.BOT);
            turn.before.add(new Action.ActReply(Act.BOT, false));
            question = afterBotQuestion.get();
        }
        turn.reading.act().filter(a -> a == Act.THANKS || a == Act.BYE)
                .ifPresent(a -> turn.confirmed = turn.answered().isPresent());
        if (ColloquialActs.aboutTheWorld(question, turn.lang()) && questions.confident(questions.retrieve(
                Cleanup.forLookup(question, turn.lang()), turn.lang())).isEmpty()) {
            return replies.act(turn, Act.CHITCHAT); // "did arsenal win last night?": not the shop's, no choices
        }
        // "not that, I mean ...": the customer turned the topic and the choices down; the question after it stands alone
        boolean rejected = turn.reading.act().filter(ChoicesShowing::rejects).isPresent();
        // "vous vendez des verres trempés et vous prenez payconiq": two questions where the FAQ reads two,
        // also after an answer: neither is a follow-up of its topic
        List<String> joined = Parts.joined(question, turn.lang());
        Optional<Action> both = joined.size() > 1 ? several.joined(turn, joined) : Optional.empty();
        if (both.isPresent()) {
            return both.get();
        }
        Optional<Action> onTopic = rejected ? Optional.empty()
                : topic.read(turn, question, question.equals(text) ? in.retrieved() : null);
        if (onTopic.isPresent()) {
            turn.followsTopic = true; // "c'est combien" after an answer: its topic, never its own few words
            return onTopic.get();
        }
        // typed instead of a tap: "is the exchange free" after choices about a wrong size says which one
        Optional<Action> picked = rejected ? Optional.empty()
                : choices.read(turn, question, question.equals(text) ? in.retrieved() : null);
        if (picked.isPresent()) {
            return picked.get();
        }
        if (Parts.continues(question, turn.lang())) {
            // "and to the UK?" says that it goes on from the question before: read together with it first
            Optional<Action> followUp = previous.followUp(turn, question, null);
            if (followUp.isPresent()) {
                return followUp.get();
            }
        }
        List<String> parts = Parts.of(question, turn.lang());
        if (parts.size() > 1) {
            return several.answer(turn, parts);
        }
        if (Cleanup.onlyDetails(question, turn.lang())) {
            return detailAlone(turn, question);
        }
        String lookup = Cleanup.forLookup(question, turn.lang());
        Retrieval retrieval = in.retrieved() != null && question.equals(text) ? in.retrieved()
                : questions.retrieve(lookup, turn.lang());
        Optional<Action> confident = questions.confident(retrieval);
        if (confident.isPresent() && !(question.equals(text) && FreeFormActs.clear(acts.in(turn.lang()), text))) {
            return questions.orNamedPassage((Action.FaqAnswer) confident.get(),
                    Cleanup.withoutWrapping(question, turn.lang()));
        }
        // "cancel" read as a question stays one, even where the act phrasings find it nearer to "never mind"
        // after "are you a bot?" only the question that follows is read for an act: the bot question has its reply
        String asked = question;
        Optional<Act> free = cancelAsked ? Optional.empty()
                : freeFormAct(turn, afterBotQuestion.isPresent() ? question : text, lookup, retrieval)
                        // "n faster?", "how quick tho" after a reply, near entries: a question of its topic, no small talk
                        .filter(a -> a != Act.CHITCHAT || !retrieval.clarify() || !ofTheTopic(turn, asked, lookup));
        if (free.isPresent()) {
            return replies.act(turn, free.get());
        }
        Optional<Action> followUp = previous.followUp(turn, question, retrieval);
        if (followUp.isPresent()) {
            return followUp.get();
        }
        Optional<Action> detail = previous.detailAfterAnswer(turn, question, lookup);
        if (detail.isPresent()) {
            return detail.get();
        }
        return questions.answer(Cleanup.withoutWrapping(question, turn.lang()), retrieval, turn.state::latest);
    }

    /**
     * A message that is only a detail ("4471920", "Bestellnummer 4471920") is never looked up: its digits may match an
     * entry ("You can call us on ..."). After an answer it is a detail of that question; else the LLM reads it with
     * the conversation, or without one the customer is asked what it is about.
     */
    private Action detailAlone(Turn turn, String question) {
        Optional<Action> detail = previous.detailAfterAnswer(turn, question, "");
        if (detail.isPresent()) {
            return detail.get();
        }
        return questions.llmEnabled() ? questions.answer(Cleanup.withoutWrapping(question, turn.lang()),
                new Retrieval(List.of(), 0, false), turn.state::latest) : new Action.NotCaught();
    }

    /**
     * The act a message is, said freely, when the FAQ is not confident about it: by the nearest phrasings of the whole
     * message or of what is left around a closed act ("hello, hope you can help"); a very short message with no
     * entry to offer that is nearer to an act than to any need ("mhm", "by all means"); and, right after an answer,
     * a "no" with more words ("nope, still the same issue") is that the answer did not help.
     */
    private Optional<Act> freeFormAct(Turn turn, String text, String lookup, Retrieval retrieval) {
        return FreeFormActs.read(acts.in(turn.lang()), text, turn.reading.act(), () -> turn.answered().isPresent()
                || ChoicesShowing.showing(turn.state).isPresent(), lookup,
                retrieval.clarify(), questions.llmEnabled());
    }
}
