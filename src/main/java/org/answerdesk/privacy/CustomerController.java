package org.answerdesk.privacy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.answerdesk.audit.Audit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/customers/{channel}/{id}/export}: every row about one customer as a JSON document;
 * {@code DELETE /api/customers/{channel}/{id}}: erases them. Admin only; each call leaves an audit event that names
 * the channel and the database ids, not the customer's identity (the trail outlives the erasure).
 */
@RestController
class CustomerController {

    private static final Set<String> CHANNELS = Set.of("TELEGRAM", "SLACK", "EMAIL", "WEB", "WHATSAPP");
    private static final int MAX_ID = 320; // the longest e-mail address

    private final Customers customers;
    private final Audit audit;

    CustomerController(Customers customers, Audit audit) {
        this.customers = customers;
        this.audit = audit;
    }

    @GetMapping("/api/customers/{channel}/{id}/export")
    ResponseEntity<JsonNode> export(@PathVariable String channel, @PathVariable String id, HttpServletRequest request) {
        var who = identity(channel, id);
        var doc = customers.export(who);
        audit.record(request, "CUSTOMER_EXPORT", who.channel() + " customer " + doc
                .map(d -> "(participant " + ids(d.get("participants")) + "): " + d.get("messages").size() + " messages")
                .orElse("not found"));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"customer-export.json\"")
                .body(doc.orElseThrow(CustomerController::notFound));
    }

    @DeleteMapping("/api/customers/{channel}/{id}")
    Map<String, Object> erase(@PathVariable String channel, @PathVariable String id, HttpServletRequest request) {
        var who = identity(channel, id);
        Map<String, Integer> deleted = customers.erase(who);
        audit.record(request, "CUSTOMER_ERASURE", who.channel() + " customer "
                + (deleted.isEmpty() ? "not found" : "erased: " + deleted));
        if (deleted.isEmpty()) {
            throw notFound();
        }
        return Map.of("erased", true, "deleted", deleted);
    }

    private static Customers.Identity identity(String channel, String id) {
        String ch = channel.toUpperCase(Locale.ROOT);
        if (!CHANNELS.contains(ch) || id.isBlank() || id.length() > MAX_ID) {
            throw new IllegalArgumentException("channel must be one of " + CHANNELS + " and the id 1 to " + MAX_ID
                    + " characters");
        }
        return new Customers.Identity(ch, id.strip());
    }

    private static String ids(JsonNode participants) {
        return Arrays.toString(participants.valueStream().map(p -> p.get("id").asString()).toArray());
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no customer with that identity is stored");
    }
}
