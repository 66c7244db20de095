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

        ReplyRequest {
            refuseNul("text", text);
            refuseNul("agent", agent);
        }

        /** PostgreSQL cannot store a NUL: the sender gets a 400 with the reason, not a failed insert. */
        private static void refuseNul(String field, String value) {
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw new IllegalArgumentException(field + " contains the control character U+0000 at position "
                        + (value.indexOf('\u0000') + 1));
            }
        }
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
