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
    private final QuestionPath questionPath;
    private final OneQuestionAfterAll oneQuestion;

    public DialoguePolicy(FaqLookup faq, PassageLookup passages, LanguageModel llm, ActIndex acts) {
        this.questions = new Questions(faq, passages, llm);
        this.acts = acts;
        StandaloneFollowUp standalone = new StandaloneFollowUp(questions, faq, llm, acts);
        NextBest nextBest = new NextBest(questions);
        ReadWithPrevious previous = new ReadWithPrevious(questions, standalone);
        TopicFollowUp topic = new TopicFollowUp(questions, acts, previous);
        this.questionPath = new QuestionPath(questions, acts, nextBest, previous, topic,
                new ActReplies(nextBest));
        this.oneQuestion = new OneQuestionAfterAll(questions);
    }

    /**
     * A decision that needs nothing of the conversation, for a caller that stores a message with its answer in one
     * step (the web chat): the FAQ's answer to a plain question it answers confidently. Otherwise the FAQ's verdict
     * (null when none was asked), to be given back with the message ({@link Incoming#retrieved}).
     */
    public Prepared prepare(String text, Locale language) {
        if (PersonRequest.asksForPerson(text, language) || PersonRequest.acceptsOffer(text, language)
                || Acts.read(text, language).act().isPresent() || Parts.of(text, language).size() > 1
                || Parts.joined(text, language).size() > 1
                || Parts.continues(text, language) || Mood.angry(text, language) || Noise.onlyEmoji(text)
                || Noise.mash(text) || Cleanup.onlyDetails(text, language) || UnknownWordsAct.mayBe(text, language)
                || BotThenQuestion.rest(text, language).isPresent() || !oneQuestion.oneQuestion(text, language)) {
            return new Prepared(Optional.empty(), null);
        }
        String lookup = Cleanup.forLookup(text, language);
        Retrieval retrieval = questions.retrieve(lookup, language);
        // a bare word ("returns") is too vague for one entry, however sure the FAQ is: its choices, decided with
        // the conversation (Vague; set 13's en 2.1, de 2.1, it 2.1 were answered here, before Vague read them)
        Optional<Action> confident = Vague.bare(lookup, language) ? Optional.empty()
                : questions.confident(retrieval)
                        .filter(a -> !VagueOpener.vague(lookup, (Action.FaqAnswer) a, language)) // "how much?"
                        // "es sobre mi pedido": choices, if it is the conversation's first question
                        .filter(a -> !TopicOpener.leavesOpen(lookup, (Action.FaqAnswer) a, language));
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
    public static String lookupText(String message, Locale language) {
        Acts.Reading reading = Acts.read(message, language);
        return reading.onlyAct() ? message : Cleanup.forLookup(reading.question(), language);
    }

    /**
     * Whether a customer's pick among the choices may teach the FAQ the message as a phrasing: one question, not an
     * act, a request for a person or a keyboard mash (a message of several questions teaches nothing: its pick
     * answered one part).
     */
    public static boolean learnable(String message, Locale language) {
        Acts.Reading reading = Acts.read(message, language);
        return !reading.onlyAct() && !PersonRequest.asksForPerson(message, language) && !Noise.mash(message)
                && !Noise.onlyEmoji(message) && Parts.of(reading.question(), language).size() == 1;
    }

    /**
     * Whether the message is an act in a closed form ("thanks", "hi", "are you a bot?"), answered without the FAQ, read
     * by the rules of the conversation's {@code language}.
     */
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
        Acts.Reading reading = intent == Intent.QUESTION ? UnknownWordsAct.reread(Acts.read(in.text(), state.language()),
                in.text(), state, words -> questions.retrieve(words, state.language()))
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
            case QUESTION -> anyoneThere(state, waiting, in.text(), reading)
                    ? new Action.OfferPerson(Action.OfferPerson.Why.PRESENT)
                    // waiting for a person, "how long will this take?" or "anyone still there?" is the wait, never
                    // a delivery time or an entry
                    : waiting && (asksAboutTheWait(in.text(), state.language()) || WaitUnknownToFaq.asksHowLong(
                            in.text(), state.language(), words -> questions.retrieve(words, state.language())))
                            ? new Action.NotCaught()
                    // not yet handed over, after an offer of a person or a push-back: no one has it yet; offered
                    : !waiting && NotHandedOverYet.asksHowLong(state, in.text())
                            ? new Action.OfferPerson(Action.OfferPerson.Why.NOT_YET)
                    : questionPath.question(turn, in);
            case HUMAN -> Action.Handoff.asked();
            case RESET -> turn.startOver();
            default -> new Action.Fixed(intent);
        };
        if (intent == Intent.QUESTION) {
            main = UnknownWordsAct.decided(main, turn, in.text()); // "vabbè sì" with nothing asked: what next?
            main = AmbiguousAck.decided(main, turn, in.text()); // "ok dale" after a cancellation told: no thanks
            main = Farewell.decided(main, turn, in.text()); // "thanks, that's all, bye": the goodbye
            main = ChoicesShowing.decided(main, state, Cleanup.forLookup(reading.question(), state.language()));
            main = RejectedTopic.decided(main, turn, in.text()); // "non pas la réservation": never that entry
            main = Concession.decided(main, state, in.text(), questions); // "too dear, i want 20 percent off"
            main = PushBackNeed.decided(main, state, in.text(), questions); // "no i need someone here tomorrow"
            main = PushBackQuestion.decided(main, state, in.text(), questions); // "not what i asked, can i ..."
            main = AskedBefore.decided(main, state, in.text(), questions); // "lo que pregunto es si ..."
            main = ComplaintTopic.decided(main, state, in.text(), questions); // the clause that tells the problem
            main = GoneChoices.decided(main, in.text(), state.language(), questions); // "... not any more": cancel first
            main = Complaint.decided(main, state, in.text(), turn.angry);
            if (!waiting && !turn.angry) {
                String asked = Cleanup.forLookup(reading.question(), state.language());
                main = TopicOpener.decided(main, state, asked); // "c'est pour ma fille": what would you like to know?
                main = VagueOpener.decided(main, state, asked); // "quanto custa?" first: choices, not one price
                main = FirstMiss.decided(Vague.decided(main, state, asked, state.language()), state, asked, in.text());
            }
        }
        if (!waiting && main instanceof Action.Clarify c && state.ticketWithChoices()) {
            main = c.awaitingPick();
        }
        if (waiting && main instanceof Action.OfferPerson o && o.answer() != null) {
            main = o.answer(); // the ticket is open: the answer an angry customer's question has, not a new offer
        }
        if (waiting && intent != Intent.CHOICE && !answers(main)) {
            // the ticket is open already: the team has it; never a greeting, an offer of a person or small talk.
            // Never silence on a chat until a person writes (a shorter text after the first); a mail per burst
            if (state.acknowledged() && !state.chat()) {
                return Decision.of(new Action.WaitForPerson(in.text()));
            }
            // the FAQ's help meanwhile: its did-you-mean entries with the acknowledgement, unless the message only
            // says it will wait ("ok I'll wait, sorry for the tone"); an "ok" is not another yes
            main = Action.Acknowledge.of(state.acknowledged(), PersonRequest.acceptsOffer(in.text(), state.language())
                    ? Optional.of(Act.YES) : turn.act, main instanceof Action.Clarify c
                    && !(SaysItWaits.in(in.text(), state.language()) && !asks(in.text(), reading, state.language()))
                    && !SaysItWaits.aboutTheWait(in.text(), state.language())
                    && !(PushBack.complains(in.text(), state.language()) && !asks(in.text(), reading, state.language()))
                    ? c.choices() : List.of());
            turn.before.removeIf(a -> !answers(a)); // the answers to the message's other questions stay
        }
        List<Action> actions = new ArrayList<>();
        if (intent == Intent.QUESTION && turn.act.isEmpty() && state.greetingDue() && !waiting) {
            actions.add(new Action.Greeting());
        }
        actions.addAll(turn.before);
        actions.add(main);
        // outside business hours, a customer who asks about the wait is told when the team is back
        Optional<String> away = main.handsOver() || waiting && main instanceof Action.Acknowledge
                && SaysItWaits.aboutTheWait(in.text(), state.language()) ? state.awayNotice() : Optional.empty();
        return new Decision(actions, waiting && !(main instanceof Action.Refuse), away, turn.act, turn.confirmed,
                turn.angry);
    }

    /** While a person is awaited: whether the message asks how long, when, or whether anyone is there. */
    private static boolean asksAboutTheWait(String text, Locale language) {
        return SaysItWaits.asksHowLongAmong(text, language) || SaysItWaits.asksWhen(text, language)
                || PersonQuestions.asksIfAnyoneIsThere(text, language)
                || OnlyWords.asksIfAnyoneIsThereAmong(text, language, true); // "hallo?? iemand? ik wacht al uren"
    }

    /** Whether a message asks, in any of its sentences ("ok whatever. when is the blue pot back"). */
    private static boolean asks(String text, Acts.Reading reading, Locale language) {
        return FollowUpCue.asks(text, language) || FollowUpCue.asks(reading.question(), language)
                || java.util.Arrays.stream(text.split("[.!;\n]+")).anyMatch(s -> FollowUpCue.asks(s, language));
    }

    /**
     * "is anyone there?" in a conversation under way, or a greeting asked ("hello???"): the bot is here (never a new
     * greeting), a person if wanted.
     */
    private static boolean anyoneThere(DialogueState state, boolean waiting, String text, Acts.Reading reading) {
        return !waiting && !state.history().isEmpty() && (PersonQuestions.asksIfAnyoneIsThere(text, state.language())
                || text.contains("?") && reading.onlyAct() && reading.act().get() == Act.GREETING
                        && !ActRules.talk(text, state.language())); // "ciao, piove ancora da voi?" greets
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
     * The act a conversation's first message is, said freely, as {@link #decide} reads it with no LLM configured:
     * empty for a closed act, a request for a person, several questions, and a message the FAQ answers confidently
     * ({@code confident}) that is not clearly an act, as the bot answers those otherwise. For a simulated customer
     * ({@code eval}) to be read as the bot reads one.
     *
     * @param confident     whether the FAQ answers the message confidently
     * @param offersChoices whether the FAQ would offer choices for it ("did you mean")
     */
    public static Optional<Act> firstMessageFreeFormAct(ActIndex acts, String message, Locale language,
                                                        boolean confident, boolean offersChoices) {
        Acts.Reading reading = Acts.read(message, language);
        if (confident && !FreeFormActs.clear(acts, message) || reading.onlyAct()
                || PersonRequest.asksForPerson(message, language)
                || Parts.of(reading.question(), language).size() > 1) {
            return Optional.empty();
        }
        return FreeFormActs.read(acts, message, reading.act(), () -> false,
                Cleanup.forLookup(reading.question(), language), offersChoices, false);
    }
}
