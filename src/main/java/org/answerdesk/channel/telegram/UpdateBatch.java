package org.answerdesk.channel.telegram;

import java.util.ArrayList;
import java.util.List;

import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code getUpdates} that reads each update on its own: one update the library cannot read is skipped (and
 * acknowledged), instead of failing the whole batch again and again.
 */
class UpdateBatch extends GetUpdates {

    UpdateBatch(int offset, int limit, int timeoutSeconds, List<String> allowedUpdates) {
        super(offset, limit, timeoutSeconds, allowedUpdates);
    }

    @Override
    public ArrayList<Update> deserializeResponse(String answer) throws TelegramApiRequestException {
        JsonNode root;
        try {
            root = TelegramJson.MAPPER.readTree(answer);
        } catch (JacksonException e) {
            throw new TelegramApiRequestException("Unable to read the getUpdates response: " + e.getOriginalMessage(), e);
        }
        if (!root.path("ok").asBoolean(false) || !root.path("result").isArray()) {
            return super.deserializeResponse(answer); // throws with Telegram's error code and description
        }
        return new ArrayList<>(TelegramJson.updates(root.get("result")));
    }
}
