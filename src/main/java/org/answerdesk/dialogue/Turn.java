package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What one turn found out along the way: the act, actions before the reply, a confirmed resolution. */
final class Turn {

    final DialogueState state;
    final Acts.Reading reading;
    final List<Action> before = new ArrayList<>();
    Optional<Act> act = Optional.empty();
    boolean confirmed;
    boolean angry;
    /** The LLM was asked to rewrite the message already: it is asked once per message. */
    boolean rewriteAsked;
    /** The message was decided as a follow-up on the topic of the answer before it ({@link TopicFollowUp}). */
    boolean followsTopic;
    /** The questions of a message of several that the FAQ was sure of none of, and their lookups; else null. */
    List<String> unsureParts;
    List<org.answerdesk.retrieval.Retrieval> unsureFound;

    Turn(DialogueState state, Acts.Reading reading) {
        this.state = state;
        this.reading = reading;
    }

    Optional<LastReply> last() {
        return state.lastReply();
    }

    Locale lang() {
        return state.language();
    }

    Optional<LastReply> answered() {
        return last().filter(LastReply::answered);
    }

    Action startOver() {
        before.add(new Action.StartOver());
        return new Action.Fixed(Intent.RESET);
    }
}
