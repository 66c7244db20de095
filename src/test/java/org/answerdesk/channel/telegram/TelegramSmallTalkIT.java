package org.answerdesk.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.Await;
import org.answerdesk.ConversationRows;
import org.answerdesk.channel.slack.SlackTestServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Small talk in Telegram: "hi" gets the greeting with the most asked questions as inline buttons (not "did you
 * mean"), and "thanks" after an answer closes it without a ticket. Same context as {@link TelegramHandoffIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {FakeTelegram.Settings.class, SlackTestServer.class})
@TestPropertySource(properties = "answerdesk.slack.handoff-channel=" + TelegramHandoffIT.DESK)
class TelegramSmallTalkIT {

    private final FakeTelegram telegram = FakeTelegram.INSTANCE;

    @Autowired
    JdbcClient jdbc;

    private void say(long chat, String text) {
        ObjectNode update = telegram.fixture("private-text.json", 5550001, chat);
        ((ObjectNode) update.get("message")).put("text", text);
        telegram.push(update);
    }

    @Test
    void hiGetsTheGreetingWithTheStarterQuestionsAsButtons() {
        long chat = telegram.nextChatId();
        say(chat, "hi");
        JsonNode greeting = Await.await(() -> telegram.messagesTo(chat), m -> !m.isEmpty(), "the greeting").get(0);
        assertThat(greeting.get("text").asString()).startsWith("Hi! How can I help you today?")
                .doesNotContain("Did you mean");
        JsonNode rows = greeting.get("reply_markup").get("inline_keyboard");
        assertThat(rows.size()).isGreaterThanOrEqualTo(1);
        assertThat(rows.get(0).get(0).get("callback_data").asString()).matches("faq:\\d+");
        assertThat(handoffs(chat)).isZero();
    }

    @Test
    void thanksAfterAnAnswerClosesItWithoutATicket() {
        long chat = telegram.nextChatId();
        say(chat, "How do I reset my password?");
        Await.await(() -> telegram.acceptedTo(chat), s -> s.size() == 1, "the FAQ answer");
        say(chat, "thanks, that worked!");
        var replies = Await.await(() -> telegram.acceptedTo(chat), s -> s.size() == 2, "the closing reply");
        assertThat(replies.get(1).text()).startsWith("You're welcome! Glad that helped.");
        assertThat(handoffs(chat)).isZero();
        assertThat(ConversationRows.confirmed(jdbc, "TELEGRAM", Long.toString(chat))).isTrue();
    }

    private long handoffs(long chat) {
        return ConversationRows.handoffs(jdbc, "TELEGRAM", Long.toString(chat));
    }
}
