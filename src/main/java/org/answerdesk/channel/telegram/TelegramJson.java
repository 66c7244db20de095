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
 * cannot read is logged and kept as a bare update with only its id, so it is skipped but still acknowledged.
 */
final class TelegramJson {

    private static final Logger log = LoggerFactory.getLogger(TelegramJson.class);

    static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private TelegramJson() {
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
            int id = node.get("update_id").asInt();
            log.warn("Update {} could not be read and is skipped: {}", id, e.getMessage());
            Update bare = new Update();
            bare.setUpdateId(id);
            return bare;
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
