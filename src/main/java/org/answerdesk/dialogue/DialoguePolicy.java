package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * The one place that decides what the bot does with a message: a pure function of the conversation's state and the
 * message, asking the FAQ, the shop's pages and the LLM through their interfaces. It stores nothing and sends
 * nothing; the same input gives the same decision.
 *
 * <p>A message is read for its act first ({@link Acts}): small talk and meta requests get the bot's own reply and
 * never a ticket; a thanks after an answer confirms it; a question wrapped in greetings and thanks is looked up
 * alone. In a conversation handed to a person the bot still answers what it can until a person has written there;
 * then it stays quiet ("start over" aside). A further miss while the ticket is open is left to the person.
 */
public final class DialoguePolicy {

    /** How long an offer of a person stays open: a "yes" within it accepts ({@link DialogueState#personOffered}). */
    public static final java.time.Duration OFFER_WINDOW = java.time.Duration.ofHours(1);

    /** The longest message (in words) read with the previous question when it is unsure on its own. */
    static final int FOLLOW_UP_WORDS = 8;

    private final Questions questions;
    private final ActIndex acts;
    private final StandaloneFollowUp standalone;
    private final NextBest nextBest;
    private final ReadWithPrevious previous;
    private final TopicFollowUp topic;

    public DialoguePolicy(FaqLookup faq, PassageLookup passages, LanguageModel llm, ActIndex acts) {
        this.questions = new Questions(faq, passages, llm);
        this.acts = acts;
        this.standalone = new StandaloneFollowUp(questions, faq, llm, acts);
        this.nextBest = new NextBest(questions);
        this.previous = new ReadWithPrevious(questions, standalone);
        this.topic = new TopicFollowUp(questions, acts, previous);
    }

    /**
     * A decision that needs nothing of the conversation, for a caller that stores a message with its answer in one
     * step (the web chat): the FAQ's answer to a plain question it answers confidently. Otherwise the FAQ's verdict
     * (null when none was asked), to be given back with the message ({@link Incoming#retrieved}).
     */
    public Prepared prepare(String text, Locale language) {
        if (PersonRequest.asksForPerson(text, language) || PersonRequest.acceptsOffer(text, language)
                || Acts.read(text, language).act().isPresent() || Parts.of(text, language).size() > 1
                || Parts.continues(text, language) || Mood.angry(text, language) || Noise.onlyEmoji(text)
                || Noise.mash(text) || Cleanup.onlyDetails(text, language)) {
            return new Prepared(Optional.empty(), null);
        }
        Retrieval retrieval = questions.retrieve(Cleanup.forLookup(text, language), language);
        Optional<Action> confident = questions.confident(retrieval);
        // the act phrasings embed the message once more: asked only where they could take a confident answer away
        if (confident.isEmpty() || FreeFormActs.clear(acts.in(language), text)) {
            return new Prepared(Optional.empty(), retrieval);
        }
        // an answer that a page naming what the question names may replace is decided with the conversation
        return new Prepared(confident.filter(a -> !questions.namesMore((Action.FaqAnswer) a,
                Cleanup.withoutWrapping(text, language))), retrieval);
    }

    /**
     * What the FAQ is asked for a message that is a question: the message less the acts around it, its sign-off and
     * its details; for a message that is only an act, the message itself (the bot answers it without the FAQ).
     */
    public static String lookupText(String message) {
        return lookupText(message, Locale.ENGLISH);
    }

    /** As {@link #lookupText(String)}, read by the rules of the conversation's {@code language}. */
    public static String lookupText(String message, Locale language) {
        Acts.Reading reading = Acts.read(message, language);
        return reading.onlyAct() ? message : Cleanup.forLookup(reading.question(), language);
    }

    /**
     * Whether a customer's pick among the choices may teach the FAQ the message as a phrasing: one question, not an
     * act, a request for a person or a keyboard mash (a message of several questions teaches nothing: its pick
     * answered one part).
     */
    public static boolean learnable(String message) {
        Acts.Reading reading = Acts.read(message);
        return !reading.onlyAct() && !PersonRequest.asksForPerson(message) && !Noise.mash(message)
                && !Noise.onlyEmoji(message) && Parts.of(reading.question()).size() == 1;
    }

    /** Whether the message is an act in a closed form ("thanks", "hi", "are you a bot?"), answered without the FAQ. */
    public static boolean isClosedAct(String message) {
        return isClosedAct(message, Locale.ENGLISH);
    }

    /** As {@link #isClosedAct(String)}, read by the rules of the conversation's {@code language}. */
    public static boolean isClosedAct(String message, Locale language) {
        return Acts.read(message, language).onlyAct();
    }

    /**
     * How many earlier turns of a conversation, within the context window, the decision reads
     * ({@link DialogueState#history}): what the LLM is given, and at least what "that didn't help" reads.
     */
    public int historyTurns() {
        return Math.max(NextBest.TURNS, questions.historyTurns());
    }

    /** What {@link #prepare} found: the answer, if it needs no state, and the FAQ's verdict. */
    public record Prepared(Optional<Action> answer, Retrieval retrieval) {
    }

    public Decision decide(DialogueState state, Incoming in) {
        Intent intent = in.intent();
        Acts.Reading reading = intent == Intent.QUESTION ? Acts.read(in.text(), state.language())
                : new Acts.Reading(Optional.empty(), in.text());
        // handed to a person: the bot still answers what it can until a person has written there
        boolean waiting = state.handedOver()
                && (intent == Intent.QUESTION || intent == Intent.HUMAN || intent == Intent.CHOICE);
        if (waiting && state.personJoined() && !(reading.onlyAct() && reading.act().get() == Act.START_OVER)) {
            if (intent == Intent.CHOICE) {
                return Decision.of(in.press().counts() ? new Action.WaitForPerson(in.press().readable())
                        : new Action.Refuse(in.press().found().refusal()));
            }
            // quiet while the person has it; one acknowledgement per burst, so that no message seems lost
            return state.acknowledged() ? Decision.of(new Action.WaitForPerson(in.text()))
                    : new Decision(List.of(new Action.Acknowledge()), true, Optional.empty(), Optional.empty(), false,
                            false);
        }
        Turn turn = new Turn(state, reading);
        Action main = switch (intent) {
            case CHOICE -> press(in.press());
            case QUESTION -> question(turn, in);
            case HUMAN -> Action.Handoff.asked();
            case RESET -> turn.startOver();
            default -> new Action.Fixed(intent);
        };
        if (intent == Intent.QUESTION) {
            main = ChoicesShowing.decided(main, state, Cleanup.forLookup(reading.question(), state.language()));
        }
        if (!waiting && main instanceof Action.Clarify c && state.ticketWithChoices()) {
            main = new Action.Clarify(c.choices(), c.confidence(), c.closest(), HandoffReasons.AWAITING_PICK,
                    c.again());
        }
        if (waiting && intent != Intent.CHOICE && !answers(main)) {
            // the ticket is open already: the team has it; never a greeting, an offer of a person or small talk.
            // Never silence on a chat until a person writes (a shorter text after the first); a mail per burst
            if (state.acknowledged() && !state.chat()) {
                return Decision.of(new Action.WaitForPerson(in.text()));
            }
            main = new Action.Acknowledge(state.acknowledged());
            turn.before.clear();
        }
        List<Action> actions = new ArrayList<>();
        if (intent == Intent.QUESTION && turn.act.isEmpty() && state.greetingDue() && !waiting) {
            actions.add(new Action.Greeting());
        }
        actions.addAll(turn.before);
        actions.add(main);
        Optional<String> away = main.handsOver() ? state.awayNotice() : Optional.empty();
        return new Decision(actions, waiting && !(main instanceof Action.Refuse), away, turn.act, turn.confirmed,
                turn.angry);
    }

    /** While a conversation waits for a person, what still gets its own reply: answers, a repeat, a command. */
    private static boolean answers(Action main) {
        return main instanceof Action.FaqAnswer || main instanceof Action.PassageAnswer
                || main instanceof Action.LlmAnswer || main instanceof Action.Repeat || main instanceof Action.Fixed;
    }

    private static Action press(Press press) {
        return switch (press.found()) {
            case ENTRY -> new Action.FaqAnswer(new FaqMatch(press.entryId(), press.readable(), press.answer(), 1), 1,
                    List.of(), null, true);
            case SOMETHING_ELSE -> new Action.Handoff(HandoffReasons.SOMETHING_ELSE, 0, List.of(), null, null, null,
                    null);
            default -> new Action.Refuse(press.found().refusal());
        };
    }

    /**
     * A question's answer, never the entry the bot just answered with unless the message goes on from it ("and to the
     * UK?") or asks for it again: to someone it did not help ("the tracking hasn't updated in 5 days") the next-best
     * entries of this message, or a person; "did you mean" leaves that entry out too.
     */
    private Action question(Turn turn, Incoming in) {
        Action action = questionAlone(turn, in);
        if (turn.act.isEmpty() && !turn.angry && !turn.followsTopic && Parts.continues(turn.reading.question(),
                turn.lang())) {
            action = previous.unanswered(turn, turn.reading.question(), action);
        }
        Optional<LastReply> last = turn.answered().filter(r -> r.entryId() != null);
        if (last.isEmpty() || turn.act.isPresent() || turn.followsTopic || Parts.continues(turn.reading.question(), turn.lang())
                || sameQuestion(turn, last.get()) || answersWhatIsNew(turn, last.get(), action)) {
            return action;
        }
        long given = last.get().entryId();
        if (action instanceof Action.FaqAnswer a && !a.picked() && a.entry().entryId() == given) {
            return nextBest.of(in.retrieved() != null ? in.retrieved()
                    : questions.retrieve(Cleanup.forLookup(turn.reading.question(), turn.lang()), turn.lang()),
                    last.get());
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

    /** The question asked again word for word (as "say that again" asks): its answer may come again. */
    private static boolean sameQuestion(Turn turn, LastReply last) {
        return last.question() != null && Noise.words(Acts.read(last.question(), turn.lang()).question()
                .toLowerCase(java.util.Locale.ROOT)).equals(Noise.words(turn.reading.question()
                .toLowerCase(java.util.Locale.ROOT)));
    }

    private Action questionAlone(Turn turn, Incoming in) {
        String text = in.text();
        if (PersonRequest.asksForPerson(text, turn.lang()) || (turn.state.personOffered()
                && PersonRequest.acceptsOffer(text, turn.lang()))) {
            turn.act = Optional.of(Act.PERSON);
            return Action.Handoff.asked();
        }
        if (Noise.thanks(text)) {
            return act(turn, Act.THANKS);
        }
        if (Mood.angry(text, turn.state.language())) {
            // an apology and a person at once; the second angry message hands over
            turn.angry = true;
            return turn.state.angryBefore() ? new Action.Handoff(HandoffReasons.CUSTOMER_UPSET, 0, List.of(), null,
                    null, null, null) : Apology.offer(questions, turn.reading.question(), turn.lang());
        }
        if (Noise.onlyEmoji(text) || Noise.mash(text)) {
            turn.act = Optional.of(Act.NOISE);
            return new Action.NotCaught();
        }
        if (turn.reading.onlyAct()) {
            return act(turn, turn.reading.act().get());
        }
        String question = turn.reading.question();
        turn.reading.act().filter(a -> a == Act.THANKS || a == Act.BYE)
                .ifPresent(a -> turn.confirmed = turn.answered().isPresent());
        Optional<Action> onTopic = topic.read(turn, question, question.equals(text) ? in.retrieved() : null);
        if (onTopic.isPresent()) {
            turn.followsTopic = true; // "c'est combien" after an answer: its topic, never its own few words
            return onTopic.get();
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
            return several(turn, parts);
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
        Optional<Act> free = freeFormAct(turn, text, lookup, retrieval);
        if (free.isPresent()) {
            return act(turn, free.get());
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
        return FreeFormActs.read(acts.in(turn.lang()), text, turn.reading.act(), () -> turn.answered().isPresent(), lookup,
                retrieval.clarify(), questions.llmEnabled());
    }

    /**
     * The act a conversation's first message is, said freely, as {@link #decide} reads it with no LLM configured:
     * empty for a closed act, a request for a person, several questions, and a message the FAQ answers confidently
     * ({@code confident}) that is not clearly an act, as the bot answers those otherwise. For a simulated customer
     * ({@code eval}) to be read as the bot reads one.
     *
     * @param confident     whether the FAQ answers the message confidently
     * @param offersChoices whether the FAQ would offer choices for it ("did you mean")
     */
    public static Optional<Act> firstMessageFreeFormAct(ActIndex acts, String message, boolean confident,
                                                        boolean offersChoices) {
        Acts.Reading reading = Acts.read(message);
        if (confident && !FreeFormActs.clear(acts, message) || reading.onlyAct() || PersonRequest.asksForPerson(message)
                || Parts.of(reading.question()).size() > 1) {
            return Optional.empty();
        }
        return FreeFormActs.read(acts, message, reading.act(), () -> false, Cleanup.forLookup(reading.question()),
                offersChoices, false);
    }

    /**
     * Several questions in one message: each confident one answered in order (actions before the reply), and the
     * first that is not confident decided as a question of its own (a clarify, the LLM, a person) as the reply. A
     * part is never answered on its own confidence alone.
     */
    private Action several(Turn turn, List<String> parts) {
        List<Action> answers = new ArrayList<>();
        java.util.Set<Long> answered = new java.util.HashSet<>();
        Action unsure = null;
        for (String part : parts) {
            Retrieval retrieval = questions.retrieve(Cleanup.forLookup(part, turn.lang()), turn.lang());
            Optional<Action> confident = questions.confident(retrieval);
            if (confident.isPresent()) {
                if (answered.add(((Action.FaqAnswer) confident.get()).entry().entryId())) {
                    answers.add(confident.get());
                }
            } else if (unsure == null) {
                unsure = questions.answer(Cleanup.withoutWrapping(part, turn.lang()), retrieval, turn.state::latest);
            }
        }
        if (unsure != null) {
            answers.add(unsure);
        }
        turn.before.addAll(answers.subList(0, answers.size() - 1));
        return answers.get(answers.size() - 1);
    }

    /** The bot's reply to an act, as the conversation stands. */
    private Action act(Turn turn, Act act) {
        turn.act = Optional.of(act);
        Optional<Action> toPerson = ChoicesShowing.rejection(turn, act);
        if (toPerson.isPresent()) {
            return toPerson.get();
        }
        Optional<LastReply> answered = turn.answered();
        return switch (act) {
            case THANKS, BYE, YES -> {
                turn.confirmed = answered.isPresent();
                yield new Action.ActReply(act, answered.isPresent());
            }
            case NO -> turn.state.personOffered() || answered.isEmpty() ? new Action.ActReply(act, false)
                    : nextBest.after(answered.get(), turn.state);
            case NOT_HELPED -> answered.map(a -> nextBest.after(a, turn.state)).orElse(new Action.OfferPerson());
            case REPEAT -> turn.last().<Action>map(r -> new Action.Repeat(r.text()))
                    .orElse(new Action.ActReply(Act.CAPABILITIES, false));
            case START_OVER -> turn.startOver();
            default -> new Action.ActReply(act, answered.isPresent());
        };
    }
}
