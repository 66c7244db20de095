package org.answerdesk.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.Await;
import org.answerdesk.ConversationRows;
import org.answerdesk.Settled;
import org.answerdesk.channel.slack.SlackTestServer;
import org.answerdesk.channel.telegram.FakeTelegram;
import org.answerdesk.conversation.ChoicePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * "Did that help" switched on, in WhatsApp: a direct answer is an interactive message with "That helped" and
 * "Something else" as reply buttons; "That helped" confirms the answer once, whether WhatsApp delivers the press
 * again or the customer presses again; "Something else" gets something other than the same answer. Same context as
 * {@code TelegramDidItHelpIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {FakeTelegram.Settings.class, SlackTestServer.class, FakeGraphApi.class})
@TestPropertySource(properties = "answerdesk.conversation.ask-if-helped=true")
class WhatsAppDidItHelpIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void thatHelpedConfirmsTheAnswerOnceAndSomethingElseGetsAnotherReply() {
        String from = FakeGraphApi.nextNumber();
        assertThat(FakeGraphApi.deliver(port, FakeGraphApi.textMessage(from, "How do I reset my password?")).status())
                .isEqualTo(200);
        var answer = Await.await(() -> FakeGraphApi.sentTo(from), s -> !s.isEmpty(), "the FAQ answer").get(0);
        JsonNode buttons = answer.request().at("/interactive/action/buttons");
        assertThat(buttons).hasSize(2);
        assertThat(buttons.get(0).at("/reply/title").asString()).isEqualTo("That helped");
        assertThat(buttons.get(1).at("/reply/title").asString()).isEqualTo("Something else");
        String helped = buttons.get(0).at("/reply/id").asString();
        long replyId = ChoicePayload.verdict(helped).orElseThrow().replyId();
        assertThat(buttons.get(1).at("/reply/id").asString()).isEqualTo(ChoicePayload.notHelped(replyId));

        ObjectNode press = buttonReply(from, helped, "That helped");
        assertThat(FakeGraphApi.deliver(port, press).status()).isEqualTo(200);
        assertThat(FakeGraphApi.deliver(port, press).status()).as("the same press delivered again").isEqualTo(200);
        var replies = Await.await(() -> FakeGraphApi.sentTo(from), s -> s.size() == 2, "the closing reply");
        assertThat(replies.get(1).text()).startsWith("You're welcome! Glad that helped.");
        FakeGraphApi.deliver(port, buttonReply(from, helped, "That helped"));
        FakeGraphApi.deliver(port, buttonReply(from, ChoicePayload.notHelped(replyId), "Something else"));
        assertThat(ConversationRows.confirmed(jdbc, "WHATSAPP", from)).isTrue();
        assertThat(jdbc.sql("select count(*) from inbox where channel = 'WHATSAPP' and event_id = :e")
                .param("e", "did-it-help:" + from + ":" + replyId).query(Long.class).single())
                .as("one press per answer").isEqualTo(1);
        Settled.await(jdbc, "select id from conversation where channel = 'WHATSAPP' and external_key = :k",
                java.util.Map.of("k", from), "the conversation of " + from);
        assertThat(FakeGraphApi.sentTo(from)).as("one reply to the presses").hasSize(2);

        String other = FakeGraphApi.nextNumber();
        FakeGraphApi.deliver(port, FakeGraphApi.textMessage(other, "How long do refunds take?"));
        var refund = Await.await(() -> FakeGraphApi.sentTo(other), s -> !s.isEmpty(), "the FAQ answer").get(0);
        FakeGraphApi.deliver(port, buttonReply(other,
                refund.request().at("/interactive/action/buttons/1/reply/id").asString(), "Something else"));
        var next = Await.await(() -> FakeGraphApi.sentTo(other), s -> s.size() == 2, "the next reply").get(1);
        assertThat(next.request().toString()).doesNotContain(refund.request().at("/interactive/body/text").asString());
    }

    private static ObjectNode buttonReply(String from, String id, String title) {
        ObjectNode d = FakeGraphApi.delivery("interactive-button-reply.json", from);
        ((ObjectNode) FakeGraphApi.message(d).at("/interactive/button_reply")).put("id", id).put("title", title);
        return d;
    }
}
