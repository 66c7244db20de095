package org.answerdesk.handoff;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.answerdesk.HttpApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import org.answerdesk.SampleFaqMisses;

/**
 * Handoff end to end for a web customer: escalation, a silent bot, an agent's reply through the tickets API,
 * resolution, and the agent's answer learnt as an FAQ entry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebHandoffIT {


    @LocalServerPort
    int port;
    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
    }

    HttpApi.Response chat(String session, String message) {
        return api.post("/api/chat", json("session_id", session, "message", message));
    }

    JsonNode ticketOf(long conversationId) {
        for (JsonNode t : api.get("/api/tickets", HttpApi.ADMIN).json()) {
            if (t.get("conversation_id").asLong() == conversationId) {
                return t;
            }
        }
        return null;
    }

    List<String> shown(String session) {
        List<String> texts = new ArrayList<>();
        api.get("/api/chat/" + session + "/messages?after=0").json().forEach(m -> texts.add(
                m.get("source").asString() + ": " + m.get("reply").asString()));
        return texts;
    }

    @Test
    void anUnanswerableQuestionGoesToAPersonWhoAnswersResolvesAndTeachesTheFaq() {
        String s = "handoff-" + UUID.randomUUID();
        JsonNode offer = chat(s, SampleFaqMisses.APPRAISAL).json();
        assertThat(offer.get("needs_human").asBoolean()).as("a first miss: the offer of a person, no ticket").isFalse();
        JsonNode first = chat(s, SampleFaqMisses.APPRAISAL).json();
        assertThat(first.get("needs_human").asBoolean()).as("the second miss in a row").isTrue();
        long conversation = first.get("conversation_id").asLong();

        JsonNode ticket = ticketOf(conversation);
        assertThat(ticket).isNotNull();
        assertThat(ticket.get("channel").asString()).isEqualTo("WEB");
        assertThat(ticket.get("reason").asString()).contains("no LLM");
        assertThat(ticket.get("transcript").toString()).contains("pocket watches");

        // the bot says that the team has it, and never goes silent until a person writes (shorter the second time,
        // issue 61 class 5); the messages reach the ticket
        var acknowledged = chat(s, "Hello? It is my grandfather's watch from 1910.");
        assertThat(acknowledged.status()).isEqualTo(200);
        assertThat(acknowledged.json().get("reply").asString()).contains("the team has your message");
        var waiting = chat(s, "Hello?? Anyone?");
        assertThat(waiting.status()).isEqualTo(200);
        assertThat(waiting.json().get("reply").asString()).contains("with the team");
        assertThat(waiting.json().get("needs_human").asBoolean()).isTrue();
        assertThat(ticketOf(conversation).get("transcript").toString()).contains("grandfather");

        long id = ticket.get("id").asLong();
        var reply = api.post("/api/tickets/" + id + "/reply",
                json("text", "We don't repair watches, sorry: a local watchmaker can help.",
                        "agent", "Ann"), HttpApi.ADMIN);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(shown(s)).contains("AGENT: We don't repair watches, sorry: a local watchmaker can help.");

        assertThat(api.post("/api/tickets/" + id + "/resolve", "{}", HttpApi.ADMIN).status()).isEqualTo(200);
        assertThat(ticketOf(conversation)).isNull();
        assertThat(String.join("\n", shown(s))).contains("SYSTEM: Our team has marked this conversation as resolved");

        // back to the bot
        JsonNode next = chat(s, "How do I reset my password?").json();
        assertThat(next.get("source").asString()).isEqualTo("FAQ");

        // the agent's answer is a candidate; approved, it answers a paraphrase from the FAQ
        JsonNode candidate = null;
        for (JsonNode c : api.get("/api/faq/candidates", HttpApi.ADMIN).json()) {
            if (c.get("questions").toString().contains("pocket watches")) {
                candidate = c;
            }
        }
        assertThat(candidate).isNotNull();
        assertThat(chat("other-" + UUID.randomUUID(), "Could you appraise my old pocket watch?")
                .json().get("reply").asString()).doesNotContain("local watchmaker");
        var approved = api.post("/api/faq/candidates/" + candidate.get("id").asLong() + "/approve", "{}", HttpApi.ADMIN);
        try {
            assertThat(approved.status()).isEqualTo(200);
            JsonNode learnt = chat("other-" + UUID.randomUUID(), "Could you appraise my old pocket watch?").json();
            assertThat(learnt.get("source").asString()).isEqualTo("FAQ");
            assertThat(learnt.get("reply").asString()).contains("local watchmaker");
        } finally {
            // other classes in this context ask the pocket-watch question as one the FAQ cannot answer
            if (approved.status() == 200) {
                assertThat(api.delete("/api/faq/" + approved.json().get("id").asLong(), HttpApi.ADMIN).status())
                        .isEqualTo(204);
            }
        }
    }

    @Test
    void askingForAPersonHandsOver() {
        String s = "ask-" + UUID.randomUUID();
        JsonNode r = chat(s, "I'd like to talk to a human please").json();
        assertThat(r.get("source").asString()).isEqualTo("SYSTEM");
        assertThat(r.get("needs_human").asBoolean()).isTrue();
        assertThat(ticketOf(r.get("conversation_id").asLong()).get("reason").asString()).contains("asked for a person");
    }

    @Test
    void aThumbsDownOffersAPersonAndAYesAcceptsIt() {
        String s = "down-" + UUID.randomUUID();
        JsonNode answer = chat(s, "How long do refunds take?").json();
        assertThat(answer.get("source").asString()).isEqualTo("FAQ");
        api.post("/api/feedback", json("session_id", s, "message_id", answer.get("message_id").asLong(), "vote", "down"));
        assertThat(String.join("\n", shown(s))).contains("would like a person");

        JsonNode yes = chat(s, "yes").json();
        assertThat(yes.get("needs_human").asBoolean()).isTrue();
        assertThat(ticketOf(yes.get("conversation_id").asLong())).isNotNull();
    }

    @Test
    void resolvingATicketAfterTheCustomerStartedOverLeavesTheNewConversationAlone() {
        String s = "restart-" + UUID.randomUUID();
        long handedOver = chat(s, "I'd like to talk to a human please").json().get("conversation_id").asLong();
        long ticket = ticketOf(handedOver).get("id").asLong();
        api.post("/api/reset", json("session_id", s));
        long fresh = chat(s, "How long do refunds take?").json().get("conversation_id").asLong();
        assertThat(fresh).isNotEqualTo(handedOver);

        assertThat(api.post("/api/tickets/" + ticket + "/resolve", "{}", HttpApi.ADMIN).status()).isEqualTo(200);
        JsonNode next = chat(s, "How long do refunds take?").json();
        assertThat(next.get("conversation_id").asLong()).isEqualTo(fresh);
        assertThat(next.get("source").asString()).isEqualTo("FAQ");
    }

    @Test
    void everyTicketEndpointNeedsTheAdminTokenAndChangesNothingWithoutIt() {
        String s = "handoff-" + UUID.randomUUID();
        long conversation = chat(s, "I want to talk to a person").json().get("conversation_id").asLong();
        long id = ticketOf(conversation).get("id").asLong();
        String[] wrong = {"Authorization", "Bearer not-the-admin-token"};
        for (String[] headers : List.of(new String[0], wrong)) {
            assertThat(api.get("/api/tickets", headers).status()).isEqualTo(401);
            assertThat(api.get("/api/tickets/" + id, headers).status()).isEqualTo(401);
            assertThat(api.post("/api/tickets/" + id + "/reply", json("text", "no token, no reply"), headers)
                    .status()).isEqualTo(401);
            assertThat(api.post("/api/tickets/" + id + "/resolve", "", headers).status()).isEqualTo(401);
        }
        assertThat(shown(s)).noneMatch(t -> t.contains("no token, no reply"));
        assertThat(ticketOf(conversation)).as("still open").isNotNull();
        assertThat(api.post("/api/tickets/999999/reply", json("text", "hi"), HttpApi.ADMIN).status()).isEqualTo(404);
    }
}
