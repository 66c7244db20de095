package org.answerdesk.handoff;

import org.answerdesk.conversation.ChoicePicked;
import org.answerdesk.conversation.ConversationDesk;
import org.answerdesk.dialogue.HandoffReasons;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Closes the ticket a clarify reply opened ({@link HandoffReasons#AWAITING_PICK}, mail) when the customer confirms
 * one of the offered answers before a person wrote: the bot resolved it, so no one needs to follow up, no closing
 * message goes out and no rating is asked. "Something else" leaves the ticket open. The core publishes
 * {@link ChoicePicked} only while no person has joined, in the transaction that answers the press, so the ticket
 * closes with the answer or not at all.
 */
@Component
class ConfirmedPicks {

    private static final Logger log = LoggerFactory.getLogger(ConfirmedPicks.class);

    private final HandoffRepository handoffs;
    private final ConversationDesk desk;

    ConfirmedPicks(HandoffRepository handoffs, ConversationDesk desk) {
        this.handoffs = handoffs;
        this.desk = desk;
    }

    @EventListener
    void onChoicePicked(ChoicePicked picked) {
        if (picked.somethingElse()) {
            return;
        }
        handoffs.openFor(picked.conversationId())
                .filter(open -> HandoffReasons.AWAITING_PICK.equals(open.reason()))
                .filter(open -> handoffs.resolve(open.id(), HandoffReasons.CONFIRMED_BY_CUSTOMER))
                .ifPresent(open -> {
                    desk.returnToBot(picked.conversationId());
                    log.info("Handoff {} closed: the customer confirmed an offered answer", open.id());
                });
    }
}
