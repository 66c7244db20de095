package org.answerdesk.dialogue;

import java.util.Locale;

/**
 * "how long's this gonna take", "hoelang gaat da nog duren eigenlijk", "e aí, vai demorar mt?" typed before any
 * handover, after the bot offered a person or the customer pushed back (issue 61, set 14): the customer asks when
 * someone will help, not how long the shop's service takes. No one of the team has the conversation yet, so the bot
 * says so and offers one ({@link Action.OfferPerson.Why#NOT_YET}); never an FAQ entry about durations. After an answer,
 * "how long?" still asks of the topic ({@link TopicFollowUp}).
 */
final class NotHandedOverYet {

    /** How many of the customer's latest messages are read for a push-back. */
    private static final int PUSHBACK_TURNS = 2;

    private NotHandedOverYet() {
    }

    /** Whether {@code text}, in a conversation not waiting for a person, asks how long until someone helps. */
    static boolean asksHowLong(DialogueState state, String text) {
        Locale language = state.language();
        // the message's own words first: the push-back test reads the customer's last messages again
        return !state.handedOver() && state.lastReply().filter(r -> !r.answered()).isPresent()
                && (SaysItWaits.asksHowLong(text, language) || PersonQuestions.asksHowLong(text, language))
                && (state.personOffered() || pushedBack(state) && !state.lastReply().get().offeredChoices());
    }

    /** Whether one of the customer's latest messages said that the bot's reply did not help. */
    private static boolean pushedBack(DialogueState state) {
        java.util.List<HistoryTurn> said = state.history().stream().filter(HistoryTurn::fromCustomer).toList();
        return said.subList(Math.max(0, said.size() - PUSHBACK_TURNS), said.size()).stream()
                .anyMatch(t -> t.text() != null && Acts.read(t.text(), state.language()).act()
                        .filter(a -> a == Act.NOT_HELPED).isPresent());
    }
}
