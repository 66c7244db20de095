package org.answerdesk.channel.web;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.answerdesk.HttpApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile input on the web API: every request gets a 4xx with a JSON reason, or a clean 200 where the input is
 * fine once cleaned; never a 500; and the next good message is answered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebHostileInputIT {

    static final String JSON = "application/json";
    static final Set<Integer> BAD = Set.of(400);
    static final Set<Integer> FINE = Set.of(200);
    static final Set<Integer> FINE_OR_BAD = Set.of(200, 400);
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A request, and the statuses it may get: a JSON reason comes with every 4xx the application answers. */
    record Case(String name, String method, String path, String contentType, byte[] body, Set<Integer> allowed) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case chat(String name, String body, Set<Integer> allowed) {
        return new Case(name, "POST", "/api/chat", JSON, body.getBytes(StandardCharsets.UTF_8), allowed);
    }

    static Case post(String name, String path, String body, Set<Integer> allowed) {
        return new Case(name, "POST", path, JSON, body.getBytes(StandardCharsets.UTF_8), allowed);
    }

    static Case get(String name, String path, Set<Integer> allowed) {
        return new Case(name, "GET", path, null, null, allowed);
    }

    static String session() {
        return "hostile-" + UUID.randomUUID();
    }

    /** A fresh session id as a JSON string: each case starts its own conversation. */
    static String s() {
        return "\"" + session() + "\"";
    }

    /** The start of a chat request, up to the message's opening quote. */
    static String head() {
        return "{\"session_id\": " + s() + ", \"message\": \"";
    }

    static String ask(String session, Object message) {
        return "{\"session_id\": " + session + ", \"message\": " + message + "}";
    }

    static byte[] bytes(String before, int[] raw, String after) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        for (int b : raw) {
            out.write(b);
        }
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static Stream<Case> cases() {
        String q = "\"How can I reset my password?\"";
        return Stream.of(
                chat("empty body", "", BAD),
                chat("JSON null", "null", BAD),
                chat("JSON array", "[]", BAD),
                chat("not JSON", "hello there", BAD),
                chat("truncated JSON", "{\"session_id\": " + s() + ", \"message\": ", BAD),
                chat("deeply nested JSON", "{\"session_id\": " + "[".repeat(5000), BAD),
                chat("session id a number", ask("12345678", q), FINE_OR_BAD),
                chat("session id an object", ask("{\"a\": 1}", q), BAD),
                chat("message an array", ask(s(), "[\"a\"]"), BAD),
                chat("message an object", ask(s(), "{\"text\": \"hi\"}"), BAD),
                chat("message a boolean", ask(s(), "true"), FINE_OR_BAD),
                chat("message null", ask(s(), "null"), BAD),
                chat("idempotency key an object", "{\"session_id\": " + s() + ", \"message\": " + q
                        + ", \"idempotency_key\": {}}", BAD),
                chat("NUL in the message", ask(s(), "\"How can I reset my password?\\u0000\""), FINE),
                chat("only NULs", ask(s(), "\"\\u0000\\u0000\""), BAD),
                chat("only zero-width characters", ask(s(), "\"\\u200b\\u200d\""), BAD),
                chat("only format, tag and bidi characters", ask(s(), "\"\\u2060\\ufeff\\u202e\\udb40\\udc41\\ufe0f\""),
                        BAD),
                chat("control characters in the message",
                        ask(s(), "\"\\u0007\\u001b[2JHow can I reset my password?\\u007f\\u0085\\u009b\""), FINE),
                chat("unpaired surrogate in the message", ask(s(), "\"\\ud800How can I reset my password?\\udc00\""),
                        FINE),
                chat("NUL in the session id", ask("\"hostile-\\u0000-session\"", q), BAD),
                chat("line break in the session id", ask("\"hostile-\\n-session\"", q), BAD),
                chat("NUL in the idempotency key", "{\"session_id\": " + s() + ", \"message\": " + q
                        + ", \"idempotency_key\": \"k\\u0000\"}", BAD),
                new Case("invalid UTF-8 in the message", "POST", "/api/chat", JSON,
                        bytes(head(), new int[] {0xC3, 0x28, 0xFF, 0xFE}, "\"}"), FINE_OR_BAD),
                new Case("overlong UTF-8 NUL in the message", "POST", "/api/chat", JSON,
                        bytes(head() + "How can I reset my password?", new int[] {0xC0, 0x80}, "\"}"), FINE_OR_BAD),
                chat("a closing and 4,000 spaces", ask(s(), "\"Where is it? thanks" + " ".repeat(3_975) + "x?\""), FINE),
                chat("a closing and 4,000 line breaks", ask(s(), "\"Where is it? thanks" + "\\n".repeat(1_990) + "x?\""),
                        FINE),
                chat("4,000 digits", ask(s(), "\"" + "1".repeat(4_000) + "\""), FINE),
                chat("an order label and 4,000 letters", ask(s(), "\"order " + "a ".repeat(1_995) + "x?\""), FINE),
                chat("huge message", ask(s(), "\"" + "a".repeat(100_000) + "\""), Set.of(413)),
                chat("over-long message", ask(s(), "\"" + "a".repeat(10_000) + "\""), BAD),
                chat("huge session id", ask("\"" + "s".repeat(100_000) + "\"", q), Set.of(413)),
                chat("over-long session id", ask("\"" + "s".repeat(5_000) + "\"", q), BAD),
                chat("unknown fields", "{\"session_id\": " + s() + ", \"message\": " + q
                        + ", \"admin\": true, \"__proto__\": {}}", FINE),
                new Case("text/plain", "POST", "/api/chat", "text/plain", ask(s(), q).getBytes(), Set.of(415)),
                new Case("application/xml", "POST", "/api/chat", "application/xml", "<chat/>".getBytes(), Set.of(415)),
                new Case("no content type", "POST", "/api/chat", null, ask(s(), q).getBytes(), Set.of(415)),
                new Case("bogus charset", "POST", "/api/chat", "application/json; charset=bogus-42",
                        ask(s(), q).getBytes(), Set.of(400, 415)),
                post("feedback: message id a word", "/api/feedback",
                        "{\"session_id\": " + s() + ", \"message_id\": \"abc\", \"vote\": \"up\"}", BAD),
                post("feedback: message id out of range", "/api/feedback",
                        "{\"session_id\": " + s() + ", \"message_id\": 99999999999999999999999, \"vote\": \"up\"}", BAD),
                post("feedback: message id 1e400", "/api/feedback",
                        "{\"session_id\": " + s() + ", \"message_id\": 1e400, \"vote\": \"up\"}", BAD),
                post("feedback: NUL in the vote", "/api/feedback",
                        "{\"session_id\": " + s() + ", \"message_id\": 1, \"vote\": \"up\\u0000\"}", BAD),
                post("feedback: NUL in the session id", "/api/feedback",
                        "{\"session_id\": \"hostile\\u0000session\", \"message_id\": 1, \"vote\": \"up\"}", BAD),
                post("feedback: nothing", "/api/feedback", "{}", BAD),
                post("reset: nothing", "/api/reset", "{}", BAD),
                post("reset: NUL in the session id", "/api/reset", "{\"session_id\": \"hostile\\u0000session\"}", BAD),
                chat("the browser's language 5,000 characters", "{\"session_id\": " + s() + ", \"message\": " + q
                        + ", \"language\": \"" + "de-".repeat(1_700) + "\"}", FINE),
                chat("NUL and a bidi override in the browser's language", "{\"session_id\": " + s()
                        + ", \"message\": " + q + ", \"language\": \"de\\u0000\\u202e-AT\"}", FINE),
                chat("the browser's language an object", "{\"session_id\": " + s() + ", \"message\": " + q
                        + ", \"language\": {\"tag\": \"de\"}}", BAD),
                get("page texts: a language of 3,000 characters and a bidi override",
                        "/api/chat/texts?lang=%E2%80%AE" + "x".repeat(3_000), FINE),
                get("greeting: an unknown language", "/api/chat/greeting?lang=%3Cscript%3E", FINE),
                get("poll: NUL in the session id", "/api/chat/hostile%00session/messages", BAD),
                get("poll: short session id", "/api/chat/short/messages", BAD),
                get("poll: after a word", "/api/chat/" + session() + "/messages?after=abc", BAD),
                get("poll: after negative", "/api/chat/" + session() + "/messages?after=-1", FINE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostileInputGetsA4xxWithAReasonOrACleanAnswerAndTheNextMessageIsAnswered(Case c) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + c.path()))
                .timeout(Duration.ofSeconds(60));
        if (c.contentType() != null) {
            builder.header("Content-Type", c.contentType());
        }
        builder.method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(c.body()));
        var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(c.name() + ": " + response.body()).isIn(c.allowed());
        boolean fromTomcat = c.path().contains("%00"); // refused by the server before the application sees it
        if (response.statusCode() >= 400 && !fromTomcat) {
            JsonNode error = MAPPER.readTree(response.body());
            assertThat(error.get("status").asInt()).isEqualTo(response.statusCode());
            assertThat(error.get("error").asString()).as(c.name()).isNotBlank().doesNotContain("Exception");
        }
        if (response.statusCode() == 200 && c.path().equals("/api/chat")) {
            assertThat(MAPPER.readTree(response.body()).get("reply").asString()).isNotBlank();
        }
        assertNextGoodMessageIsAnswered();
    }

    @Test
    void aBrowserLanguageThatIsNoLanguageTagIsNotKept() {
        var api = new HttpApi(port);
        String bad = session();
        String good = session();
        assertThat(api.post("/api/chat", json("session_id", bad, "message", "How can I reset my password?",
                "language", "de\u0000<script>")).status()).isEqualTo(200);
        assertThat(api.post("/api/chat", json("session_id", good, "message", "How can I reset my password?",
                "language", "de-AT")).status()).isEqualTo(200);
        String kept = "select language from participant where channel = 'WEB' and external_user_id = :s";
        assertThat(jdbc.sql(kept).param("s", bad).query(String.class).list()).containsExactly((String) null);
        assertThat(jdbc.sql(kept).param("s", good).query(String.class).single()).isEqualTo("de-AT");
    }

    @Test
    void invisibleOnlyTextIsA400ThatSaysSoAndTheSessionsNextMessageIsAnswered() {
        var api = new HttpApi(port);
        String s = session();
        for (String text : new String[] {"\u200b\u200d", " \u2060\ufeff\u202e\udb40\udc41\ufe0f "}) {
            var refused = api.post("/api/chat", json("session_id", s, "message", text));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("error").asString()).contains("no visible text");
        }
        assertThat(inbound(s)).isZero();
        var good = api.post("/api/chat", json("session_id", s, "message", "How can I reset my password?"));
        assertThat(good.status()).isEqualTo(200);
        assertThat(good.json().get("source").asString()).isEqualTo("FAQ");
    }

    @Test
    void replaysAndDuplicateKeysGetTheFirstAnswerOfTheirOwnSessionOnly() {
        var api = new HttpApi(port);
        String s = session();
        String body = json("session_id", s, "message", "Where is my parcel?\u0000", "idempotency_key", "replayed-key");
        var first = api.post("/api/chat", body);
        assertThat(first.status()).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            var again = api.post("/api/chat", body);
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.json().get("message_id").asLong()).isEqualTo(first.json().get("message_id").asLong());
        }
        assertThat(inbound(s)).isEqualTo(1);

        String other = session();
        var elsewhere = api.post("/api/chat", json("session_id", other, "message", "How do I reset my password?",
                "idempotency_key", "replayed-key"));
        assertThat(elsewhere.status()).isEqualTo(200);
        assertThat(elsewhere.json().get("conversation_id").asLong())
                .isNotEqualTo(first.json().get("conversation_id").asLong());
        assertThat(inbound(other)).isEqualTo(1);

        // and another session's message id is unknown to a stranger's feedback
        var vote = api.post("/api/feedback", json("session_id", other, "message_id",
                first.json().get("message_id").asLong(), "vote", "down"));
        assertThat(vote.status()).isEqualTo(404);
        assertThat(vote.json().get("error").asString()).isNotBlank();
        assertNextGoodMessageIsAnswered();
    }

    private long inbound(String session) {
        return jdbc.sql("""
                select count(*) from message m join conversation c on c.id = m.conversation_id
                where c.channel = 'WEB' and c.external_key = :s and m.direction = 'IN'""")
                .param("s", session).query(Long.class).single();
    }

    private void assertNextGoodMessageIsAnswered() {
        var good = new HttpApi(port).post("/api/chat", json("session_id", session(), "message",
                "How can I reset my password?"));
        assertThat(good.status()).isEqualTo(200);
        assertThat(good.json().get("source").asString()).isEqualTo("FAQ");
    }
}
