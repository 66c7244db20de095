package org.answerdesk.channel.web;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.answerdesk.HttpApi;
import org.answerdesk.channel.slack.SlackTestServer;
import org.answerdesk.channel.telegram.FakeTelegram;
import org.answerdesk.channel.whatsapp.FakeGraphApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * "Did that help" switched on: a direct answer offers "That helped" and "Something else"; the first confirms the
 * answer, the second offers the next-best entries instead of the same answer. One context with the platforms' tests
 * of the same ({@code TelegramDidItHelpIT}, {@code SlackDidItHelpIT}, {@code WhatsAppDidItHelpIT}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {FakeTelegram.Settings.class, SlackTestServer.class, FakeGraphApi.class})
@TestPropertySource(properties = "answerdesk.conversation.ask-if-helped=true")
class WebDidItHelpIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void thatHelpedConfirmsTheAnswerAndSomethingElseOffersOthers() {
        var api = new HttpApi(port);
        String s = "h-" + UUID.randomUUID();
        JsonNode answer = api.post("/api/chat", json("session_id", s, "message", "How do I reset my password?")).json();
        assertThat(answer.get("did_it_help")).extracting(q -> q.get("label").asString())
                .containsExactly("That helped", "Something else");
        long answerId = answer.get("message_id").asLong();
        assertThat(answer.get("did_it_help").get(0).get("payload").asString()).isEqualTo("helped:" + answerId);
        JsonNode helped = api.post("/api/chat", json("session_id", s, "choice", "helped:" + answerId)).json();
        assertThat(helped.get("did_it_help")).as("asked once per answer").isEmpty();
        assertThat(jdbc.sql("select confirmed_at is not null from conversation where id = :id")
                .param("id", helped.get("conversation_id").asLong()).query(Boolean.class).single()).isTrue();
        // of the two chips under one answer only the first press counts: the second gets the first's reply
        JsonNode again = api.post("/api/chat", json("session_id", s, "choice", "unhelped:" + answerId)).json();
        assertThat(again.get("message_id").asLong()).isEqualTo(helped.get("message_id").asLong());

        String other = "h-" + UUID.randomUUID();
        JsonNode first = api.post("/api/chat", json("session_id", other, "message", "How long do refunds take?"))
                .json();
        JsonNode next = api.post("/api/chat", json("session_id", other, "choice",
                first.get("did_it_help").get(1).get("payload").asString())).json();
        assertThat(next.get("reply").asString()).isNotEqualTo(first.get("reply").asString());
        assertThat(next.get("needs_human").asBoolean()).isFalse();
    }

    @Test
    void aQuickReplyPayloadThatIsNoneIsRefusedWithAReason() {
        var api = new HttpApi(port);
        String s = "h-" + UUID.randomUUID();
        var malformed = api.post("/api/chat", json("session_id", s, "choice", "helped:x"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("helped:123");
        assertThat(api.post("/api/chat", json("session_id", s, "choice", "helped:1", "message", "hi")).status())
                .as("a choice and a message at once").isEqualTo(400);
    }
}
