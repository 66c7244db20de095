package org.answerdesk.dialogue;

import java.util.Optional;

/**
 * A thanks that ends with a goodbye ("thanks, that's all, bye", "danke dir. tschüss denn", "obrigada! até amanhã
 * então") takes leave: the reply says goodbye, not "anything else?". The thanks is read first, by the closed forms,
 * {@link Closings} or the act phrasings; a last clause of leave ({@link Closings#endsWithBye}) makes it the goodbye,
 * which confirms an answer as the thanks does.
 */
final class Farewell {

    private Farewell() {
    }

    /** {@code main}, or the goodbye when it is the thanks' reply and the message ends by taking leave. */
    static Action decided(Action main, Turn turn, String text) {
        if (!(main instanceof Action.ActReply reply) || reply.act() != Act.THANKS || text.contains("?")
                || !Closings.endsWithBye(text, turn.lang())) {
            return main;
        }
        turn.act = Optional.of(Act.BYE);
        return new Action.ActReply(Act.BYE, reply.afterAnswer());
    }
}
