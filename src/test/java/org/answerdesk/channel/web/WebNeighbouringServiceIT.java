package org.answerdesk.channel.web;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import org.answerdesk.HttpApi;
import org.answerdesk.WaitLane;
import org.answerdesk.language.Texts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * A neighbouring trade's service asked of an Italian shop through {@code POST /api/chat}, with the real MiniLM and
 * the index the bot builds (retrieval.FarGate, "Services the shop never names"): declined honestly with the offer of
 * a person, no unrelated choices; a question of the shop's own is still answered or offered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"answerdesk.faq.sample=classpath:eval/it/faq.csv", "answerdesk.languages=it"})
// In the wait lane: no other class has its settings, and its context polls none of the shared fakes.
@WaitLane
class WebNeighbouringServiceIT {

    @LocalServerPort
    int port;
    @Autowired
    Texts texts;

    private JsonNode ask(String message) {
        return new HttpApi(port).post("/api/chat", json("session_id", "svc-" + UUID.randomUUID(), "message", message))
                .json();
    }

    @Test
    void aServiceTheShopNeverNamesIsDeclinedWithTheOfferOfAPerson() {
        JsonNode reply = ask("noleggiate biciclette elettriche?");

        assertThat(reply.get("reply").asString())
                .isEqualTo(texts.text("conversation.human-offer-off-topic", Locale.ITALIAN));
        assertThat(reply.get("choices")).as(reply.toString()).isEmpty();
    }

    @Test
    void anOfferOfSomethingTheShopHasNoWordOfAfterAnAnswerIsDeclinedNotAnsweredWithTheTopic() {
        // read with the delivery question before it, the offer was answered with a neighbouring entry
        String session = "svc-" + UUID.randomUUID();
        HttpApi api = new HttpApi(port);
        api.post("/api/chat", json("session_id", session, "message", "quanto costa la consegna a domicilio?"));

        JsonNode reply = api.post("/api/chat", json("session_id", session, "message",
                "e vendete anche le biciclette elettriche?")).json();

        assertThat(reply.get("reply").asString()).as(reply.toString())
                .isEqualTo(texts.text("conversation.human-offer-off-topic", Locale.ITALIAN));
        assertThat(reply.get("choices")).as(reply.toString()).isEmpty();
    }

    @Test
    void theShopsOwnQuestionIsStillAnsweredOrOffered() {
        JsonNode reply = ask("quanto costa la consegna a domicilio?");

        assertThat(reply.get("source").asString().equals("FAQ") || !reply.get("choices").isEmpty())
                .as(reply.toString()).isTrue();
    }
}
