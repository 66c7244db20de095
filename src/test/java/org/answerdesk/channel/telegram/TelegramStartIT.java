package org.answerdesk.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.Await;
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
 * {@code /start} in Telegram: the core's start text with the most asked FAQ questions as buttons
 * ({@code faq:<entry id>}); pressing one asks that question as if typed, and the FAQ answers it. Same context
 * as {@link TelegramHandoffIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {FakeTelegram.Settings.class, SlackTestServer.class})
@TestPropertySource(properties = "answerdesk.slack.handoff-channel=" + TelegramHandoffIT.DESK)
class TelegramStartIT {

    private final FakeTelegram telegram = FakeTelegram.INSTANCE;

    @Autowired
    JdbcClient jdbc;

    @Test
    void startOffersTheMostAskedQuestionsAsButtonsThatAskThem() {
        long chat = telegram.nextChatId();
        ObjectNode start = telegram.fixture("private-text.json", 5550001, chat);
        ((ObjectNode) start.get("message")).put("text", "/start");
        telegram.push(start);

        JsonNode greeting = Await.await(() -> telegram.messagesTo(chat), m -> !m.isEmpty(), "the greeting").get(0);
        assertThat(greeting.get("text").asString()).startsWith("Hi! I'm").doesNotContain("Related questions");
        JsonNode rows = greeting.get("reply_markup").get("inline_keyboard");
        assertThat(rows).hasSize(4);
        String data = rows.get(0).get(0).get("callback_data").asString();
        assertThat(data).matches("faq:\\d+");
        long entryId = Long.parseLong(data.substring(4));
        assertThat(rows.get(0).get(0).get("text").asString()).isEqualTo(jdbc.sql(
                "select question from faq_entry where id = :id").param("id", entryId).query(String.class).single());

        ObjectNode press = telegram.fixture("callback-vote.json", 5550001, chat);
        ((ObjectNode) press.get("callback_query")).put("data", data);
        ((ObjectNode) press.get("callback_query").get("message")).put("message_id",
                telegram.acceptedTo(chat).get(0).messageId());
        telegram.push(press);
        String answer = jdbc.sql("select answer from faq_entry where id = :id").param("id", entryId)
                .query(String.class).single();
        String firstWords = answer.split("\\s+")[0] + " " + answer.split("\\s+")[1];
        Await.await(() -> telegram.acceptedTo(chat), s -> s.size() == 2 && s.get(1).text().contains(firstWords),
                "the FAQ answer to the pressed question");
        assertThat(jdbc.sql("""
                select m.source from message m join conversation c on c.id = m.conversation_id
                where c.channel = 'TELEGRAM' and c.external_key = :k and m.direction = 'OUT' order by m.id
                """).param("k", Long.toString(chat)).query(String.class).list()).containsExactly("SYSTEM", "FAQ");
    }
}
