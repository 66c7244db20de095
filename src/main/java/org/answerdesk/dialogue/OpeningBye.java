package org.answerdesk.dialogue;

import java.util.Optional;

/**
 * A goodbye of one word alone as a conversation's first message greets: nothing was said yet to leave, and in several
 * regions the word is hello and goodbye at once (Swiss French and Swiss German "adieu", "salut", "ciao", "servus",
 * "tschau"). A goodbye of more words ("talk to you later", "bis später") says goodbye.
 */
final class OpeningBye {

    private static final java.util.regex.Pattern ONE_WORD = java.util.regex.Pattern.compile("\\p{L}+[\\p{P}\\s]*");

    private OpeningBye() {
    }

    /** The reading of a first message that is only a goodbye, as a greeting; otherwise {@code reading}. */
    static Acts.Reading reread(Acts.Reading reading, String text, DialogueState state) {
        if (reading.onlyAct() && reading.act().get() == Act.BYE && ONE_WORD.matcher(text.strip()).matches()
                && state.history().isEmpty()
                && state.lastReply().isEmpty() && !state.handedOver()) {
            return new Acts.Reading(Optional.of(Act.GREETING), "");
        }
        return reading;
    }
}
