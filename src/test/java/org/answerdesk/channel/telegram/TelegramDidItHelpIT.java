package org.answerdesk.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.Await;
import org.answerdesk.ConversationRows;
import org.answerdesk.channel.slack.SlackTestServer;
import org.answerdesk.channel.whatsapp.FakeGraphApi;
import org.answerdesk.conversation.ChoicePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * "Did that help" switched on, in Telegram: a direct answer carries "That helped" and "Something else" as inline
 * buttons; "That helped" confirms the answer once, however often it is delivered or pressed, and "Something else"
 * gets something other than the same answer. One context with {@code SlackDidItHelpIT}, {@code WhatsAppDidItHelpIT}
 * and {@code WebDidItHelpIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {FakeTelegram.Settings.class, SlackTestServer.class, FakeGraphApi.class})
@TestPropertySource(properties = "answerdesk.conversation.ask-if-helped=true")
class TelegramDidItHelpIT {

    private final FakeTelegram telegram = FakeTelegram.INSTANCE;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thatHelpedConfirmsTheAnswerOnceThoughDeliveredTwiceAndPressedAgain() {
        long chat = telegram.nextChatId();
        say(chat, "How do I reset my password?");
        JsonNode answer = Await.await(() -> telegram.messagesTo(chat), m -> m.size() == 1, "the FAQ answer").get(0);
        JsonNode row = answer.get("reply_markup").get("inline_keyboard").get(0);
        assertThat(row.get(0).get("text").asString()).isEqualTo("That helped");
        assertThat(row.get(1).get("text").asString()).isEqualTo("Something else");
        String helped = row.get(0).get("callback_data").asString();
        long replyId = ChoicePayload.verdict(helped).orElseThrow().replyId();
        assertThat(row.get(1).get("callback_data").asString()).isEqualTo(ChoicePayload.notHelped(replyId));
        int messageId = Await.await(() -> telegram.acceptedTo(chat), s -> s.size() == 1, "the answer sent").get(0)
                .messageId();

        ObjectNode press = press(chat, messageId, helped);
        telegram.pushAll(List.of(press, press.deepCopy())); // Telegram delivers the same update twice
        var replies = Await.await(() -> telegram.acceptedTo(chat), s -> s.size() == 2, "the closing reply");
        assertThat(replies.get(1).text()).startsWith("You're welcome! Glad that helped.");
        assertThat(ConversationRows.confirmed(jdbc, "TELEGRAM", Long.toString(chat))).isTrue();

        ObjectNode again = press(chat, messageId, helped);
        ObjectNode other = press(chat, messageId, ChoicePayload.notHelped(replyId));
        telegram.pushAll(List.of(again, other));
        Await.await(() -> telegram.acknowledged(other.get("update_id").asInt()), a -> a, "the presses taken");
        assertThat(jdbc.sql("select count(*) from inbox where channel = 'TELEGRAM' and event_id = :e")
                .param("e", "did-it-help:" + chat + ":" + replyId).query(Long.class).single())
                .as("one press per answer").isEqualTo(1);
        FakeTelegram.awaitSettled(jdbc, chat);
        assertThat(telegram.acceptedTo(chat)).as("no second reply to a press").hasSize(2);
    }

    @Test
    void somethingElseNeverGetsTheSameAnswer() {
        long chat = telegram.nextChatId();
        say(chat, "How long do refunds take?");
        JsonNode answer = Await.await(() -> telegram.messagesTo(chat), m -> m.size() == 1, "the FAQ answer").get(0);
        String somethingElse = answer.get("reply_markup").get("inline_keyboard").get(0).get(1).get("callback_data")
                .asString();
        int messageId = Await.await(() -> telegram.acceptedTo(chat), s -> s.size() == 1, "the answer sent").get(0)
                .messageId();
        telegram.push(press(chat, messageId, somethingElse));
        JsonNode next = Await.await(() -> telegram.messagesTo(chat), m -> m.size() == 2, "the next reply").get(1);
        assertThat(next.get("text").asString()).isNotEqualTo(answer.get("text").asString());
        assertThat(jdbc.sql("select status from conversation where channel = 'TELEGRAM' and external_key = :k")
                .param("k", Long.toString(chat)).query(String.class).single()).isNotEqualTo("NEEDS_HUMAN");
    }

    private ObjectNode press(long chat, int messageId, String data) {
        ObjectNode update = telegram.fixture("callback-vote.json", 5550001, chat);
        var query = (ObjectNode) update.get("callback_query");
        query.put("data", data);
        query.put("id", "cb-" + update.get("update_id").asInt());
        ((ObjectNode) query.get("message")).put("message_id", messageId);
        return update;
    }

    private void say(long chat, String text) {
        ObjectNode update = telegram.fixture("private-text.json", 5550001, chat);
        ((ObjectNode) update.get("message")).put("text", text);
        telegram.push(update);
    }
}
