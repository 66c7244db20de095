package org.answerdesk.channel.slack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.answerdesk.HttpApi;
import org.answerdesk.Settled;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The recorded Slack payloads under {@code channels/slack/fixtures}, and Slack's request signing. */
public final class SlackFixtures {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Path DIR = Path.of("channels", "slack", "fixtures");

    private SlackFixtures() {
    }

    public static String text(String name) {
        try {
            return Files.readString(DIR.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture as a tree to adapt (fresh ids, another channel) before it is sent. */
    public static ObjectNode json(String name) {
        return (ObjectNode) MAPPER.readTree(text(name));
    }

    public static ObjectNode event(ObjectNode payload) {
        return (ObjectNode) payload.get("event");
    }

    /** Slack's v0 signature: HMAC-SHA256 over {@code v0:timestamp:body} with the signing secret. */
    static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Posts an interaction to {@code /slack/events} as Slack does: form-encoded {@code payload}, signed now. */
    public static HttpApi.Response deliverAction(int port, ObjectNode payload) {
        String body = "payload=" + java.net.URLEncoder.encode(payload.toString(),
                java.nio.charset.StandardCharsets.UTF_8);
        long ts = now();
        return new HttpApi(port).postAs("/slack/events", "application/x-www-form-urlencoded", body,
                "X-Slack-Request-Timestamp", Long.toString(ts),
                "X-Slack-Signature", sign(SlackTestServer.SIGNING_SECRET, ts, body));
    }

    /** A press on {@code button} (its {@code action_id} and {@code value}) as Slack sends it, from the CSAT fixture. */
    public static ObjectNode press(String dm, String user, tools.jackson.databind.JsonNode button, String blockId,
                                   String actionTs) {
        ObjectNode payload = json("block_actions_csat.json");
        ((ObjectNode) payload.get("user")).put("id", user);
        ((ObjectNode) payload.get("channel")).put("id", dm);
        ((ObjectNode) payload.get("container")).put("channel_id", dm);
        var action = (ObjectNode) payload.get("actions").get(0);
        action.put("action_id", button.get("action_id").asString()).put("block_id", blockId)
                .put("value", button.get("value").asString()).put("action_ts", actionTs);
        return payload;
    }

    /** Posts a payload to {@code /slack/events} as Slack does: signed now, plus any extra headers. */
    public static HttpApi.Response deliver(int port, ObjectNode payload, String... headers) {
        String body = payload.toString();
        long ts = now();
        String[] all = new String[headers.length + 4];
        all[0] = "X-Slack-Request-Timestamp";
        all[1] = Long.toString(ts);
        all[2] = "X-Slack-Signature";
        all[3] = sign(SlackTestServer.SIGNING_SECRET, ts, body);
        System.arraycopy(headers, 0, all, 4, headers.length);
        return new HttpApi(port).post("/slack/events", body, all);
    }

    /**
     * Waits until the app has done all it will do in the conversations of a Slack channel ({@link Settled}). An
     * event is taken in before Slack gets its acknowledgement (the HTTP response, the Socket Mode ack), so after
     * that there is nothing else to wait for.
     */
    public static void awaitSettled(JdbcClient jdbc, String channel) {
        Settled.await(jdbc, "select id from conversation where channel = 'SLACK' and split_part(external_key, ':', 2) = :ch",
                Map.of("ch", channel), "the conversations in " + channel);
    }

    public static long now() {
        return Instant.now().getEpochSecond();
    }

    /** A staff member's message in a thread of a channel (the agents' desk), as Slack delivers it. */
    public static ObjectNode threadMessage(String channel, String threadTs, String ts, String user, String text) {
        var payload = json("message_thread_followup.json");
        payload.put("event_id", "Ev" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        var event = event(payload);
        event.put("channel", channel);
        event.put("user", user);
        event.put("thread_ts", threadTs);
        event.put("ts", ts);
        event.put("event_ts", ts);
        event.put("text", text);
        return payload;
    }

    /** A reaction put on a message, as Slack delivers it. */
    public static ObjectNode reactionAdded(String channel, String ts, String user, String name) {
        var payload = json("reaction_added.json");
        payload.put("event_id", "Ev" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        var event = event(payload);
        event.put("reaction", name);
        event.put("user", user);
        var item = (ObjectNode) event.get("item");
        item.put("channel", channel);
        item.put("ts", ts);
        return payload;
    }

    /** An app_mention in a fresh channel, with a fresh event id, asking {@code question}. */
    public static ObjectNode mention(String question) {
        var payload = json("app_mention.json");
        payload.put("event_id", "Ev" + fresh());
        var event = event(payload);
        event.put("channel", "C" + fresh());
        event.put("ts", now() + ".000100");
        event.put("text", "<@" + SlackTestServer.BOT_USER + "> " + question);
        return payload;
    }

    /** A fresh upper-case id part, unique per call. */
    public static String fresh() {
        return java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10)
                .toUpperCase(java.util.Locale.ROOT);
    }
}
