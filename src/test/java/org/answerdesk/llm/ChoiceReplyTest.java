package org.answerdesk.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ChoiceReplyTest {

    static final List<Long> OFFERED = List.of(12L, 7L, 30L);

    @Test
    void anOfferedIdIsAChoice() {
        var parsed = ChoiceReply.parse(" {\"entry_id\": 7}\n", OFFERED);
        assertThat(parsed.kind()).isEqualTo(ChoiceReply.Kind.CHOSE);
        assertThat(parsed.entryId()).isEqualTo(7L);
    }

    @Test
    void nullIsNone() {
        assertThat(ChoiceReply.parse("{\"entry_id\": null}", OFFERED).kind()).isEqualTo(ChoiceReply.Kind.NONE);
    }

    @Test
    void anythingElseIsInvalid() {
        for (String reply : List.of("12", "entry 12", "```json\n{\"entry_id\": 12}\n```", "{\"entry_id\": \"12\"}",
                "{\"entry_id\": 12.5}", "{\"id\": 12}", "[{\"entry_id\": 12}]", "{\"entry_id\": 99}", "",
                "{\"entry_id\": 12", "{\"entry_id\": 123456789012345678901234567890}")) {
            var parsed = ChoiceReply.parse(reply, OFFERED);
            assertThat(parsed.kind()).as(reply).isEqualTo(ChoiceReply.Kind.INVALID);
            assertThat(parsed.entryId()).as(reply).isNull();
        }
    }
}
