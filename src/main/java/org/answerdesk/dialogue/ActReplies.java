package org.answerdesk.dialogue;

import java.util.Optional;

/**
 * The bot's own reply to an act (thanks, a "no", "say that again"), as the conversation stands: apart from the
 * question path because an act is answered without the FAQ, only the answer before it counts.
 */
final class ActReplies {

    private final NextBest nextBest;

    ActReplies(NextBest nextBest) {
        this.nextBest = nextBest;
    }

    /** The bot's reply to an act, as the conversation stands. */
    Action act(Turn turn, Act act) {
        turn.act = Optional.of(act);
        Optional<Action> toPerson = ChoicesShowing.rejection(turn, act);
        if (toPerson.isPresent()) {
            return toPerson.get();
        }
        Optional<LastReply> answered = turn.answered();
        if (act == Act.YES) {
            Optional<Action> picked = YesToChoices.read(turn);
            if (picked.isPresent()) {
                return picked.get();
            }
        }
        return switch (act) {
            case THANKS, BYE, YES -> {
                turn.confirmed = answered.isPresent();
                yield new Action.ActReply(act, answered.isPresent());
            }
            case NO -> turn.state.personOffered() || answered.isEmpty() ? new Action.ActReply(act, false)
                    : nextBest.after(answered.get(), turn.state);
            // "that didn't help" again while a person is offered already: the second push-back in a row hands over
            case NOT_HELPED -> answered.map(a -> nextBest.after(a, turn.state)).orElse(turn.state.personOffered()
                    ? NextBest.toPerson() : new Action.OfferPerson());
            case REPEAT -> turn.last().<Action>map(r -> new Action.Repeat(r.text()))
                    .orElse(new Action.ActReply(Act.CAPABILITIES, false));
            case START_OVER -> turn.startOver();
            default -> new Action.ActReply(act, answered.isPresent());
        };
    }
}
