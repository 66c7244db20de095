package org.answerdesk.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.answerdesk.Await;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A photo, document or voice note with a caption is a question: the caption is answered from the FAQ like typed
 * text, and stored as the message's text. Recorded-style updates from {@code channels/telegram/fixtures}, the real
 * pipeline with MiniLM, embedded PostgreSQL.
 */
@SpringBootTest
@ContextConfiguration(initializers = FakeTelegram.Settings.class)
class TelegramCaptionIT {

    private static final long FIXTURE_CHAT = 5550001;
    private static final long FIXTURE_GROUP = -1001987654321L;

    @Autowired
    JdbcClient jdbc;
    private final FakeTelegram telegram = FakeTelegram.INSTANCE;

    @Test
    void aCaptionedPhotoDocumentOrVoiceNoteGetsTheAnswerOfTheFaqEntryItAsks() {
        // fixture -> (its caption, words of that FAQ entry's answer)
        var cases = Map.of(
                "private-photo-caption.json", new String[] {"My item arrived damaged. What should I do?", "free replacement"},
                "private-document-caption.json", new String[] {"How do I get an invoice with VAT?", "Download invoice"},
                "private-voice-caption.json", new String[] {"How do I reset my password?", "reset link"});
        for (var c : cases.entrySet()) {
            long chat = telegram.nextChatId();
            deliver(telegram.fixture(c.getKey(), FIXTURE_CHAT, chat));
            // the answer to the caption, whatever else the file brings first (a download that failed is said too)
            var sent = Await.await(() -> telegram.messagesTo(chat), m -> m.stream().anyMatch(x -> x.get("text")
                    .asString().contains(c.getValue()[1])), "the answer to " + c.getKey());
            assertThat(sent).as(c.getKey()).noneMatch(x -> x.get("text").asString().contains("only read text"));
            assertThat(inbound(Long.toString(chat))).as(c.getKey()).isEqualTo(c.getValue()[0]);
        }
    }

    @Test
    void inAGroupAPhotoWhoseCaptionMentionsTheBotIsAnswered() {
        long group = -telegram.nextChatId();
        ObjectNode update = telegram.fixture("group-mention.json", FIXTURE_GROUP, group);
        ObjectNode message = (ObjectNode) update.get("message");
        message.set("caption", message.remove("text"));
        message.set("caption_entities", message.remove("entities"));
        message.set("photo", FakeTelegram.JSON.readTree(FakeTelegram.read("private-photo.json")).at("/message/photo"));

        deliver(update);
        JsonNode sent = Await.await(() -> telegram.messagesTo(group), m -> !m.isEmpty(), "the answer").get(0);
        assertThat(sent.get("text").asString()).contains("Canada");
        assertThat(inbound(Long.toString(group))).isEqualTo("do you ship to Canada?");
    }

    private void deliver(ObjectNode update) {
        int id = update.get("update_id").asInt();
        telegram.push(update);
        Await.await(() -> telegram.acknowledged(id), a -> a, "update " + id + " acknowledged");
    }

    private String inbound(String key) {
        return jdbc.sql("select m.text from message m join conversation c on c.id = m.conversation_id "
                + "where c.external_key = :k and m.direction = 'IN'").param("k", key).query(String.class).single();
    }
}
