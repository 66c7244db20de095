package org.answerdesk.handoff;

import java.util.NoSuchElementException;

import org.answerdesk.attachment.StaffFiles;
import org.answerdesk.conversation.Reply;
import org.springframework.stereotype.Service;

/**
 * A file an agent sends to a ticket's customer, with an optional text: the file is checked first, so a refused one
 * sends nothing; then the text goes as an agent's reply (proposed as an FAQ answer like any), then the file as a
 * message of its own.
 */
@Service
class TicketFiles {

    /** What was sent: the text's message (null without text) and the file's. */
    record Sent(Reply text, StaffFiles.Sent file) {
    }

    private final HandoffRepository handoffs;
    private final HandoffService service;
    private final StaffFiles files;

    TicketFiles(HandoffRepository handoffs, HandoffService service, StaffFiles files) {
        this.handoffs = handoffs;
        this.service = service;
        this.files = files;
    }

    /** @throws StaffFiles.Refused when the file's checks refuse it */
    Sent send(long handoffId, String text, String agent, String name, byte[] bytes) {
        var handoff = handoffs.find(handoffId).orElseThrow(() -> new NoSuchElementException("no handoff " + handoffId));
        String who = agent == null || agent.isBlank() ? "agent" : agent;
        files.check(name, bytes);
        Reply reply = text == null || text.isBlank() ? null : service.reply(handoffId, text, who);
        return new Sent(reply, files.send(handoff.conversationId(), who, name, bytes));
    }
}
