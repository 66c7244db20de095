package org.answerdesk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.answerdesk.Await;
import org.answerdesk.HttpApi;
import org.answerdesk.WaitLane;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.conversation.InboundMessage;
import org.answerdesk.conversation.Participant;
import org.answerdesk.conversation.Receipt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Export and erasure of one customer on every channel, through the core's intake as each adapter hands it messages
 * and quarantines its payloads (in their own shapes: a Telegram update, a Slack event, a mail's source, a WhatsApp
 * message). The other customer's id contains the erased one's ({@code 12345} in {@code 7123453},
 * {@code ann@} in {@code joann@}), and both write in a shared thread where the channel has them: the other's
 * messages and quarantined payloads stay, the erased one's go, wherever their id could be read or not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = WaitLane.OWN_CONTEXT)
// Wait lane: a context of its own, out of the main lane's default one (its longest group; docs/benchmarks.md, "ci43")
@WaitLane
class CustomersPerChannelIT {

    @LocalServerPort
    int port;
    @Autowired
    ConversationService conversations;
    @Autowired
    JdbcClient jdbc;

    /**
     * One channel's case: the erased customer ({@code ann}), the other ({@code bob}), a thread both write in (null
     * where the channel has none), and how the adapter quarantines a payload of a sender.
     */
    record Case(Channel channel, String ann, String bob, String shared, Payload payload) {
    }

    interface Payload {
        /** A payload from {@code sender} that the adapter read, and one cut short where it is unreadable. */
        String of(String sender, String marker);
    }

    @Test
    void telegramUsersWhoseIdsContainEachOther() {
        String ann = Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
        exportAndErase(new Case(Channel.TELEGRAM, ann, "7" + ann + "3", "-100" + ann,
                (sender, marker) -> """
                        {"update_id":%d,"message":{"message_id":5,"from":{"id":%s,"is_bot":false,"first_name":"X"},\
                        "chat":{"id":%s,"type":"private"},"date":1764000000,"text":"%s"}}"""
                    .formatted(ThreadLocalRandom.current().nextInt(1_000_000), sender, sender, marker)));
    }

    @Test
    void slackUsersInASharedThread() {
        String ann = "U" + random(8);
        exportAndErase(new Case(Channel.SLACK, ann, ann + "X", "T1:C1:" + random(6) + ".0001",
                (sender, marker) -> """
                        {"token":"x","team_id":"T1","type":"event_callback","event_id":"Ev%s",\
                        "event":{"type":"message","user":"%s","text":"%s","channel":"C1","ts":"1.2"}}"""
                    .formatted(random(6), sender, marker)));
    }

    @Test
    void slackEventsQuarantinedAsTheSdkPrintsThem() {
        String ann = "U" + random(8);
        exportAndErase(new Case(Channel.SLACK, ann, ann + "X", null,
                (sender, marker) -> "MessageEvent(type=message, subtype=null, user=%s, text=%s, ts=1.2)"
                    .formatted(sender, marker)));
    }

    @Test
    void emailAddressesInAnyCaseAndASharedThread() {
        String ann = "ann." + random(6) + "@example.org";
        exportAndErase(new Case(Channel.EMAIL, ann, "jo" + ann, "<root-" + random(8) + "@example.org>",
                (sender, marker) -> """
                        Return-Path: <%s>\r
                        From: "Ann or Jo" <%s>\r
                        Subject: %s\r
                        Content-Type: multipart/mixed; boundary="broken\r
                        \r
                        --broken""".formatted(sender, sender.toUpperCase(Locale.ROOT), marker)));
    }

    @Test
    void whatsappNumbersWhoseDigitsContainEachOther() {
        String ann = "49151" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        exportAndErase(new Case(Channel.WHATSAPP, ann, "1" + ann, null,
                (sender, marker) -> """
                        {"from":"%s","id":"wamid.%s","timestamp":"1764000000","type":"sticker","text":{"body":"%s"}}"""
                    .formatted(sender, random(8), marker)));
    }

    @Test
    void webSessions() {
        String ann = "s-" + UUID.randomUUID();
        exportAndErase(new Case(Channel.WEB, ann, ann + "-2", null,
                (sender, marker) -> "{\"session_id\": \"%s\", \"message\": \"%s\"}".formatted(sender, marker)));
    }

    private void exportAndErase(Case c) {
        String tag = random(8);
        List<Long> annSaid = new ArrayList<>();
        List<Long> bobSaid = new ArrayList<>();
        annSaid.add(say(c, c.ann(), c.ann(), "ann-own-" + tag));
        bobSaid.add(say(c, c.bob(), c.bob(), "bob-own-" + tag));
        if (c.shared() != null) {
            bobSaid.add(say(c, c.bob(), c.shared(), "bob-opens-" + tag)); // the thread is bob's
            annSaid.add(say(c, c.ann(), c.shared(), "ann-joins-" + tag));
        }
        String annRead = quarantine(c, c.payload().of(c.ann(), "ann-read-" + tag));
        String annCut = quarantine(c, cut(c.payload().of(c.ann(), "ann-cut-" + tag)));
        String bobRead = quarantine(c, c.payload().of(c.bob(), "bob-read-" + tag));
        String bobCut = quarantine(c, cut(c.payload().of(c.bob(), "bob-cut-" + tag)));
        for (long id : concat(annSaid, bobSaid)) { // the workers are done with them before anything is erased
            Await.await(() -> jdbc.sql("select handled_at is not null from message where id = :id").param("id", id)
                .query(Boolean.class).single(), handled -> handled, "message " + id + " handled");
        }
        assertThat(jdbc.sql("select array_to_string(senders, ' ') from quarantine where event_id = :e")
            .param("e", annRead).query(String.class).single()).as("the sender read from the payload")
            .isEqualTo(c.ann().toLowerCase(Locale.ROOT));
        String path = "/api/customers/" + c.channel().name().toLowerCase(Locale.ROOT) + "/";
        String annAsAsked = c.channel() == Channel.EMAIL ? c.ann().toUpperCase(Locale.ROOT) : c.ann();

        var export = new HttpApi(port).get(path + annAsAsked + "/export", HttpApi.ADMIN);

        assertThat(export.status()).as(export.body()).isEqualTo(200);
        JsonNode doc = export.json();
        assertThat(ids(doc.get("messages"))).containsAll(annSaid).doesNotContain(bobSaid.get(0));
        assertThat(doc.get("quarantine").valueStream().map(q -> q.get("event_id").asString()).toList())
            .as("their quarantined payloads, read or not, and nobody else's")
            .containsExactlyInAnyOrder(annRead, annCut);

        var erased = new HttpApi(port).delete(path + annAsAsked, HttpApi.ADMIN);

        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(count("message where id = any(:ids)", annSaid)).as("ann's messages").isZero();
        assertThat(count("message where id = any(:ids)", bobSaid)).as("bob's messages").isEqualTo(bobSaid.size());
        assertThat(jdbc.sql("select event_id from quarantine where channel = :ch and event_id = any(:e)")
            .param("ch", c.channel().name()).param("e", new String[] {annRead, annCut, bobRead, bobCut})
            .query(String.class).list()).containsExactlyInAnyOrder(bobRead, bobCut);
        var bob = new HttpApi(port).get(path + c.bob() + "/export", HttpApi.ADMIN);
        assertThat(bob.status()).isEqualTo(200);
        assertThat(ids(bob.json().get("messages"))).containsAll(bobSaid);
        assertThat(new HttpApi(port).get(path + c.ann() + "/export", HttpApi.ADMIN).status()).isEqualTo(404);
    }

    private long say(Case c, String who, String thread, String text) {
        var key = new ConversationKey(c.channel(), thread);
        var from = new Participant(c.channel(), who, null, c.channel() == Channel.EMAIL ? who : null);
        Receipt r = conversations.receive(InboundMessage.question("e-" + UUID.randomUUID(), key, from,
                "How do I reset my password? " + text, null, null));
        assertThat(r.status()).isEqualTo(Receipt.Status.ACCEPTED);
        return r.messageId();
    }

    private String quarantine(Case c, String payload) {
        String eventId = "q-" + UUID.randomUUID();
        assertThat(conversations.quarantine(c.channel(), eventId, "unreadable: test", payload)).isTrue();
        return eventId;
    }

    /** The payload cut short in its last part, as a delivery arrives broken: no adapter can read it. */
    private static String cut(String payload) {
        return payload.substring(0, payload.length() - 3).replace("From:", "From: <");
    }

    private long count(String fromWhere, List<Long> ids) {
        return jdbc.sql("select count(*) from " + fromWhere).param("ids", ids.toArray(Long[]::new))
            .query(Long.class).single();
    }

    private static List<Long> ids(JsonNode rows) {
        return rows.valueStream().map(m -> m.get("id").asLong()).toList();
    }

    private static List<Long> concat(List<Long> a, List<Long> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String random(int length) {
        return UUID.randomUUID().toString().replace("-", "").substring(0, length).toUpperCase(Locale.ROOT);
    }
}
