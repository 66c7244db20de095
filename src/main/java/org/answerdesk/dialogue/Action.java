package org.answerdesk.dialogue;

import java.util.List;
import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;

/**
 * What the bot does, one step of a {@link Decision}. The conversation core turns each into a stored reply (with the
 * owner's texts), or into what it does instead of replying.
 */
public sealed interface Action {

    /** Whether this reply hands the conversation to a person. */
    default boolean handsOver() {
        return false;
    }

    /**
     * An FAQ entry's own answer.
     *
     * @param related   other entries to show as related questions (owner-worded only)
     * @param chosenBy  the LLM that chose the entry among the closest ones; null when the retriever was confident
     *                  or the customer picked it
     * @param picked    the customer picked it among the offered choices
     */
    record FaqAnswer(FaqMatch entry, double confidence, List<FaqMatch> related, String chosenBy, boolean picked)
            implements Action {

        /**
         * The answer as said to this customer, in the conversation's language: as written when they picked the entry,
         * the LLM chose it or they asked its own question; else without an opening "yes" or "no" that was written
         * for the entry's question ({@link AnswerOpening}).
         */
        public String said(Locale language) {
            return picked || chosenBy != null ? entry.answer() : AnswerOpening.said(entry, language);
        }

        /** Whether the FAQ found it by itself (not picked, not the LLM's choice), with neighbours it could be. */
        boolean foundWithNeighbours() {
            return !picked && chosenBy == null && !related.isEmpty();
        }

        /** The entry first and its neighbours after, as "did you mean": where the message cannot single it out. */
        Clarify asChoices() {
            List<FaqMatch> shown = new java.util.ArrayList<>(List.of(entry));
            related.stream().filter(m -> m.entryId() != entry.entryId()).limit(Clarify.SHOWN - 1).forEach(shown::add);
            return new Clarify(shown, confidence, entry.entryId(), null, false);
        }
    }

    /** A passage of the shop's pages offered by itself (already rendered, with its citation). */
    record PassageAnswer(String text, double confidence, List<FaqMatch> related) implements Action {
    }

    /**
     * "Did you mean": the entries the right one is probably among, best first.
     *
     * @param closest       the best entry (stored as the reply's entry)
     * @param handoffReason set when the channel opens a ticket with the choices ({@link HandoffReasons#AWAITING_PICK})
     * @param again         offered because the bot's answer did not help ("that's not it")
     * @param about         the words of the one question of the message the choices are for, where the message asked
     *                      another that is answered before them ("About how long to Leeds: did you mean ..."); else
     *                      null
     */
    record Clarify(List<FaqMatch> choices, double confidence, Long closest, String handoffReason, boolean again,
                   String about) implements Action {

        /** How many entries "did you mean" shows at most, whichever rule chose them. */
        static final int SHOWN = 3;

        public Clarify(List<FaqMatch> choices, double confidence, Long closest, String handoffReason, boolean again) {
            this(choices, confidence, closest, handoffReason, again, null);
        }

        /** The same choices with {@code lead}, one of them, moved to the front (and named the closest). */
        Clarify ledBy(FaqMatch lead) {
            List<FaqMatch> led = new java.util.ArrayList<>(List.of(lead));
            choices.stream().filter(m -> m.entryId() != lead.entryId()).forEach(led::add);
            return new Clarify(led, confidence, lead.entryId(), handoffReason, again, about);
        }

        /** The same choices, opening a ticket that waits for the customer's pick. */
        Clarify awaitingPick() {
            return new Clarify(choices, confidence, closest, HandoffReasons.AWAITING_PICK, again, about);
        }

        @Override
        public boolean handsOver() {
            return handoffReason != null;
        }
    }

    /** A text the LLM wrote (citations rendered). */
    record LlmAnswer(String text, double confidence, List<FaqMatch> related, Long closest, String model,
                     Integer tokensIn, Integer tokensOut) implements Action {
    }

    /**
     * A person takes over: the handoff reply (or, for {@link HandoffReasons#CUSTOMER_ASKED}, the reply to a request
     * for a person).
     *
     * @param reason one of {@link HandoffReasons}
     * @param model  the LLM that read the question first (it declined, or cited nothing), else null
     */
    record Handoff(String reason, double confidence, List<FaqMatch> related, Long closest, String model,
                   Integer tokensIn, Integer tokensOut) implements Action {

        static Handoff asked() {
            return new Handoff(HandoffReasons.CUSTOMER_ASKED, 0, List.of(), null, null, null, null);
        }

        @Override
        public boolean handsOver() {
            return true;
        }
    }

    /** The owner's fixed text for a command or a message that is no question ({@link Intent}). */
    record Fixed(Intent intent) implements Action {
    }

    /**
     * The bot's own reply to an act (a greeting back, "you're welcome", what it can do, an honest "I'm a bot").
     *
     * @param afterAnswer the act follows an answer of the bot's (thanks then closes, "no" means it did not help)
     */
    record ActReply(Act act, boolean afterAnswer) implements Action {
    }

    /** The bot's last reply, once more. */
    record Repeat(String text) implements Action {
    }

    /**
     * The offer of a person: a "yes" next accepts it. Its text says what happened ({@link Why}).
     *
     * @param why    what the offer follows
     * @param answer  for an angry customer whose question the FAQ answers confidently: that answer, between the
     *                apology and the offer (one reply); else null
     * @param choices for an angry customer whose question the FAQ is unsure of: its "did you mean" entries, between
     *                the apology and the offer; else empty
     */
    record OfferPerson(Why why, FaqAnswer answer, List<FaqMatch> choices) implements Action {

        public OfferPerson {
            choices = List.copyOf(choices);
        }

        public OfferPerson(Why why, FaqAnswer answer) {
            this(why, answer, List.of());
        }

        /** After an answer that did not help. */
        public OfferPerson() {
            this(Why.NOT_HELPED, null);
        }

        public OfferPerson(boolean apologising) {
            this(apologising ? Why.UPSET : Why.NOT_HELPED, null);
        }

        public OfferPerson(Why why) {
            this(why, null);
        }

        /** Said to an angry customer: an apology comes first. */
        public boolean apologising() {
            return why == Why.UPSET;
        }

        /** What an offer of a person follows, so that its text says what happened. */
        public enum Why {
            /** An answer the customer said did not help. */
            NOT_HELPED,
            /** An angry customer. */
            UPSET,
            /** A question the bot is unsure of and has asked "did you mean" about already: no answer was given. */
            UNSURE,
            /** A question far from every entry of the FAQ: the bot says it cannot answer that here. */
            OFF_TOPIC,
            /**
             * A first question the FAQ has no answer for, yet not far from it ({@link FirstMiss}): the bot is not sure
             * it has one, asks for other words, and offers a person; no ticket before a second miss or a "yes".
             */
            NOT_FOUND,
            /**
             * A first rejection of the "did you mean" choices typed on a chat ("none of those"): an apology, a request
             * to say it in other words, and the offer of a person.
             */
            REJECTED,
            /** "is anyone there?" in a conversation under way: the bot says it is here, and who it is. */
            PRESENT,
            /**
             * A concession demanded after a reply (a discount, a percentage, something for free, {@link Concession}):
             * an apology and an honest "I can't agree to that here", nothing promised; what the FAQ says of it, if
             * anything, and a person who may look at the request.
             */
            CONCESSION,
            /**
             * A follow-up that the answer just given would only repeat ("its been a week", "do you repair it or
             * replace it"): the bot says that is all its answers hold on this, never the same answer twice.
             */
            NOTHING_MORE,
            /**
             * "how long is this gonna take?" after the bot offered a person or the customer pushed back, before any
             * handover: no one of the team has the conversation yet, so the bot says so and offers one.
             */
            NOT_YET
        }
    }

    /**
     * While the conversation waits for a person: the team has the message and will answer here.
     *
     * @param again   the bot acknowledged a message of this burst already: a shorter text, so repeats read lighter
     * @param closing the customer's thanks or "ok" ({@link Act#THANKS}, {@link Act#YES}: a short "you're welcome",
     *                not the team's text once more) or giving up ({@link Act#BYE}, {@link Act#CANCEL}: sorry for the
     *                wait, goodbye); else null
     * @param choices the FAQ's did-you-mean entries for the message, offered meanwhile (the ticket is open already:
     *                never a new offer of a person); empty when it found none
     */
    record Acknowledge(boolean again, Act closing, List<FaqMatch> choices) implements Action {

        public Acknowledge {
            choices = List.copyOf(choices);
        }

        public Acknowledge() {
            this(false);
        }

        public Acknowledge(boolean again) {
            this(again, null);
        }

        public Acknowledge(boolean again, Act closing) {
            this(again, closing, List.of());
        }

        /**
         * The acknowledgement of a message that is {@code act}, if any: a thanks, an "ok", a bye, "are you a bot?"
         * (who writes matters most while a person is awaited): their own words.
         */
        static Acknowledge of(boolean again, java.util.Optional<Act> act, List<FaqMatch> choices) {
            Act closing = act.filter(a -> a == Act.THANKS || a == Act.YES || a == Act.BYE || a == Act.CANCEL
                    || a == Act.BOT).orElse(null);
            return new Acknowledge(again, closing, closing == null ? choices : List.of());
        }
    }

    /** A message of no words the bot can read (a keyboard mash, emoji it cannot place): "Sorry, I didn't catch that". */
    record NotCaught() implements Action {
    }

    /**
     * A message too vague to look up ("prices", "problem with my stuff"): the bot asks what the customer means, never
     * one entry as if certain and never a person at once (issue 61, set 12).
     */
    record AskMore() implements Action {
    }

    /**
     * A yes or no where the bot asked nothing to say yes or no to ("vabbè sì", {@link UnknownWordsAct}): the bot asks
     * what the customer would like, with no choices and nothing confirmed.
     */
    record AskWhatNext() implements Action {
    }

    /** The channel's greeting, before the first answer of a conversation. */
    record Greeting() implements Action {
    }

    /** The live conversation is closed first: the next message opens a new one with no history. */
    record StartOver() implements Action {
    }

    /** No reply: the message is left to the person the conversation waits for, shown at the desk as {@code text}. */
    record WaitForPerson(String text) implements Action {
    }

    /** A press that does not count: no reply, logged and counted with {@code reason}. */
    record Refuse(String reason) implements Action {
    }
}
