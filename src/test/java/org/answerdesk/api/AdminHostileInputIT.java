package org.answerdesk.api;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.answerdesk.Await;
import org.answerdesk.HttpApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Hostile input on the owner's and staff's API, with the admin token (the customer-facing API has
 * {@code WebHostileInputIT}): a NUL (which PostgreSQL cannot store) or another control character in any text field,
 * file name or query parameter, numbers that are none,
 * malformed JSON, a value of the wrong type. Each gets a 4xx with a reason, never a 500, and nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminHostileInputIT {

    static final Set<Integer> BAD = Set.of(400);

    @LocalServerPort
    int port;
    HttpApi api;

    /** A request with the admin token, and the statuses it may get. */
    record Case(String name, String method, String path, String contentType, String body, Set<Integer> allowed) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case post(String name, String path, String body) {
        return new Case(name, "POST", path, "application/json", body, BAD);
    }

    static Case get(String name, String path) {
        return new Case(name, "GET", path, null, null, BAD);
    }

    static Stream<Case> cases() {
        String nul = "\\u0000";
        return Stream.of(
                post("FAQ entry: NUL in the question", "/api/faq",
                        "{\"question\": \"where" + nul + " is my order\", \"answer\": \"x\"}"),
                post("FAQ entry: NUL in the answer", "/api/faq",
                        "{\"question\": \"where is my order\", \"answer\": \"x" + nul + "\"}"),
                post("FAQ entry: escape in a phrasing", "/api/faq",
                        "{\"question\": \"q\", \"answer\": \"a\", \"phrasings\": [\"p\\u001b[2J\"]}"),
                post("FAQ entry: NUL in a keyword", "/api/faq",
                        "{\"question\": \"q\", \"answer\": \"a\", \"keywords\": [\"k" + nul + "\"]}"),
                post("FAQ entry: malformed JSON", "/api/faq", "{\"question\": \"q\", \"answer\""),
                post("FAQ entry: phrasings not a list", "/api/faq",
                        "{\"question\": \"q\", \"answer\": \"a\", \"phrasings\": {\"x\": 1}}"),
                new Case("FAQ entry update: NUL in the answer", "PUT", "/api/faq/1", "application/json",
                        "{\"question\": \"q\", \"answer\": \"a" + nul + "\"}", BAD),
                post("not ours: NUL", "/api/faq/not-ours", "{\"question\": \"do you sell" + nul + " cars\"}"),
                post("not ours: bell", "/api/faq/not-ours", "{\"question\": \"do you sell\\u0007 cars\"}"),
                post("not ours: a list", "/api/faq/not-ours", "[\"do you sell cars\"]"),
                post("not ours: a number", "/api/faq/not-ours", "{\"question\": {\"n\": 5}}"),
                new Case("import: NUL in a CSV cell", "POST", "/api/faq/import", "text/csv",
                        "question,answer\nwhere is my order,it is\u0000 on its way\n", BAD),
                new Case("import: NUL in Markdown", "POST", "/api/faq/import", "text/markdown",
                        "## Where is my order?\nOn its\u0000 way.\n", BAD),
                new Case("import preview: NUL in a CSV cell", "POST", "/api/faq/import/preview", "text/csv",
                        "question,answer\nwhere is my\u0000 order,on its way\n", BAD),
                new Case("import: an unclosed quote", "POST", "/api/faq/import", "text/csv",
                        "question,answer\n\"where is my order,on its way\n", BAD),
                post("knowledge source: NUL in the URL", "/api/knowledge/sources",
                        "{\"url\": \"https://shop.example/" + nul + "faq\"}"),
                post("knowledge source: URL a number", "/api/knowledge/sources", "{\"url\": 5}"),
                post("knowledge source: malformed JSON", "/api/knowledge/sources", "{\"url\": "),
                get("health: precision a word", "/api/faq/health?precision=abc"),
                get("health: precision NaN", "/api/faq/health?precision=NaN"),
                get("health: precision above 1", "/api/faq/health?precision=2"),
                get("FAQ entry: id a word", "/api/faq/abc"),
                get("ticket: id beyond long", "/api/tickets/99999999999999999999"),
                get("analytics: from a word", "/api/analytics?from=yesterday"),
                get("analytics: NUL in from", "/api/analytics?from=2026-01-01%00"),
                get("analytics: NUL in the channel", "/api/analytics?channel=WEB%00"),
                get("unanswered: NUL in the channel", "/api/analytics/unanswered?channel=%00"),
                get("learned: NUL in the status", "/api/faq/learned?status=LEARNED%00"));
    }

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void getsA4xxWithAReasonAndStoresNothing(Case c) {
        int entries = api.get("/api/faq", HttpApi.ADMIN).json().size();
        int notOurs = api.get("/api/faq/not-ours", HttpApi.ADMIN).json().size();
        int sources = api.get("/api/knowledge/sources", HttpApi.ADMIN).json().size();

        HttpApi.Response r = switch (c.method()) {
            case "GET" -> api.get(c.path(), HttpApi.ADMIN);
            case "PUT" -> api.put(c.path(), c.body(), HttpApi.ADMIN);
            default -> api.postAs(c.path(), c.contentType(), c.body(), HttpApi.ADMIN);
        };

        assertThat(r.status()).as(c.name() + ": " + r.body()).isIn(c.allowed());
        JsonNode error = r.json();
        assertThat(error.get("status").asInt()).isEqualTo(r.status());
        assertThat(error.get("error").asString()).as(c.name()).isNotBlank().doesNotContain("Exception");
        assertThat(api.get("/api/faq", HttpApi.ADMIN).json().size()).isEqualTo(entries);
        assertThat(api.get("/api/faq/not-ours", HttpApi.ADMIN).json().size()).isEqualTo(notOurs);
        assertThat(api.get("/api/knowledge/sources", HttpApi.ADMIN).json().size()).isEqualTo(sources);
    }

    @Test
    void aTicketIsNotResolvedOrRepliedToWithANulAndStaysOpenUntilItIs() {
        String session = "admin-hostile-" + UUID.randomUUID();
        JsonNode asked = api.post("/api/chat", json("session_id", session, "message", "I want to talk to a person"))
                .json();
        assertThat(asked.get("needs_human").asBoolean()).isTrue();
        long ticket = ticketOf(asked.get("conversation_id").asLong()).get("id").asLong();

        for (String[] request : new String[][] {
            {"/resolve", "{\"agent\": \"Sam\\u0000\"}"},
            {"/reply", "{\"text\": \"hello\\u0000\", \"agent\": \"Sam\"}"},
            {"/reply", "{\"text\": \"hello\", \"agent\": \"Sam\\u0000\"}"},
            {"/resolve", "{\"agent\": "}}) {
            var r = api.post("/api/tickets/" + ticket + request[0], request[1], HttpApi.ADMIN);
            assertThat(r.status()).as(request[0] + " " + request[1] + ": " + r.body()).isEqualTo(400);
            assertThat(r.json().get("error").asString()).isNotBlank();
            assertThat(ticketOf(asked.get("conversation_id").asLong())).as("still open").isNotNull();
        }
        var file = api.upload(HttpApi.ADMIN, "/api/tickets/" + ticket + "/files", "label\u0000.txt",
                "return label".getBytes(StandardCharsets.UTF_8), "text", "your label\u0000");
        assertThat(file.status()).as(file.body()).isEqualTo(400);
        var named = api.upload(HttpApi.ADMIN, "/api/tickets/" + ticket + "/files", "lab\u0000el.txt",
                "return label".getBytes(StandardCharsets.UTF_8), "text", "your label");
        assertThat(named.status()).as("a NUL in the file's name: " + named.body()).isEqualTo(400);
        assertThat(api.post("/api/tickets/" + ticket + "/resolve", "{\"agent\": \"Sam\"}", HttpApi.ADMIN).status())
                .isEqualTo(200);
        assertThat(ticketOf(asked.get("conversation_id").asLong())).isNull();
    }

    @Test
    void aKnowledgeFileWithNulInItsTextIsReadCleanAndANulInItsNameOrUrlIsRefused() {
        byte[] text = "# Gift wrapping\nWe wrap\u0000 gifts in recycled paper.\n".getBytes(StandardCharsets.UTF_8);
        var badUrl = api.upload(HttpApi.ADMIN, "/api/knowledge/sources", "wrapping.md", text, "url",
                "https://shop.example/\u0000wrapping");
        assertThat(badUrl.status()).as(badUrl.body()).isEqualTo(400);

        var badName = api.upload(HttpApi.ADMIN, "/api/knowledge/sources", "wrap\u0000ping.md", text);
        assertThat(badName.status()).as(badName.body()).isEqualTo(400);
        assertThat(badName.json().get("error").asString()).contains("file name");

        var created = api.upload(HttpApi.ADMIN, "/api/knowledge/sources", "wrapping.md", text);
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        long id = created.json().get("id").asLong();
        try {
            JsonNode source = Await.await(() -> api.get("/api/knowledge/sources/" + id, HttpApi.ADMIN).json(),
                    s -> !Set.of("PENDING", "SYNCING").contains(s.get("status").asString()), "the file read");
            assertThat(source.get("status").asString()).as("read with its NUL dropped: " + source).isEqualTo("OK");
            assertThat(source.get("passages").asInt()).isPositive();
        } finally {
            assertThat(api.delete("/api/knowledge/sources/" + id, HttpApi.ADMIN).status()).isEqualTo(204);
        }
    }

    private JsonNode ticketOf(long conversationId) {
        for (JsonNode t : api.get("/api/tickets", HttpApi.ADMIN).json()) {
            if (t.get("conversation_id").asLong() == conversationId) {
                return t;
            }
        }
        return null;
    }
}
