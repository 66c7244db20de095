package org.answerdesk.dialogue;

import java.util.List;
import java.util.Optional;

import org.answerdesk.retrieval.FaqMatch;

/**
 * A question the FAQ has no answer for, yet is not far from it (neither confident, nor "did you mean", nor off-topic),
 * with no LLM to ask: on a chat, the first such miss is never a ticket the customer did not ask for. The bot says it
 * is not sure it has an answer, asks for other words and offers a person ({@link Action.OfferPerson.Why#NOT_FOUND});
 * typed while "did you mean" choices are showing instead of a tap (a rejection the act reader did not place, "na,
 * des is ois ned des wos i moan", or another question), it apologises first for the wrong guess
 * ({@link Action.OfferPerson.Why#REJECTED}). The ticket opens on the second miss in a row (the last reply offered a
 * person and answered nothing), on a "yes", or by mail (its ticket is the reply a mail gets).
 *
 * <p>No choices with it on a conversation's first message: measured in the band on the shared sets, most questions
 * there are out of scope (the sample FAQ: 21 of 27), so choices there would more than double the off-topic questions
 * shown choices (docs/dialogue.md, "A covered question handed over at once"). Later in a conversation, where the
 * message shares a content word or concept with one of the closest entries (their question or answer), those entries
 * are offered as "did you mean" instead, the likeliest first ({@link #choices}; docs/dialogue.md, "band7"), the first
 * or the second miss alike: a question asked after the shop's topic came up, in the shop's words, is most often
 * about the shop.
 */
final class FirstMiss {

    private FirstMiss() {
    }

    /**
     * {@code main} for a typed message ({@code text}, its lookup text {@code asked}) of a conversation not waiting for
     * a person, its customer not angry.
     */
    static Action decided(Action main, DialogueState state, String asked, String text) {
        if (main instanceof Action.OfferPerson o && o.why() == Action.OfferPerson.Why.OFF_TOPIC && !state.handedOver()
                && (!state.chat() || missedBefore(state) && !OwnQuestion.after(state, text))) {
            // by mail an offer would cost the customer a round trip: a ticket at once, as a mail's miss; on a chat,
            // the same question again after "I can't answer that here": the customer insists, a person takes it
            return new Action.Handoff(HandoffReasons.NO_ANSWER, 0, List.of(), null, null, null, null);
        }
        if (!(main instanceof Action.Handoff h) || !HandoffReasons.NO_ANSWER.equals(h.reason()) || !state.chat()
                || state.handedOver()) {
            return main;
        }
        Optional<Action.Clarify> choices = choices(h, state, asked);
        if (choices.isPresent()) {
            return choices.get();
        }
        if (missedBefore(state) && !OwnQuestion.after(state, text)) {
            return main; // the same question missed again; a question of its own gets its own first miss
        }
        return new Action.OfferPerson(rejects(state, asked, text) ? Action.OfferPerson.Why.REJECTED
                : Action.OfferPerson.Why.NOT_FOUND);
    }

    /**
     * Whether a message typed instead of a tap on the choices, with still no entry, says they were the wrong guess:
     * all but a question that names something they did not ("how long does that take?", "do gift cards expire?"),
     * which is a message of its own: the bot is unsure of it, and never says "sorry, I got that wrong" for an answer it
     * did not give. A message that negates ("na, des is ois ned des") rejects them, asked or not.
     */
    static boolean rejects(DialogueState state, String asked, String text) {
        Optional<LastReply> shown = ChoicesShowing.showing(state);
        return shown.isPresent() && (NearPoliteness.negates(text, state.language())
                || !FollowUpCue.asks(text, state.language())
                || !ChoicesShowing.newQuestion(asked, shown.get(), state.language()));
    }

    /**
     * The closest entries as "did you mean", for a miss said after earlier turns of the conversation ({@code asked},
     * its lookup text) that shares a content term or concept with one of them; never twice about the same question
     * (typed while choices show, it must name something they and their question did not: {@link ChoicesShowing}).
     */
    static Optional<Action.Clarify> choices(Action.Handoff miss, DialogueState state, String asked) {
        List<FaqMatch> closest = miss.related().stream().limit(Action.Clarify.SHOWN).toList();
        if (closest.isEmpty() || state.history().isEmpty() || !OwnQuestion.namedIn(asked, closest, state.language())
                || ChoicesShowing.showing(state).filter(l -> !ChoicesShowing.newQuestion(asked, l,
                        state.language())).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new Action.Clarify(closest, miss.confidence(), miss.closest(), null, false));
    }

    /** Whether the bot's last reply offered a person and answered nothing: another miss is the second in a row. */
    static boolean missedBefore(DialogueState state) {
        return state.personOffered() && state.lastReply().map(l -> !l.answered()).orElse(false);
    }
}
