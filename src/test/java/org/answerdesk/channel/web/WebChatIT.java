package org.answerdesk.channel.web;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.answerdesk.HttpApi;
import org.answerdesk.faq.FaqService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** The web channel end to end: HTTP, the real pipeline and MiniLM, embedded PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebChatIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FaqService faq;
    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
    }

    private static String session() {
        return "s-" + UUID.randomUUID();
    }

    @Test
    void pollingAfterAMessageIdReturnsOnlyNewerMessages() {
        String s = session();
        long first = api.post("/api/chat", json("session_id", s, "message", "How long do refunds take?")).json()
                .get("message_id").asLong();
        long second = api.post("/api/chat", json("session_id", s, "message", "How can I reset my password?")).json()
                .get("message_id").asLong();
        JsonNode newer = api.get("/api/chat/" + s + "/messages?after=" + first).json();
        assertThat(newer).hasSize(1);
        assertThat(newer.get(0).get("message_id").asLong()).isEqualTo(second);
        assertThat(api.get("/api/chat/" + s + "/messages?after=" + second).json()).isEmpty();
    }

    @Test
    void answersAnFaqQuestionWithItsEntrysAnswer() {
        var password = faq.list().stream().filter(e -> e.question().equals("How do I reset my password?"))
                .findFirst().orElseThrow();
        var r = api.post("/api/chat", json("session_id", session(), "message", "How can I reset my password?"));
        assertThat(r.status()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("source").asString()).isEqualTo("FAQ");
        assertThat(body.get("reply").asString()).as("the password entry's answer").isEqualTo(password.answer());
        assertThat(body.get("confidence").asDouble()).isGreaterThan(0.5);
        assertThat(body.get("needs_human").asBoolean()).isFalse();
        assertThat(body.get("suggestions").size()).isBetween(1, 5);
        long messageId = body.get("message_id").asLong();
        String delivery = jdbc.sql("select delivery_status from message where id = :id").param("id", messageId)
                .query(String.class).single();
        assertThat(delivery).isEqualTo("SENT");
    }

    @Test
    void anFaqAnswerIsStoredHandledWithItsMessageAndIsWhatTheHistoryShows() {
        String s = session();
        JsonNode body = api.post("/api/chat", json("session_id", s, "message", "How long do refunds take?",
                "idempotency_key", "faq-" + s)).json();
        long replyId = body.get("message_id").asLong();
        var stored = jdbc.sql("""
                select i.id, i.handled_at is not null, i.skip_reason, o.external_message_id, o.delivery_status,
                       (select message_id from inbox where channel = 'WEB' and event_id like '%:faq-' || :s),
                       (select count(*) from message where reply_to_id = i.id)
                from message o join message i on i.id = o.reply_to_id where o.id = :id
                """).param("id", replyId).param("s", s)
                .query((rs, n) -> List.of(rs.getLong(1), rs.getBoolean(2), String.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getLong(6), rs.getLong(7))).single();
        // answered (no worker may take it again), linked from the inbox, one reply, delivered by the response
        assertThat(stored).containsExactly(stored.get(0), true, "null", Long.toString(replyId), "SENT", stored.get(0), 1L);
        // the response is the reply as stored: the same as polling or a reopened page gives it
        JsonNode polled = api.get("/api/chat/" + s + "/messages").json().get(0);
        assertThat(polled.get("message_id").asLong()).isEqualTo(replyId);
        for (String field : List.of("reply", "source", "confidence", "suggestions", "conversation_id", "needs_human",
                "rich")) {
            assertThat(polled.get(field)).as(field).isEqualTo(body.get(field));
        }
    }

    @Test
    void aQuestionTheFaqAnswersGetsNoBotAnswerOnceAPersonHasWrittenInTheConversation() {
        String s = session();
        // a first miss on a chat is offered a person; the second in a row opens the ticket
        api.post("/api/chat", json("session_id", s, "message", "Who won the football world cup in 1986?"));
        var handedOff = api.post("/api/chat", json("session_id", s, "message", "Who won the football world cup in 1986?"));
        assertThat(handedOff.json().get("needs_human").asBoolean()).isTrue();
        // handed over automatically, no person yet: the bot still answers what the FAQ answers
        var answered = api.post("/api/chat", json("session_id", s, "message", "How can I reset my password?"));
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.json().get("source").asString()).isEqualTo("FAQ");
        assertThat(answered.json().get("needs_human").asBoolean()).as("still waits for a person").isTrue();

        long ticket = jdbc.sql("""
                select h.id from handoff h join conversation c on c.id = h.conversation_id
                where c.external_key = :s and h.resolved_at is null""").param("s", s).query(Long.class).single();
        assertThat(api.post("/api/tickets/" + ticket + "/reply", json("text", "Hi, Ann here.", "agent", "Ann"),
                HttpApi.ADMIN).status()).isEqualTo(200);
        var acknowledged = api.post("/api/chat", json("session_id", s, "message", "How can I reset my password?"));
        assertThat(acknowledged.json().get("reply").asString()).as("once: the team has it")
                .contains("the team has your message");
        var faq = api.post("/api/chat", json("session_id", s, "message", "How can I reset my password?"));
        assertThat(faq.status()).isEqualTo(202);
        assertThat(faq.json().get("reply").isNull()).isTrue();
        long faqReplies = jdbc.sql("""
                select count(*) from message m join conversation c on c.id = m.conversation_id
                where c.external_key = :s and m.source = 'FAQ'
                """).param("s", s).query(Long.class).single();
        assertThat(faqReplies).as("only the answer before the person wrote").isOne();
    }

    @Test
    void sameIdempotencyKeyTwiceReturnsTheFirstAnswerAndStoresNothingNew() {
        String s = session();
        String body = json("session_id", s, "message", "Where is my parcel?", "idempotency_key", "k-" + s);
        var first = api.post("/api/chat", body).json();
        long messagesBefore = countMessages();
        var second = api.post("/api/chat", body).json();
        assertThat(second.get("message_id").asLong()).isEqualTo(first.get("message_id").asLong());
        assertThat(second.get("reply").asString()).isEqualTo(first.get("reply").asString());
        assertThat(countMessages()).isEqualTo(messagesBefore);
    }

    @Test
    void anotherSessionReusingAnIdempotencyKeyGetsItsOwnAnswer() {
        String key = "k-" + UUID.randomUUID();
        String first = session();
        String second = session();
        var mine = api.post("/api/chat", json("session_id", first, "message", "How can I reset my password?",
                "idempotency_key", key)).json();
        var theirs = api.post("/api/chat", json("session_id", second, "message", "Do you ship to Canada?",
                "idempotency_key", key)).json();

        assertThat(theirs.get("message_id").asLong()).isNotEqualTo(mine.get("message_id").asLong());
        assertThat(theirs.get("conversation_id").asLong()).isNotEqualTo(mine.get("conversation_id").asLong());
        assertThat(theirs.get("reply").asString()).isNotEqualTo(mine.get("reply").asString());
        assertThat(jdbc.sql("""
                select count(*) from message m join conversation c on c.id = m.conversation_id
                where c.channel = 'WEB' and c.external_key = :s and m.direction = 'IN'""")
                .param("s", second).query(Long.class).single()).as("the second session's question is stored").isEqualTo(1);
    }

    @Test
    void onlyTheSessionThatOwnsAnAnswerCanRateItAndAStrangerLearnsNothing() {
        String owner = session();
        long id = api.post("/api/chat", json("session_id", owner, "message", "How long do refunds take?"))
                .json().get("message_id").asLong();

        var stranger = api.post("/api/feedback", json("session_id", session(), "message_id", id, "vote", "down"));
        var unknown = api.post("/api/feedback", json("session_id", session(), "message_id", id + 1_000_000, "vote",
                "down"));
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.json().get("error").asString())
                .isEqualTo(unknown.json().get("error").asString().replace(Long.toString(id + 1_000_000), Long.toString(id)));
        assertThat(jdbc.sql("select count(*) from feedback where message_id = :id").param("id", id)
                .query(Long.class).single()).isZero();

        assertThat(api.post("/api/feedback", json("session_id", owner, "message_id", id, "vote", "up")).status())
                .isEqualTo(200);
    }

    @Test
    void sessionIdsMustLookLikeSecrets() {
        for (String weak : new String[] {"demo", "1234567", "with space here", "x".repeat(129), "tab\there-long"}) {
            assertError(api.post("/api/chat", json("session_id", weak, "message", "How do I reset my password?")),
                    400, "session_id");
            assertError(api.post("/api/reset", json("session_id", weak)), 400, "session_id");
        }
        assertThat(api.post("/api/reset", json("session_id", "a".repeat(128))).status()).isEqualTo(200);
    }

    @Test
    void offTopicQuestionWithoutLlmIsOfferedAPersonThenHandedOffOnTheSecondMiss() {
        String s = session();
        var offer = api.post("/api/chat", json("session_id", s,
                "message", "Who won the football world cup in 1986?")).json();
        assertThat(offer.get("source").asString()).isEqualTo("SYSTEM");
        assertThat(offer.get("needs_human").asBoolean()).as("no ticket the customer did not ask for").isFalse();
        assertThat(offer.get("reply").asString()).contains("person");
        var body = api.post("/api/chat", json("session_id", s,
                "message", "Who won the football world cup in 1986?")).json();
        assertThat(body.get("source").asString()).isEqualTo("SYSTEM");
        assertThat(body.get("needs_human").asBoolean()).isTrue();
        assertThat(body.get("reply").asString()).contains("person");
        String status = jdbc.sql("select status from conversation where id = :id")
                .param("id", body.get("conversation_id").asLong()).query(String.class).single();
        assertThat(status).isEqualTo("NEEDS_HUMAN");
    }

    @Test
    void feedbackIsOneRowPerAnswerAndTheLatestVoteWins() {
        String s = session();
        long id = api.post("/api/chat", json("session_id", s, "message", "Do you ship to Canada?"))
                .json().get("message_id").asLong();
        assertThat(api.post("/api/feedback", json("session_id", s, "message_id", id, "vote", "up")).status())
                .isEqualTo(200);
        assertThat(api.post("/api/feedback", json("session_id", s, "message_id", id, "vote", "down")).status())
                .isEqualTo(200);
        var votes = jdbc.sql("select vote from feedback where message_id = :id").param("id", id)
                .query(Integer.class).list();
        assertThat(votes).containsExactly(-1);
    }

    @Test
    void resetStartsAFreshConversation() {
        String s = session();
        long first = api.post("/api/chat", json("session_id", s, "message", "How do I return an item?"))
                .json().get("conversation_id").asLong();
        long same = api.post("/api/chat", json("session_id", s, "message", "How long do refunds take?"))
                .json().get("conversation_id").asLong();
        assertThat(same).isEqualTo(first);
        assertThat(api.post("/api/reset", json("session_id", s)).json().get("reset").asBoolean()).isTrue();
        long next = api.post("/api/chat", json("session_id", s, "message", "How long do refunds take?"))
                .json().get("conversation_id").asLong();
        assertThat(next).isNotEqualTo(first);
    }

    @Test
    void badInputGetsA4xxWithAReason() {
        assertError(api.post("/api/chat", "{\"session_id\": \"x\", \"message\": "), 400, "malformed");
        assertError(api.post("/api/chat", json("session_id", session(), "message", "   ")), 400, "empty");
        assertError(api.post("/api/chat", json("session_id", session(), "message", "a".repeat(4001))), 400, "limit");
        assertError(api.post("/api/chat", json("message", "hello")), 400, "session_id");
        assertError(api.post("/api/feedback", json("session_id", session(), "message_id", 987654321L, "vote", "up")),
                404, "987654321");
        assertError(api.post("/api/feedback", json("session_id", session(), "message_id", 1L, "vote", "sideways")),
                400, "vote");
        assertError(api.post("/api/feedback", json("message_id", 1L, "vote", "up")), 400, "session_id");
        assertError(api.postAs("/api/chat", "text/plain", "hello"), 415, "text/plain");
        assertError(api.get("/api/chat"), 405, "GET");
    }

    @Test
    void healthShowsDatabaseEmbedderAndLlmToTheAdmin() {
        JsonNode health = api.get("/actuator/health", HttpApi.ADMIN).json();
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").has("db")).isTrue();
        assertThat(health.get("components").get("embedder").get("details").get("entries").asInt()).isGreaterThan(30);
        assertThat(health.get("components").get("llm").get("details").get("model").asString()).isEqualTo("none");
    }

    private static void assertError(HttpApi.Response r, int status, String reasonPart) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.json().get("error").asString()).as("the reason").isNotBlank().containsIgnoringCase(reasonPart);
    }

    private long countMessages() {
        return jdbc.sql("select count(*) from message").query(Long.class).single();
    }
}
