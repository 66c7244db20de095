package org.answerdesk.channel.whatsapp;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * What WhatsApp reports of a message sent ({@code sent}, {@code delivered}, {@code read}, {@code failed}), kept per
 * wamid in {@code whatsapp_delivery_status}; the reply it belongs to is the outbound message with that wamid. A
 * status seen before changes nothing. A reply that failed because the customer's window had closed is reported to
 * the desk ({@link LateReplies#failedLate}).
 */
@Component
@Conditional(WhatsAppConditions.Enabled.class)
class WhatsAppStatuses {

    static final Set<String> KNOWN = Set.of("sent", "delivered", "read", "failed");

    private static final Logger log = LoggerFactory.getLogger(WhatsAppStatuses.class);

    private final JdbcClient jdbc;
    private final LateReplies late;

    WhatsAppStatuses(JdbcClient jdbc, LateReplies late) {
        this.jdbc = jdbc;
        this.late = late;
    }

    /**
     * Records one status object of a webhook delivery.
     *
     * @throws IllegalArgumentException when it has no id or an unknown status (the caller quarantines it)
     */
    void record(JsonNode status) {
        String wamid = status.path("id").asString("");
        String state = status.path("status").asString("");
        if (wamid.isBlank() || !KNOWN.contains(state)) {
            throw new IllegalArgumentException("a status without id or with an unknown status '" + state + "'");
        }
        long seconds = status.path("timestamp").asLong(0);
        JsonNode error = status.path("errors").path(0);
        Integer code = error.has("code") ? error.path("code").asInt() : null;
        String reason = error.isMissingNode() ? null
                : (error.path("title").asString("") + " " + error.path("error_data").path("details").asString("")).strip();
        int inserted = jdbc.sql("""
                insert into whatsapp_delivery_status (wamid, status, at, error_code, error)
                values (:w, :s, :at, :code, :err) on conflict do nothing
                """).param("w", wamid).param("s", state)
                .param("at", Timestamp.from(seconds > 0 ? Instant.ofEpochSecond(seconds) : Instant.now()))
                .param("code", code).param("err", reason).update();
        if (inserted == 0 || !"failed".equals(state)) {
            return;
        }
        log.warn("WhatsApp message {} failed: {} {}", wamid, code, reason);
        if (code != null && code == GraphApi.WINDOW_CLOSED) {
            jdbc.sql("""
                    select conversation_id, text from message
                    where channel = 'WHATSAPP' and direction = 'OUT' and external_message_id = :w
                    """).param("w", wamid)
                .query((rs, n) -> {
                    late.failedLate(rs.getLong(1), rs.getString(2), "WhatsApp reported it failed: " + reason
                            + " (more than 24 hours since the customer last wrote)");
                    return 1;
                }).list();
        }
    }
}
