package org.answerdesk.dialogue;

import java.util.List;
import java.util.Optional;

import org.answerdesk.retrieval.Retrieval;

/**
 * The action for a message read as a question on its own, before {@link QuestionPath} weighs it against the reply
 * just given: a request for a person, an angry message, noise or an act first; then two questions joined, the topic
 * and the choices showing, the question before it, several questions, a detail alone; then the FAQ, an act said
 * freely, the LLM. It may mark the turn ({@code act}, {@code angry}, {@code followsTopic}, {@code before}) as it
 * reads; it never looks at whether its answer repeats the last one.
 */
final class QuestionAlone {

    private final Questions questions;
    private final ActIndex acts;
    private final ReadWithPrevious previous;
    private final TopicFollowUp topic;
    private final SeveralQuestions several;
    private final LooseJoin loose;
    private final ActReplies replies;
    private final ChoicesFollowUp choices;
    private final PushBack pushBack;

    QuestionAlone(Questions questions, ActIndex acts, ReadWithPrevious previous, TopicFollowUp topic,
                  ActReplies replies) {
        this.questions = questions;
        this.acts = acts;
        this.previous = previous;
        this.topic = topic;
        this.several = new SeveralQuestions(questions);
        this.loose = new LooseJoin(questions, several);
        this.replies = replies;
        this.choices = new ChoicesFollowUp(questions);
        this.pushBack = new PushBack(questions);
    }

    /** The message's action as its question alone reads it. */
    Action read(Turn turn, Incoming in) {
        String text = in.text();
        // after the offer of a person, the details it needs ("order 2231, name Rossi") take it up as a yes does
        if (PersonRequest.asksForPerson(text, turn.lang()) || (turn.state.personOffered()
                && (PersonRequest.acceptsOffer(text, turn.lang()) || PersonRequest.givesDetails(text, turn.lang())))
                || OfferTaken.takes(turn.state, text)) {
            turn.act = Optional.of(Act.PERSON);
            turn.angry = AngryRequest.angry(text, turn.lang()); // the handover opens with an apology
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
        Optional<Action> pushedBack = pushBack.decided(turn, text, act -> replies.act(turn, act));
        if (pushedBack.isPresent()) {
            return pushedBack.get(); // complains, names nothing new: the reply did not help, in any words
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
        // "I'd booked the course for Saturday but I can't make it now": the shop's cancelling entry, before any split;
        // "and the money I paid?" just after it: that entry again
        Retrieval own = question.equals(text) ? in.retrieved() : null;
        String telling = question;
        Optional<Action> told = ToldCancellation.read(questions, text, telling, turn.lang(), own)
                .or(() -> ToldCancellation.moneyAfter(questions, turn, telling, own));
        if (told.isPresent()) {
            return told.get();
        }
        // "not that, I mean ...": the customer turned the topic and the choices down; the question after it stands alone
        boolean rejected = turn.reading.act().filter(ChoicesShowing::rejects).isPresent();
        // "vous vendez des verres trempés et vous prenez payconiq": two questions where the FAQ reads two,
        // also after an answer: neither is a follow-up of its topic
        List<String> joined = Parts.joined(question, turn.lang());
        Optional<Action> both = joined.size() > 1 ? loose.joined(turn, question, joined)
                : Parts.of(question, turn.lang()).size() == 1 ? loose.read(turn, question) : Optional.empty();
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
            // the whole message's reading made before the decision, where it is this question's
            return several.answer(turn, parts, question.equals(text) && question.equals(turn.reading.question())
                    ? in.retrieved() : null);
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
}
