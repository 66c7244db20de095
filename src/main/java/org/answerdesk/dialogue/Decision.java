package org.answerdesk.dialogue;

import java.util.List;
import java.util.Optional;

/**
 * What the policy decided for one message: the actions in order (a greeting before the first answer, say).
 *
 * @param mirrored   the conversation waits for a person: the desk sees the message and the bot's reply
 * @param awayNotice added to the reply that hands over while the team is away
 * @param act        what the message did as an act, if anything (stored with it, for the analytics)
 * @param confirmed  the customer confirmed that the bot's last answer resolved their question
 * @param angry      the message was angry (recorded, so that a second angry message hands over)
 */
public record Decision(List<Action> actions, boolean mirrored, Optional<String> awayNotice, Optional<Act> act,
                       boolean confirmed, boolean angry) {

    public Decision {
        actions = List.copyOf(actions);
    }

    static Decision of(Action... actions) {
        return new Decision(List.of(actions), false, Optional.empty(), Optional.empty(), false, false);
    }

    /** The reply this decision is about (the last action; any greeting goes before it). */
    public Action main() {
        return actions.get(actions.size() - 1);
    }

    /** Whether the bot replies at all. */
    public boolean replies() {
        return !(main() instanceof Action.WaitForPerson || main() instanceof Action.Refuse);
    }
}
