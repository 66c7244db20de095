package org.answerdesk.conversation.answering;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.answerdesk.conversation.Channel;
import org.answerdesk.dialogue.CallbackNumber;
import org.answerdesk.dialogue.CallbackTime;
import org.answerdesk.dialogue.HandoffReasons;
import org.answerdesk.language.Texts;
import org.springframework.stereotype.Component;

/**
 * A person asked for with a phone number to call back on ("call me back on 0612 345678"): the number goes with the
 * ticket, and the handoff reply says the team will call back on it ({@code conversation.human-requested-callback}),
 * so the customer knows it was read; a time the customer prefers ("after 6", "amanhã de manhã") is said back as
 * written and as passed on to the team ({@code conversation.human-requested-callback-time}), not promised: it may
 * fall outside the shop's hours. Email keeps its own handoff text: a mail is answered by mail.
 */
@Component
class CallbackReplies {

    private final Texts texts;

    CallbackReplies(Texts texts) {
        this.texts = texts;
    }

    /** The number to call back on, when {@code reply} hands over a customer who asked for a person and gave one. */
    Optional<String> number(ReplyDraft reply, String message, Locale language) {
        if (!HandoffReasons.CUSTOMER_ASKED.equals(reply.handoffReason()) || message == null) {
            return Optional.empty();
        }
        return CallbackNumber.in(message, language);
    }

    /**
     * The handoff reply that names the number, and the time {@code message} prefers if it names one, on every channel
     * but email; the reply as it is without a number.
     */
    ReplyDraft acknowledged(ReplyDraft reply, Optional<String> number, String message, Channel channel,
                            Locale language) {
        if (number.isEmpty() || channel == Channel.EMAIL) {
            return reply;
        }
        Optional<String> time = CallbackTime.in(message, number, language);
        return reply.saying(time.isPresent()
                ? texts.text("conversation.human-requested-callback-time", language, Map.of("phone", number.get(),
                        "time", time.get()))
                : texts.text("conversation.human-requested-callback", language, Map.of("phone", number.get())));
    }
}
