package org.answerdesk.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.answerdesk.channel.ChannelAdapterContract;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.feedback.Vote;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Telegram channel under the shared adapter contract, driven by recorded update payloads through long polling
 * against a fake Bot API; votes are native 👍/👎 message reactions.
 */
@SpringBootTest
@ContextConfiguration(initializers = FakeTelegram.Settings.class)
class TelegramContractIT extends ChannelAdapterContract {

    private final FakeTelegram telegram = FakeTelegram.INSTANCE;
    /** The update_id Telegram gave each delivery (a redelivery keeps its id). */
    private final Map<String, Integer> updateIds = new ConcurrentHashMap<>();
    /** The customer's current reaction on each bot message. */
    private final Map<String, String> reactions = new ConcurrentHashMap<>();

    @Override
    protected Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    protected String freshThread() {
        return Long.toString(telegram.nextChatId());
    }

    @Override
    protected void platformDeliversMessage(String deliveryId, String thread, String text) {
        ObjectNode update = telegram.fixture("private-text.json", 5550001, Long.parseLong(thread));
        update.put("update_id", updateIds.computeIfAbsent(deliveryId, k -> update.get("update_id").asInt()));
        ((ObjectNode) update.get("message")).put("text", text);
        telegram.push(update);
        await(() -> telegram.acknowledged(update.get("update_id").asInt()), a -> a, "the update acknowledged");
    }

    /**
     * The messages Telegram accepted in the chat whose sending the app has recorded (delivery is asynchronous: a
     * message counts once its Telegram id is stored with the reply).
     */
    /** "typing…": one sendChatAction to the chat before the core answers the question. */
    @Override
    protected Long beforeAnswerSignsIn(String thread) {
        return telegram.calls("sendChatAction").stream()
                .filter(b -> b.path("chat_id").asString().equals(thread) && "typing".equals(b.path("action").asString()))
                .count();
    }

    @Override
    protected List<String> textsSentTo(String thread) {
        return telegram.acceptedTo(Long.parseLong(thread)).stream()
                .filter(sent -> jdbc.sql("select count(*) from message where channel = 'TELEGRAM' and direction = 'OUT' "
                        + "and delivery_status = 'SENT' and external_message_id = :r")
                        .param("r", thread + ":" + sent.messageId()).query(Long.class).single() == 1)
                .map(FakeTelegram.Sent::text).toList();
    }

    @Override
    protected void platformDeliversReaction(String deliveryId, String thread, MessageRef target, Vote vote,
                                            boolean added) {
        String messageId = target.externalMessageId().split(":")[1];
        ObjectNode update = telegram.fixture("reaction-thumbs-up.json", 5550001, Long.parseLong(thread));
        update.put("update_id", updateIds.computeIfAbsent(deliveryId, k -> update.get("update_id").asInt()));
        ObjectNode reaction = (ObjectNode) update.get("message_reaction");
        reaction.put("message_id", Integer.parseInt(messageId));
        String emoji = vote == Vote.UP ? "👍" : "👎";
        String before = reactions.get(target.externalMessageId());
        String after = added ? emoji : (emoji.equals(before) ? null : before);
        reaction.set("old_reaction", emojis(before));
        reaction.set("new_reaction", emojis(after));
        if (after == null) {
            reactions.remove(target.externalMessageId());
        } else {
            reactions.put(target.externalMessageId(), after);
        }
        telegram.push(update);
    }

    private static JsonNode emojis(String emoji) {
        var list = FakeTelegram.JSON.createArrayNode();
        if (emoji != null) {
            list.add(FakeTelegram.JSON.createObjectNode().put("type", "emoji").put("emoji", emoji));
        }
        return list;
    }

    @Override
    protected void assertRichSampleSentTo(String thread) {
        JsonNode sent = telegram.messagesTo(Long.parseLong(thread)).get(0);
        assertThat(sent.get("parse_mode").asString()).isEqualTo("HTML");
        assertThat(sent.get("text").asString()).startsWith("""
                Here is the <b>formatting showcase</b>:

                • a <a href="https://shop.example/help?a=1&amp;b=2">safe link</a>
                • a bad link stays text

                1. &lt;script&gt;alert("x")&lt;/script&gt; is shown, not run
                2. **unbalanced bold &amp; &lt;b&gt;tags&lt;/b&gt;""").doesNotContain("javascript");
    }

    /** The clarify reply's inline keyboard: one button per payload, then "Something else" and "Talk to a person". */
    @Override
    protected void assertChoicesSentTo(String thread, List<String> entryPayloads, String somethingElse) {
        JsonNode sent = telegram.messagesTo(Long.parseLong(thread)).stream()
                .filter(m -> m.path("reply_markup").toString().contains(somethingElse)).findFirst().orElseThrow();
        List<String> data = new java.util.ArrayList<>();
        sent.get("reply_markup").get("inline_keyboard").forEach(row -> row.forEach(b -> data.add(b.get("callback_data").asString())));
        List<String> expected = new java.util.ArrayList<>(entryPayloads);
        expected.add(somethingElse);
        expected.add("human");
        assertThat(data).containsExactlyElementsOf(expected);
    }
}
