package org.answerdesk.channel.web;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.answerdesk.HttpApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Conversations, not queries, through the web API with the real pipeline and MiniLM: thanks after an answer closes
 * and confirms it, a first "ok" or "hi" opens no ticket, "that's not what I meant" never gets the same answer, and
 * chit-chat is deflected while a real need still reaches a person.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebSmallTalkIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
    }

    private JsonNode say(String session, String text) {
        var r = api.post("/api/chat", json("session_id", session, "message", text));
        assertThat(r.status()).as(text).isEqualTo(200);
        return r.json();
    }

    private long tickets(JsonNode reply) {
        return jdbc.sql("select count(*) from handoff where conversation_id = :c")
                .param("c", reply.get("conversation_id").asLong()).query(Long.class).single();
    }

    @Test
    void thanksAfterTheRightAnswerClosesTheConversationAsAConfirmedResolution() {
        Instant start = Instant.now();
        String s = "st-" + UUID.randomUUID();
        JsonNode answer = say(s, "How do I reset my password?");
        assertThat(answer.get("source").asString()).isEqualTo("FAQ");
        JsonNode thanks = say(s, "thanks, that worked!");
        assertThat(thanks.get("reply").asString()).startsWith("You're welcome! Glad that helped.");
        assertThat(thanks.get("needs_human").asBoolean()).isFalse();
        assertThat(tickets(thanks)).isZero();

        JsonNode report = api.get("/api/analytics?channel=web&from=" + start + "&to="
                + Instant.now().plus(1, ChronoUnit.MINUTES), HttpApi.ADMIN).json();
        assertThat(report.at("/self_service/confirmed").asLong()).isEqualTo(1);
        assertThat(report.at("/self_service/resolved").asLong()).isEqualTo(1);
        assertThat(report.at("/outcomes/FAQ").asLong()).isEqualTo(1);
        assertThat(report.at("/outcomes/UNANSWERED").asLong()).isZero();
    }

    @Test
    void wordsThatItWorkedAfterAnAnswerAreThanksNeverTheNextBestChoices() {
        for (String text : new String[] {"thanks, it's working now", "cheers, that fixed it", "all sorted now"}) {
            String s = "st-" + UUID.randomUUID();
            assertThat(say(s, "How do I reset my password?").get("source").asString()).isEqualTo("FAQ");
            JsonNode reply = say(s, text);
            assertThat(reply.get("reply").asString()).as(text).startsWith("You're welcome");
            assertThat(reply.get("choices")).as(text).isEmpty();
            assertThat(tickets(reply)).as(text).isZero();
        }
    }

    @Test
    void okOrThankYouAsTheFirstMessageOpensNoTicket() {
        for (String text : new String[] {"ok", "thank you"}) {
            JsonNode reply = say("st-" + UUID.randomUUID(), text);
            assertThat(reply.get("needs_human").asBoolean()).as(text).isFalse();
            assertThat(reply.get("choices")).as(text).isEmpty();
            assertThat(tickets(reply)).as(text).isZero();
        }
    }

    @Test
    void hiGetsAGreetingWithTheStarterQuestionsListedNotUnrelatedChoices() {
        for (String text : new String[] {"hi", "hello"}) {
            JsonNode reply = say("st-" + UUID.randomUUID(), text);
            assertThat(reply.get("choices")).as(text).isEmpty();
            assertThat(reply.get("suggestions")).as("the most asked questions as chips").isNotEmpty();
            // and numbered in the text itself, for a client that shows only the text
            StringBuilder listed = new StringBuilder("Hi! How can I help you today?");
            int n = 0;
            for (JsonNode s : reply.get("suggestions")) {
                listed.append('\n').append(++n).append(". ").append(s.get("question").asString());
            }
            assertThat(reply.get("reply").asString()).as(text).isEqualTo(listed.toString());
            assertThat(tickets(reply)).isZero();
        }
    }

    @Test
    void thatsNotWhatIMeantAfterAnAnswerOffersOtherEntriesNeverTheSameAnswer() {
        String s = "st-" + UUID.randomUUID();
        JsonNode answer = say(s, "How long do refunds take?");
        String first = answer.get("reply").asString();
        JsonNode next = say(s, "no, that's not what I meant");
        assertThat(next.get("reply").asString()).isNotEqualTo(first);
        if (next.get("choices").isEmpty()) {
            assertThat(next.get("reply").asString()).contains("person");
        } else {
            assertThat(next.get("reply").asString()).startsWith("Sorry about that. Did you mean one of these?");
            for (JsonNode c : next.get("choices")) {
                assertThat(first).doesNotContain(c.get("question").asString());
            }
        }
        assertThat(tickets(next)).isZero();
    }

    @Test
    void chitChatIsDeflectedWithoutATicket() {
        for (String text : new String[] {"tell me a joke", "how old are you?", "who made you?",
                "what's the weather like today?"}) {
            JsonNode reply = say("st-" + UUID.randomUUID(), text);
            assertThat(reply.get("source").asString()).as(text).isEqualTo("SYSTEM");
            assertThat(reply.get("choices")).as(text).isEmpty();
            assertThat(reply.get("needs_human").asBoolean()).as(text).isFalse();
        }
    }

    @Test
    void aRealNeedTheFaqDoesNotCoverStillReachesAPerson() {
        String s = "st-" + UUID.randomUUID();
        JsonNode reply = say(s, "I want to report an accident with my rental car");
        if (!reply.get("choices").isEmpty()) {
            reply = api.post("/api/chat", json("session_id", s, "choice", reply.get("something_else").asString()))
                    .json();
        }
        if (!reply.get("needs_human").asBoolean()) {
            // no entry fits: the honest "I can't answer that here" or "I'm not sure I have an answer to that" offers a
            // person, and "yes" takes it up
            assertThat(reply.get("reply").asString()).containsAnyOf("I can't answer that here",
                    "I'm not sure I have an answer");
            assertThat(tickets(reply)).as("no ticket before the customer says yes").isZero();
            reply = say(s, "yes");
        }
        assertThat(reply.get("needs_human").asBoolean()).isTrue();
        assertThat(tickets(reply)).isEqualTo(1);
    }

    @Test
    void areYouABotIsAnsweredHonestly() {
        JsonNode reply = say("st-" + UUID.randomUUID(), "are you a bot?");
        assertThat(reply.get("reply").asString()).contains("automated assistant").contains("talk to a person");
        assertThat(tickets(reply)).isZero();
    }

    @Test
    void sayThatAgainRepeatsTheLastAnswer() {
        String s = "st-" + UUID.randomUUID();
        String answer = say(s, "How do I reset my password?").get("reply").asString();
        assertThat(say(s, "say that again").get("reply").asString()).isEqualTo(answer);
    }
}
