package org.answerdesk.channel.web;

import static org.answerdesk.FaqRows.answerOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import org.answerdesk.HttpApi;
import org.answerdesk.language.Texts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Through {@code POST /api/chat} with the sample FAQ and MiniLM (real app, embedded PostgreSQL): while a person is
 * awaited, "how long?" in words no lexicon lists, naming nothing the shop's FAQ knows ({@code WaitUnknownToFaq}), is
 * the wait: the acknowledgement that the team has it, no entry and no choices, the ticket still open; "how long does
 * delivery to the UK take?" names the FAQ's delivery and gets its answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebWaitUnknownToFaqIT {

    private static final String DELIVERY = "How long does delivery take?";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Texts texts;

    private JsonNode chat(String session, String message) {
        return new HttpApi(port).chat(session, message);
    }

    /** A new conversation that waits for a person. */
    private String waitingFor() {
        String s = "wu-" + UUID.randomUUID();
        assertThat(chat(s, "i want to talk to a person").get("needs_human").asBoolean()).isTrue();
        return s;
    }

    @ParameterizedTest
    @ValueSource(strings = {"how long till somebody gets in touch, roughly?"})
    void howLongInUnlistedWordsIsTheWait(String howLong) {
        JsonNode reply = chat(waitingFor(), howLong);
        assertThat(reply.get("reply").asString()).as(reply.toString())
                .startsWith(texts.text("conversation.waiting-ack", Locale.ENGLISH));
        assertThat(reply.get("source").asString()).isNotEqualTo("FAQ");
        assertThat(reply.get("choices")).isEmpty();
        assertThat(reply.get("needs_human").asBoolean()).as("the ticket stays open").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"how long does delivery to the UK take?"})
    void howLongNamingTheFaqsMatterIsAnswered(String named) {
        JsonNode reply = chat(waitingFor(), named);
        assertThat(reply.get("source").asString()).as(reply.toString()).isEqualTo("FAQ");
        assertThat(reply.get("reply").asString()).contains(answerOf(jdbc, DELIVERY));
    }
}
