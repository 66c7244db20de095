package org.answerdesk.conversation;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Answers a press on a choice ({@link Intent#CHOICE}) as {@link Choices} decides it, for {@link Answerer}. A press
 * that does not count is marked skipped with the reason, logged and counted, and gets no answer.
 */
@Component
class ChoicePresses {

    private static final Logger log = LoggerFactory.getLogger(ChoicePresses.class);

    private final InboundClaims claims;
    private final ReplyStore replies;
    private final ReplyWriter writer;
    private final ApplicationEventPublisher events;
    private final ReplyMeters meters;
    private final Choices choices;

    ChoicePresses(InboundClaims claims, ReplyStore replies, ReplyWriter writer, ApplicationEventPublisher events,
                  ReplyMeters meters, Choices choices) {
        this.claims = claims;
        this.replies = replies;
        this.writer = writer;
        this.events = events;
        this.meters = meters;
        this.choices = choices;
    }

    /** A press while a person has the conversation: not answered, shown at the desk as what was chosen. */
    Optional<Reply> forPerson(ConversationStore.ConversationRow conversation, ClaimedInbound press) {
        var decision = choices.decide(conversation, press);
        if (decision.accepted().isEmpty()) {
            return refuse(conversation, press, decision.refusal());
        }
        String readable = decision.accepted().get().readableText();
        choices.rewrite(press.id(), readable);
        return writer.waitForPerson(conversation, press, readable);
    }

    /**
     * Answers a press: the picked entry's answer, or for "Something else" the handoff; the offer is marked picked in
     * the transaction that stores the answer, so one offer is answered once. A press that does not count
     * (malformed, another conversation's, an entry not offered, picked before) gets no answer.
     *
     * @param waiting whether the conversation waits for a person: the answer is mirrored to the desk too
     */
    Optional<Reply> answer(ConversationStore.ConversationRow conversation, ClaimedInbound press, boolean waiting) {
        long start = System.nanoTime();
        var decision = choices.decide(conversation, press);
        if (decision.accepted().isEmpty()) {
            return refuse(conversation, press, decision.refusal());
        }
        var accepted = decision.accepted().get();
        int latencyMs = (int) ((System.nanoTime() - start) / 1_000_000);
        var event = accepted.event();
        Optional<Reply> reply = writer.store(conversation, press, Optional.empty(), accepted.answer(), latencyMs,
                () -> {
                    if (!replies.markPicked(event.offerReplyId(), conversation.id())) {
                        return false;
                    }
                    choices.rewrite(press.id(), accepted.readableText());
                    events.publishEvent(event);
                    return !waiting || writer.mirror(conversation, press.id(), accepted.readableText(),
                            accepted.answer()).getAsBoolean();
                });
        if (reply.isEmpty()) {
            return refuse(conversation, press, Choices.ALREADY_PICKED); // picked meanwhile, here or elsewhere
        }
        meters.count(conversation.key().channel(), accepted.answer(), latencyMs);
        return reply;
    }

    /** Marks the press skipped; when another worker took it over meanwhile, theirs is the answer and nothing is done. */
    private Optional<Reply> refuse(ConversationStore.ConversationRow conversation,
                                   ClaimedInbound press, String reason) {
        if (claims.markSkipped(press, "choice refused: " + reason)) {
            choices.rewrite(press.id(), Choices.REFUSED_TEXT);
            log.info("Choice {} in conversation {} refused: {}", press.id(), conversation.id(), reason);
            meters.refused(conversation.key().channel(), reason);
        }
        return Optional.empty();
    }
}
