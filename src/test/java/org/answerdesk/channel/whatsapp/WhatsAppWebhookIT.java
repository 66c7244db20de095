package org.answerdesk.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.answerdesk.Await;
import org.answerdesk.HttpApi;
import org.answerdesk.Settled;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.faq.FaqService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.node.ObjectNode;

/**
 * The webhook against the real pipeline and database, with hostile and broken input: every delivery gets a clear
 * 4xx or is quarantined and counted, never a 500, and the next good message is answered; a redelivered wamid is
 * answered once; presses, media and statuses are taken in as the other channels take theirs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FakeGraphApi.class)
class WhatsAppWebhookIT {

    private static final String NOT_TEXT = "I've received it. What do you need help with?";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConversationService conversations;
    @Autowired
    FaqService faq;

    @Test
    void theNumberInTheEnvironmentIsReadOnlyOnTheAdminPage() {
        var api = new HttpApi(port);
        assertThat(api.get("/api/channels", HttpApi.ADMIN).body())
                .contains("\"channel\":\"WHATSAPP\",\"state\":\"CONNECTED\",\"source\":\"ENVIRONMENT\"")
                .doesNotContain(FakeGraphApi.ACCESS_TOKEN, FakeGraphApi.APP_SECRET);
        var put = api.put("/api/channels/whatsapp", HttpApi.json("access_token", "EAAG-other", "phone_number_id", "1",
                "app_secret", "s", "verify_token", "v"), HttpApi.ADMIN);
        assertThat(put.status()).isEqualTo(409);
        assertThat(put.json().get("error").asString()).contains("whatsapp is configured in the environment");
        assertThat(api.delete("/api/channels/whatsapp", HttpApi.ADMIN).status()).isEqualTo(409);
        // the environment's token and number are checked live
        var test = api.post("/api/channels/whatsapp/test", "{}", HttpApi.ADMIN);
        assertThat(test.status()).as(test.body()).isEqualTo(200);
        assertThat(test.json().get("account").asString()).isEqualTo("Answerdesk Test Shop +1 555-0100");
    }

    @Test
    void theVerificationHandshakeEchoesTheChallengeOnlyForTheRightToken() {
        var api = new HttpApi(port);
        var ok = api.get("/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=" + FakeGraphApi.VERIFY_TOKEN
                + "&hub.challenge=1158201444");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("1158201444");
        var wrong = api.get("/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1");
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.json().get("error").asString()).contains("verify_token");
        assertThat(api.get("/whatsapp/webhook?hub.verify_token=" + FakeGraphApi.VERIFY_TOKEN).status()).isEqualTo(400);
        var health = api.get("/actuator/health", HttpApi.ADMIN).json().path("components").path("whatsapp");
        assertThat(health.path("status").asString()).isEqualTo("UP");
    }

    @Test
    void aMissingOrWrongSignatureIsRefusedBeforeTheBodyIsReadAndNothingIsStored() {
        String from = FakeGraphApi.nextNumber();
        byte[] body = FakeGraphApi.textMessage(from, "How can I reset my password?").toString()
                .getBytes(StandardCharsets.UTF_8);
        assertThat(send(body, null).statusCode()).isEqualTo(401);
        var wrongSecret = send(body, WhatsAppSignature.sign("not-the-secret", body));
        assertThat(wrongSecret.statusCode()).isEqualTo(403);
        assertThat(wrongSecret.body()).contains(WhatsAppSignature.HEADER);
        var otherBody = send(body, WhatsAppSignature.sign(FakeGraphApi.APP_SECRET, "{}".getBytes(StandardCharsets.UTF_8)));
        assertThat(otherBody.statusCode()).isEqualTo(403);
        // not even malformed JSON is looked at without the signature
        assertThat(send("{\"entry\": ".getBytes(StandardCharsets.UTF_8), "sha256=00").statusCode()).isEqualTo(403);
        assertThat(conversationsOf(from)).isZero();
    }

    @Test
    void malformedJsonAndBodiesThatAreNoDeliveryAreA400WithAReason() {
        for (String body : List.of("{\"entry\": ", "", "null", "[1, 2]", "42", "{\"entry\": {}}", "{\"object\": 1}")) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            var response = send(bytes, WhatsAppSignature.sign(FakeGraphApi.APP_SECRET, bytes));
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(new HttpApi.Response(400, response.body()).json().get("error").asString()).as(body).isNotBlank();
        }
        assertGoodMessageAnswered(FakeGraphApi.nextNumber());
    }

    @Test
    void bytesThatAreNotUtf8AreA400() {
        String json = FakeGraphApi.textMessage(FakeGraphApi.nextNumber(), "reset MARK").toString();
        byte[] broken = json.getBytes(StandardCharsets.UTF_8);
        int at = json.indexOf("MARK");
        broken[at] = (byte) 0xC3;
        broken[at + 2] = (byte) 0x80;
        var response = send(broken, WhatsAppSignature.sign(FakeGraphApi.APP_SECRET, broken));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("UTF-8");
    }

    @Test
    void aHugeBodyIsA413() {
        String from = FakeGraphApi.nextNumber();
        byte[] body = FakeGraphApi.textMessage(from, "x".repeat(2_000_000)).toString().getBytes(StandardCharsets.UTF_8);
        assertThat(send(body, WhatsAppSignature.sign(FakeGraphApi.APP_SECRET, body)).statusCode()).isEqualTo(413);
        assertThat(conversationsOf(from)).isZero();
    }

    @Test
    void nulAndControlCharactersAreRemovedAndAControlOnlyTextIsQuarantined() {
        String from = FakeGraphApi.nextNumber();
        long before = conversations.quarantined(Channel.WHATSAPP);
        assertThat(deliver(FakeGraphApi.textMessage(from, "\u0000\u0007")).status()).isEqualTo(200);
        assertThat(conversations.quarantined(Channel.WHATSAPP)).isEqualTo(before + 1);

        ObjectNode dirty = FakeGraphApi.textMessage(from, "How can I\u0000 reset my\u0007 password?");
        ((ObjectNode) FakeGraphApi.value(dirty).get("contacts").get(0).get("profile")).put("name", "Sh\u0000eena");
        assertThat(deliver(dirty).status()).isEqualTo(200);
        var reply = Await.await(() -> FakeGraphApi.sentTo(from), s -> !s.isEmpty(), "an answer").get(0);
        assertThat(reply.text()).containsIgnoringCase("password");
        assertThat(jdbc.sql("""
                select m.text || '|' || p.display_name from message m join participant p on p.id = m.participant_id
                where m.external_message_id = :w and m.direction = 'IN'""")
                .param("w", FakeGraphApi.message(dirty).get("id").asString()).query(String.class).single())
                .isEqualTo("How can I reset my password?|Sheena");
    }

    @Test
    void aRedeliveredWamidIsAnsweredOnceEvenWithOtherContent() {
        String from = FakeGraphApi.nextNumber();
        ObjectNode delivery = FakeGraphApi.textMessage(from, "How can I reset my password?");
        assertThat(deliver(delivery).status()).isEqualTo(200);
        Await.await(() -> FakeGraphApi.sentTo(from), s -> s.size() == 1, "the answer");

        ObjectNode sameWamidOtherText = delivery.deepCopy();
        ((ObjectNode) FakeGraphApi.message(sameWamidOtherText).get("text")).put("body", "Do you ship to Canada?");
        assertThat(deliver(delivery).status()).isEqualTo(200);
        assertThat(deliver(sameWamidOtherText).status()).isEqualTo(200);
        settle(from);
        assertThat(FakeGraphApi.sentTo(from)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from message where channel = 'WHATSAPP' and direction = 'IN' "
                + "and external_message_id = :w").param("w", FakeGraphApi.message(delivery).get("id").asString())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void mediaLocationAndUnknownTypesGetTheNotTextReplyAndTheDeskSeesAPlaceholder() {
        for (var kind : Map.of("image.json", "[photo]", "location.json", "[location]").entrySet()) {
            String from = FakeGraphApi.nextNumber();
            assertThat(deliver(FakeGraphApi.delivery(kind.getKey(), from)).status()).isEqualTo(200);
            var reply = Await.await(() -> FakeGraphApi.sentTo(from), s -> !s.isEmpty(), "the not-text reply").get(0);
            assertThat(reply.text()).contains(NOT_TEXT);
            assertThat(inboundTexts(from)).containsExactly(kind.getValue());
        }
        String from = FakeGraphApi.nextNumber();
        ObjectNode unknown = FakeGraphApi.textMessage(from, "ignored");
        FakeGraphApi.message(unknown).put("type", "hologram").remove("text");
        assertThat(deliver(unknown).status()).isEqualTo(200);
        Await.await(() -> FakeGraphApi.sentTo(from), s -> !s.isEmpty(), "the not-text reply");
        assertThat(inboundTexts(from)).containsExactly("[hologram message]");
    }

    @Test
    void aPressOnAnOfferedQuestionIsAnsweredOnce() {
        String from = FakeGraphApi.nextNumber();
        long entry = faq.list().stream().filter(e -> e.question().toLowerCase().contains("password")).findFirst()
                .orElseThrow().id();
        ObjectNode press = FakeGraphApi.delivery("interactive-button-reply.json", from);
        ((ObjectNode) FakeGraphApi.message(press).at("/interactive/button_reply")).put("id", "faq:" + entry);
        assertThat(deliver(press).status()).isEqualTo(200);
        assertThat(deliver(press).status()).isEqualTo(200);
        var reply = Await.await(() -> FakeGraphApi.sentTo(from), s -> !s.isEmpty(), "the answer").get(0);
        assertThat(reply.text()).containsIgnoringCase("password");
        settle(from);
        assertThat(FakeGraphApi.sentTo(from)).hasSize(1);
    }

    @Test
    void messagesOfTheWrongShapeAreQuarantinedAndCountedAndOtherNumbersSkipped() {
        String from = FakeGraphApi.nextNumber();
        long before = conversations.quarantined(Channel.WHATSAPP);
        ObjectNode noFrom = FakeGraphApi.textMessage(from, "Where is my parcel?");
        FakeGraphApi.message(noFrom).remove("from");
        ObjectNode reactionOnNothing = FakeGraphApi.delivery("reaction.json", from);
        ((ObjectNode) FakeGraphApi.message(reactionOnNothing).get("reaction")).remove("message_id");
        ObjectNode pressWithoutId = FakeGraphApi.delivery("interactive-button-reply.json", from);
        ((ObjectNode) FakeGraphApi.message(pressWithoutId).at("/interactive")).remove("button_reply");
        for (ObjectNode d : List.of(noFrom, reactionOnNothing, pressWithoutId)) {
            assertThat(deliver(d).status()).as(d.toString()).isEqualTo(200);
        }
        assertThat(conversations.quarantined(Channel.WHATSAPP)).isEqualTo(before + 3);

        ObjectNode otherNumber = FakeGraphApi.textMessage(from, "How can I reset my password?");
        ((ObjectNode) FakeGraphApi.value(otherNumber).get("metadata")).put("phone_number_id", "999");
        assertThat(deliver(otherNumber).status()).isEqualTo(200);
        assertThat(conversationsOf(from)).isZero();
        assertGoodMessageAnswered(from);
    }

    @Test
    void deliveryStatusesAreRecordedAgainstTheReplyOnce() {
        String from = FakeGraphApi.nextNumber();
        assertThat(deliver(FakeGraphApi.textMessage(from, "How can I reset my password?")).status()).isEqualTo(200);
        String wamid = Await.await(() -> jdbc.sql("""
                select m.external_message_id from message m join conversation c on c.id = m.conversation_id
                where c.external_key = :k and m.direction = 'OUT' and m.delivery_status = 'SENT'""")
                .param("k", from).query(String.class).optional(), java.util.Optional::isPresent, "the reply sent").get();
        for (String status : List.of("sent", "delivered", "delivered", "read")) {
            ObjectNode d = FakeGraphApi.delivery("status-delivered.json", from);
            ((ObjectNode) FakeGraphApi.value(d).get("statuses").get(0)).put("id", wamid).put("status", status);
            assertThat(deliver(d).status()).isEqualTo(200);
        }
        assertThat(jdbc.sql("""
                select s.status from whatsapp_delivery_status s
                join message m on m.external_message_id = s.wamid and m.channel = 'WHATSAPP' and m.direction = 'OUT'
                where s.wamid = :w order by s.at, s.status""").param("w", wamid).query(String.class).list())
                .containsExactlyInAnyOrder("sent", "delivered", "read");
    }

    private void assertGoodMessageAnswered(String from) {
        assertThat(deliver(FakeGraphApi.textMessage(from, "How can I reset my password?")).status()).isEqualTo(200);
        var reply = Await.await(() -> FakeGraphApi.sentTo(from), s -> !s.isEmpty(), "an answer to " + from).get(0);
        assertThat(reply.text()).containsIgnoringCase("password");
    }

    private HttpApi.Response deliver(ObjectNode delivery) {
        return FakeGraphApi.deliver(port, delivery);
    }

    private void settle(String from) {
        Settled.await(jdbc, "select id from conversation where channel = 'WHATSAPP' and external_key = :k",
                Map.of("k", from), "the conversation of " + from);
    }

    private long conversationsOf(String from) {
        return jdbc.sql("select count(*) from conversation where channel = 'WHATSAPP' and external_key = :k")
                .param("k", from).query(Long.class).single();
    }

    private List<String> inboundTexts(String from) {
        return jdbc.sql("""
                select m.text from message m join conversation c on c.id = m.conversation_id
                where c.external_key = :k and m.direction = 'IN' order by m.id""").param("k", from)
                .query(String.class).list();
    }

    private HttpResponse<String> send(byte[] body, String signature) {
        return FakeGraphApi.postToWebhook(port, body, signature);
    }
}
