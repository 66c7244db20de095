package org.answerdesk.llm;

import java.util.Collection;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the model's choice strictly: the whole reply must be one JSON object whose {@code entry_id} is the id of one
 * of the candidates or {@code null}. Anything else (prose, a code fence, a string or fractional id, an id that was
 * not offered) counts as no choice: a wrong guess would send a vetted answer to the wrong question.
 */
final class ChoiceReply {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the reply said. */
    enum Kind { CHOSE, NONE, INVALID }

    record Parsed(Kind kind, Long entryId, String why) {
        static Parsed chose(long id) {
            return new Parsed(Kind.CHOSE, id, null);
        }

        static Parsed none() {
            return new Parsed(Kind.NONE, null, null);
        }

        static Parsed invalid(String why) {
            return new Parsed(Kind.INVALID, null, why);
        }
    }

    private ChoiceReply() {
    }

    static Parsed parse(String reply, Collection<Long> offered) {
        JsonNode node;
        try {
            node = JSON.readTree(reply.strip());
        } catch (JacksonException e) {
            return Parsed.invalid("not JSON");
        }
        if (node == null || !node.isObject() || !node.has("entry_id")) {
            return Parsed.invalid("not an object with entry_id");
        }
        JsonNode id = node.get("entry_id");
        if (id.isNull()) {
            return Parsed.none();
        }
        if (!id.isIntegralNumber() || !id.canConvertToLong()) {
            return Parsed.invalid("entry_id is not an integer");
        }
        long value = id.asLong();
        return offered.contains(value) ? Parsed.chose(value) : Parsed.invalid("entry " + value + " was not offered");
    }
}
