package org.answerdesk.channel.telegram;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads Bot API updates one by one with the client library's (Jackson 2) object model. An update the library
 * cannot read becomes an {@link Unreadable} with only its id, so that it is quarantined and still acknowledged.
 */
final class TelegramJson {

    private static final Logger log = LoggerFactory.getLogger(TelegramJson.class);

    static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private TelegramJson() {
    }

    /** An update with an update_id that the library could not read (wrong types, wrong shape). */
    static final class Unreadable extends Update {

        private final transient String reason;
        private final transient String json;

        Unreadable(int updateId, String reason, String json) {
            setUpdateId(updateId);
            this.reason = reason;
            this.json = json;
        }

        String reason() {
            return reason;
        }

        String json() {
            return json;
        }
    }

    /**
     * One update from a webhook body.
     *
     * @throws IllegalArgumentException if the body is not JSON or has no update_id
     */
    static Update update(String body) {
        JsonNode node;
        try {
            node = body == null ? null : MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the body is not JSON: " + e.getOriginalMessage());
        }
        return update(node);
    }

    /** The updates in a getUpdates result array. */
    static List<Update> updates(JsonNode result) {
        List<Update> out = new ArrayList<>();
        result.forEach(node -> {
            try {
                out.add(update(node));
            } catch (IllegalArgumentException e) {
                log.warn("Skipping an update without update_id");
            }
        });
        return out;
    }

    static Update update(JsonNode node) {
        if (node == null || !node.isObject() || !node.path("update_id").canConvertToInt()) {
            throw new IllegalArgumentException("not a Telegram update: an object with a numeric update_id is required");
        }
        try {
            return MAPPER.treeToValue(node, Update.class);
        } catch (JacksonException | IllegalArgumentException e) {
            String reason = e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage();
            return new Unreadable(node.get("update_id").asInt(), "unreadable update: " + reason, node.toString());
        }
    }

    /** Compact JSON of a library object (for the raw payload kept with a message). */
    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JacksonException e) {
            return null;
        }
    }
}
