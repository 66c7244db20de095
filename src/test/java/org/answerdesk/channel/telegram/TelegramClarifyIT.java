package org.answerdesk.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.answerdesk.Await;
import org.answerdesk.conversation.ChoicePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Clarify choices in Telegram (WireMock as the Bot API, the real core and MiniLM): an unsure question gets inline
 * buttons carrying the choice payloads; a press is answered once with the picked entry, whether Telegram delivers
 * its update twice or the customer presses again, and the chosen button is marked; the same payload pressed in another chat is refused. Same
 * context as {@link TelegramContractIT}.
 */
@SpringBootTest
@ContextConfiguration(initializers = FakeTelegram.Settings.class)
class TelegramClarifyIT {

    private static final String UNSURE = "money back";
    private static final String REFUND_ANSWER = "3 business days";

    private final FakeTelegram telegram = FakeTelegram.INSTANCE;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPressIsAnsweredOnceThoughDeliveredTwiceAndPressedAgain() {
        long chat = telegram.nextChatId();
        say(chat, UNSURE);
        JsonNode offer = offerIn(chat);
        List<JsonNode> buttons = new ArrayList<>();
        offer.get("reply_markup").get("inline_keyboard").forEach(row -> row.forEach(buttons::add));
        assertThat(buttons).hasSize(5);
        String pick = refundTimeButton(offer).get("callback_data").asString();
        long offerId = ChoicePayload.decode(pick).orElseThrow().replyId();
        assertThat(buttons.get(3).get("callback_data").asString()).isEqualTo(ChoicePayload.somethingElse(offerId));
        assertThat(buttons.get(4).get("callback_data").asString()).isEqualTo(TelegramFormat.HUMAN);
        int messageId = sentOffer(chat);
        assertThat(Await.await(() -> jdbc.sql("select id from message where external_message_id = :r and direction = 'OUT'")
                .param("r", chat + ":" + messageId).query(Long.class).optional(), o -> o.isPresent(), "the offer's id")
                .get()).as("the buttons name the stored offer").isEqualTo(offerId);

        ObjectNode first = press(chat, chat, messageId, pick);
        ((ObjectNode) first.get("callback_query").get("message")).set("reply_markup", offer.get("reply_markup"));
        telegram.pushAll(List.of(first, first.deepCopy())); // Telegram delivers the same update twice
        Await.await(() -> answers(chat), a -> a.size() == 1, "the picked entry's answer");
        ObjectNode again = press(chat, chat, messageId, pick);
        telegram.push(again);
        assertThat(awaitHandled(again)).isEqualTo("choice refused: picked before");
        assertThat(jdbc.sql("select count(*) from inbox where channel = 'TELEGRAM' and event_id = :e")
                .param("e", "tg-cb:" + first.get("callback_query").get("id").asString()).query(Long.class).single())
                .as("the redelivered press is one press").isEqualTo(1);
        assertThat(answers(chat)).hasSize(1);
        Await.await(() -> telegram.calls("editMessageReplyMarkup"), c -> c.stream().anyMatch(
                b -> b.toString().contains("✅ How long does a refund take?") && b.toString().contains(pick)),
                "the chosen button marked");
        assertThat(telegram.calls("answerCallbackQuery").stream().map(JsonNode::toString))
                .as("every press acknowledged").anyMatch(b -> b.contains(again.get("callback_query").get("id").asString()));
    }

    @Test
    void thePayloadPressedInAnotherChatIsRefusedAndTheOfferStaysOpen() {
        long owner = telegram.nextChatId();
        long stranger = telegram.nextChatId();
        say(owner, UNSURE);
        String pick = refundTimeButton(offerIn(owner)).get("callback_data").asString();
        say(stranger, "How do I reset my password?");
        Await.await(() -> telegram.acceptedTo(stranger), s -> !s.isEmpty(), "the stranger's answer");

        ObjectNode forged = press(stranger, stranger, telegram.acceptedTo(stranger).get(0).messageId(), pick);
        telegram.push(forged);
        assertThat(awaitHandled(forged)).isEqualTo("choice refused: no such offer in this conversation");
        assertThat(answers(stranger)).isEmpty();

        telegram.push(press(owner, owner, sentOffer(owner), pick));
        Await.await(() -> answers(owner), a -> a.size() == 1, "the owner's pick answered");
    }

    private JsonNode offerIn(long chat) {
        return Await.await(() -> telegram.messagesTo(chat).stream()
                .filter(m -> m.path("reply_markup").toString().contains("pick:")).toList(), l -> l.size() == 1,
                "the clarify reply with buttons").get(0);
    }

    private int sentOffer(long chat) {
        return Await.await(() -> telegram.acceptedTo(chat).stream().filter(s -> s.text().contains("1. "))
                .findFirst(), o -> o.isPresent(), "the offer sent").get().messageId();
    }

    /** The refund-timing entry's button: "money back" is offered the three refund entries, in an order of no matter here. */
    private static JsonNode refundTimeButton(JsonNode offer) {
        List<JsonNode> buttons = new ArrayList<>();
        offer.get("reply_markup").get("inline_keyboard").forEach(row -> row.forEach(buttons::add));
        return buttons.stream().filter(b -> b.get("text").asString().equals("How long does a refund take?")).findFirst()
                .orElseThrow(() -> new AssertionError("no refund-timing choice in " + offer));
    }

    private List<JsonNode> answers(long chat) {
        return telegram.messagesTo(chat).stream().filter(m -> m.path("text").asString().contains(REFUND_ANSWER)).toList();
    }

    /** The skip reason of a handled press ("" when it was answered). */
    private String awaitHandled(ObjectNode update) {
        String eventId = "tg-cb:" + update.get("callback_query").get("id").asString();
        return Await.await(() -> jdbc.sql("""
                select coalesce(m.skip_reason, '') from inbox i join message m on m.id = i.message_id
                where i.channel = 'TELEGRAM' and i.event_id = :e and m.handled_at is not null
                """).param("e", eventId).query(String.class).optional(), o -> o.isPresent(), "press " + eventId + " handled")
                .get();
    }

    private ObjectNode press(long chat, long from, int messageId, String data) {
        ObjectNode update = telegram.fixture("callback-vote.json", 5550001, chat);
        var query = (ObjectNode) update.get("callback_query");
        query.put("data", data);
        query.put("id", "cb-" + update.get("update_id").asInt());
        ((ObjectNode) query.get("from")).put("id", from);
        ((ObjectNode) query.get("message")).put("message_id", messageId);
        return update;
    }

    private void say(long chat, String text) {
        ObjectNode update = telegram.fixture("private-text.json", 5550001, chat);
        ((ObjectNode) update.get("message")).put("text", text);
        telegram.push(update);
        Await.await(() -> telegram.acknowledged(update.get("update_id").asInt()), a -> a, "the update acknowledged");
    }
}
