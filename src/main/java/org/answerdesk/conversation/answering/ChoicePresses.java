package org.answerdesk.conversation.answering;

import org.answerdesk.conversation.Reply;
import org.answerdesk.conversation.store.ConversationStore;
import org.answerdesk.conversation.store.ReplyStore;
import org.answerdesk.conversation.work.ClaimedInbound;
import org.answerdesk.conversation.work.InboundClaims;
import org.answerdesk.conversation.work.ReplyMeters;
import java.util.Optional;

import org.answerdesk.dialogue.Action;
import org.answerdesk.dialogue.Decision;
import org.answerdesk.dialogue.DialoguePolicy;
import org.answerdesk.dialogue.DialogueState;
import org.answerdesk.dialogue.Incoming;
import org.answerdesk.dialogue.Outcome;
import org.answerdesk.dialogue.Transition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Carries out what the dialogue policy decides for a press on a choice
 * ({@link org.answerdesk.dialogue.Intent#CHOICE}), for {@link DecisionRunner}. A press that does not count is marked
 * skipped with the reason, logged and counted, and gets no answer.
 */
@Component
class ChoicePresses {

    private static final Logger log = LoggerFactory.getLogger(ChoicePresses.class);

    private final InboundClaims claims;
    private final ReplyStore replies;
    private final DraftCommitter writer;
    private final ApplicationEventPublisher events;
    private final ReplyMeters meters;
    private final Choices choices;
    private final DialoguePolicy policy;
    private final ActionRenderer renderer;

    ChoicePresses(InboundClaims claims, ReplyStore replies, DraftCommitter writer, ApplicationEventPublisher events,
                  ReplyMeters meters, Choices choices, DialoguePolicy policy, ActionRenderer renderer) {
        this.claims = claims;
        this.replies = replies;
        this.writer = writer;
        this.events = events;
        this.meters = meters;
        this.choices = choices;
        this.policy = policy;
        this.renderer = renderer;
    }

    /**
     * Answers a press: the picked entry's answer, or for "Something else" the handoff; the offer is marked picked in
     * the transaction that stores the answer, so one offer is answered once. A press that does not count
     * (malformed, another conversation's, an entry not offered, picked before) gets no answer. While a person has
     * the conversation, the press is not answered but shown at the desk as what was chosen.
     */
    Optional<Reply> answer(ConversationStore.ConversationRow conversation, ClaimedInbound press,
                           DialogueState state) {
        long start = System.nanoTime();
        var resolved = choices.resolve(conversation, press);
        Incoming incoming = Incoming.press(press.text(), resolved.press());
        Decision decision = policy.decide(state, incoming);
        Action main = decision.main();
        Outcome outcome = Transition.after(state, incoming, decision, policy.historyTurns()).outcome();
        if (main instanceof Action.Refuse refusal) {
            return refuse(conversation, press, refusal.reason());
        }
        String readable = resolved.press().readable();
        if (main instanceof Action.WaitForPerson) {
            choices.rewrite(press.id(), readable);
            return writer.waitForPerson(conversation, press, readable, outcome);
        }
        ReplyDraft rendered = renderer.render(main, conversation.key(), state.language());
        ReplyDraft answer = decision.awayNotice().map(rendered::followedBy).orElse(rendered);
        int latencyMs = (int) ((System.nanoTime() - start) / 1_000_000);
        var event = choices.picked(conversation, resolved, press.id(), state.language());
        Optional<Reply> reply = writer.store(conversation, press, Optional.empty(), answer, latencyMs, outcome,
                () -> {
                    if (!replies.markPicked(event.offerReplyId(), conversation.id())) {
                        return false;
                    }
                    choices.rewrite(press.id(), readable);
                    events.publishEvent(event);
                    return !decision.mirrored()
                            || writer.mirror(conversation, press.id(), readable, java.util.List.of(answer)).getAsBoolean();
                });
        if (reply.isEmpty()) {
            // picked meanwhile, here or elsewhere
            return refuse(conversation, press, org.answerdesk.dialogue.Press.Found.PICKED_BEFORE.refusal());
        }
        meters.count(conversation.key().channel(), answer, latencyMs);
        return reply;
    }

    /** Marks the press skipped; when another worker took it over meanwhile, theirs is the answer and nothing is done. */
    private Optional<Reply> refuse(ConversationStore.ConversationRow conversation,
                                   ClaimedInbound press, String reason) {
        if (claims.markSkipped(press, "choice refused: " + reason, Outcome.REFUSED)) {
            choices.rewrite(press.id(), Choices.REFUSED_TEXT);
            log.info("Choice {} in conversation {} refused: {}", press.id(), conversation.id(), reason);
            meters.refused(conversation.key().channel(), reason);
        }
        return Optional.empty();
    }
}
