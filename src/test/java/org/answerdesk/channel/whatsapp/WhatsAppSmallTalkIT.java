package org.answerdesk.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.Await;
import org.answerdesk.ConversationRows;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;

/**
 * Small talk in WhatsApp: "hi" gets the greeting with the most asked questions as reply buttons (not "did you
 * mean"), and "thanks, that worked!" after an answer closes it, confirmed, without a ticket. Shares
 * {@link WhatsAppFilesIT}'s context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FakeGraphApi.class)
class WhatsAppSmallTalkIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void hiGetsTheGreetingWithTheStarterQuestionsAsButtons() {
        String from = FakeGraphApi.nextNumber();
        assertThat(FakeGraphApi.deliver(port, FakeGraphApi.textMessage(from, "hi")).status()).isEqualTo(200);
        var sent = Await.await(() -> FakeGraphApi.sentTo(from),
                s -> s.stream().anyMatch(m -> "interactive".equals(m.type())), "the greeting with its buttons");
        String text = sent.stream().map(FakeGraphApi.Sent::text).reduce("", String::concat);
        assertThat(text).startsWith("Hi! How can I help you today?").doesNotContain("Did you mean");
        JsonNode interactive = sent.get(sent.size() - 1).request().get("interactive");
        JsonNode options = "button".equals(interactive.get("type").asString())
                ? interactive.at("/action/buttons") : interactive.at("/action/sections/0/rows");
        assertThat(options.size()).isGreaterThanOrEqualTo(1);
        assertThat(handoffs(from)).isZero();
    }

    @Test
    void thanksAfterAnAnswerClosesItConfirmedWithoutATicket() {
        String from = FakeGraphApi.nextNumber();
        FakeGraphApi.deliver(port, FakeGraphApi.textMessage(from, "How do I reset my password?"));
        Await.await(() -> FakeGraphApi.sentTo(from), s -> s.size() == 1, "the FAQ answer");
        FakeGraphApi.deliver(port, FakeGraphApi.textMessage(from, "thanks, that worked!"));
        var replies = Await.await(() -> FakeGraphApi.sentTo(from), s -> s.size() == 2, "the closing reply");
        assertThat(replies.get(1).text()).startsWith("You're welcome! Glad that helped.");
        assertThat(handoffs(from)).isZero();
        assertThat(ConversationRows.confirmed(jdbc, "WHATSAPP", from)).isTrue();
    }

    private long handoffs(String from) {
        return ConversationRows.handoffs(jdbc, "WHATSAPP", from);
    }
}
