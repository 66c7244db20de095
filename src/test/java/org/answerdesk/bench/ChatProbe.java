package org.answerdesk.bench;

import static org.answerdesk.HttpApi.json;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.answerdesk.HttpApi;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/chat} for the benchmarks that ask the running bot questions: a fresh session per message, and
 * what its replies did, the FAQ entries answered read from the database (the reply names no entry).
 */
final class ChatProbe {

    /** What one message got: FAQ entries answered (any reply of it), entries offered as choices, a ticket. */
    record Got(List<Long> answered, List<Long> offered, boolean ticket, String brief) {
    }

    private final PlainHttp api;
    private final DataSource data;
    private final String sessionPrefix;
    private int requests;

    /** @param sessionPrefix starts every session id, with this run's time after it */
    ChatProbe(PlainHttp api, DataSource data, String sessionPrefix) {
        this.api = api;
        this.data = data;
        this.sessionPrefix = sessionPrefix + Long.toString(System.currentTimeMillis(), 36) + "-";
    }

    int requests() {
        return requests;
    }

    Got send(String text) throws SQLException {
        HttpApi.Response r = api.post("/api/chat", json("session_id", sessionPrefix + ++requests, "message", text));
        if (r.status() != 200 && r.status() != 202) {
            throw new IllegalStateException("HTTP " + r.status() + " for \"" + text + "\": " + r.body());
        }
        JsonNode body = r.json();
        List<JsonNode> replies = new ArrayList<>(List.of(body));
        JsonNode more = body.get("more");
        if (more != null && more.isArray()) {
            more.forEach(replies::add);
        }
        List<Long> answered = new ArrayList<>();
        List<Long> offered = new ArrayList<>();
        boolean ticket = false;
        for (JsonNode reply : replies) {
            ticket |= reply.has("needs_human") && reply.get("needs_human").asBoolean();
            JsonNode choices = reply.get("choices");
            if (choices != null && choices.isArray()) {
                choices.forEach(c -> offered.add(c.get("entry_id").asLong()));
            }
            JsonNode id = reply.get("message_id");
            if ("FAQ".equals(text(reply, "source")) && id != null && !id.isNull()) {
                Long entry = entryOf(id.asLong());
                if (entry != null) {
                    answered.add(entry);
                }
            }
        }
        String reply = text(body, "reply");
        String brief = text(body, "source") + (ticket ? ", needs_human" : "") + (offered.isEmpty() ? ""
                : ", " + offered.size() + " choices") + (replies.size() > 1 ? ", " + replies.size() + " replies"
                : "") + ": \"" + (reply == null ? "" : oneLine(reply.length() > 60 ? reply.substring(0, 57)
                + "..." : reply)) + "\"";
        return new Got(answered, offered, ticket, brief);
    }

    static String oneLine(String text) {
        return text.replace("\n", " \u23CE ");
    }

    private Long entryOf(long message) throws SQLException {
        try (Connection c = data.getConnection();
             PreparedStatement s = c.prepareStatement("select faq_entry_id from message where id = ?")) {
            s.setLong(1, message);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    long id = rs.getLong(1);
                    return rs.wasNull() ? null : id;
                }
                return null;
            }
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        return n == null || n.isNull() ? null : n.asString();
    }
}
