package org.answerdesk.handoff;

import java.util.List;
import java.util.Map;

import org.answerdesk.conversation.Reply;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Handoffs for agents without Slack; under the admin token. */
@RestController
@RequestMapping("/api/tickets")
class TicketController {

    record ReplyRequest(String text, String agent) {
    }

    record ResolveRequest(String agent) {
    }

    private final HandoffService handoffs;

    TicketController(HandoffService handoffs) {
        this.handoffs = handoffs;
    }

    @GetMapping
    List<Ticket> open() {
        return handoffs.openTickets();
    }

    @GetMapping("/{id}")
    Ticket one(@PathVariable long id) {
        return handoffs.ticket(id).orElseThrow(() -> new java.util.NoSuchElementException("no handoff " + id));
    }

    @PostMapping(path = "/{id}/reply", consumes = "application/json")
    Map<String, Object> reply(@PathVariable long id, @RequestBody ReplyRequest request) {
        Reply reply = handoffs.reply(id, request.text(), request.agent());
        return Map.of("message_id", reply.messageId(), "conversation_id", reply.conversationId());
    }

    @PostMapping("/{id}/resolve")
    Map<String, Object> resolve(@PathVariable long id, @RequestBody(required = false) ResolveRequest request) {
        handoffs.resolve(id, request == null || request.agent() == null ? "agent" : request.agent());
        return Map.of("id", id, "resolved", true);
    }
}
