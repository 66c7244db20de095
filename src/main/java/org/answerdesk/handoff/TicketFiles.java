package org.answerdesk.handoff;

import java.util.NoSuchElementException;

import org.answerdesk.attachment.StaffFiles;
import org.answerdesk.conversation.Reply;
import org.springframework.stereotype.Service;

/**
 * A file an agent sends to a ticket's customer, with an optional text: the file is checked first, so a refused one
 * sends nothing. The text goes with the file as its caption (and is proposed as an FAQ answer like any agent's
 * reply); a text longer than a caption may be goes first as a reply of its own.
 */
@Service
class TicketFiles {

    /** What was sent: the text's message (null without text; the file's with a caption) and the file's. */
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
        boolean typed = text != null && !text.isBlank();
        if (typed && text.strip().length() <= StaffFiles.MAX_CAPTION) {
            var sent = files.send(handoff.conversationId(), who, name, bytes, text);
            service.answeredWith(handoffId, sent.reply(), who, null);
            return new Sent(sent.reply(), sent);
        }
        Reply reply = typed ? service.reply(handoffId, text, who) : null;
        return new Sent(reply, files.send(handoff.conversationId(), who, name, bytes));
    }
}
