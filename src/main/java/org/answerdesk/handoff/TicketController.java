package org.answerdesk.handoff;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.answerdesk.attachment.StaffFiles;
import org.answerdesk.conversation.Reply;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
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
    }

    record ResolveRequest(String agent) {

        ResolveRequest {
            refuseNul("agent", agent);
        }
    }

    /** PostgreSQL cannot store a NUL: the sender gets a 400 with the reason, not a failed insert. */
    private static void refuseNul(String field, String value) {
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw new IllegalArgumentException(field + " contains the control character U+0000 at position "
                    + (value.indexOf('\u0000') + 1));
        }
    }

    private final HandoffService handoffs;
    private final TicketFiles files;

    TicketController(HandoffService handoffs, TicketFiles files) {
        this.handoffs = handoffs;
        this.files = files;
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

    /**
     * A file for the customer (multipart: {@code file}, optional {@code text} sent before it and {@code agent}),
     * checked as a customer's file: 413, 415, 422 or 507 with the reason when refused, and then nothing is sent.
     */
    @PostMapping(path = "/{id}/files", consumes = "multipart/form-data")
    Map<String, Object> file(@PathVariable long id, @RequestParam("file") MultipartFile file,
                             @RequestParam(name = "text", required = false) String text,
                             @RequestParam(name = "agent", required = false) String agent) throws IOException {
        new ReplyRequest(text, agent); // the same refusal of NUL characters
        try {
            var sent = files.send(id, text, agent, file.getOriginalFilename(), file.getBytes());
            var body = new java.util.LinkedHashMap<String, Object>();
            body.put("message_id", sent.file().reply().messageId());
            body.put("conversation_id", sent.file().reply().conversationId());
            body.put("attachment_id", sent.file().attachmentId());
            body.put("text_message_id", sent.text() == null ? null : sent.text().messageId());
            return body;
        } catch (StaffFiles.Refused e) {
            throw new ResponseStatusException(HttpStatus.valueOf(e.status()), e.getMessage());
        }
    }

    @PostMapping("/{id}/resolve")
    Map<String, Object> resolve(@PathVariable long id, @RequestBody(required = false) ResolveRequest request) {
        handoffs.resolve(id, request == null || request.agent() == null ? "agent" : request.agent());
        return Map.of("id", id, "resolved", true);
    }
}
