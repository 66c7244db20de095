package org.answerdesk.channel.web;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.answerdesk.HttpApi;
import org.answerdesk.WaitLane;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * A German driving school's FAQ through {@code POST /api/chat}, with the real MiniLM and the index the bot builds: the
 * owner's "Ja, …" is said to the entry's own question, not to a question only near it (the trailer licence asked of
 * the motorbike-licence entry), which still gets the rest of the answer (dialogue.AnswerOpening).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"answerdesk.faq.sample=classpath:eval/round8/de/faq.csv", "answerdesk.languages=de"})
// In the wait lane: no other class has its settings, and its context polls none of the shared fakes.
@WaitLane
class WebAnswerOpeningIT {

    private static final String MOTORBIKE = "Ja, wir bilden für A1, A2 und A aus.";

    @LocalServerPort
    int port;

    private JsonNode ask(String message) {
        return new HttpApi(port).post("/api/chat", json("session_id", "yes-" + UUID.randomUUID(), "message", message))
                .json();
    }

    @Test
    void theEntrysOwnQuestionGetsItsYes() {
        JsonNode reply = ask("Kann ich bei euch auch den Motorradführerschein machen?");

        assertThat(reply.get("source").asString()).as(reply.toString()).isEqualTo("FAQ");
        assertThat(reply.get("reply").asString()).startsWith(MOTORBIKE);
    }

    @Test
    void aQuestionOnlyNearItGetsTheAnswerWithoutTheYes() {
        JsonNode reply = ask("macht ihr auch den anhängerführerschein, also be?");

        // confident on the motorbike entry (its words), but not the question that "Ja" was written for
        assertThat(reply.get("source").asString()).as(reply.toString()).isEqualTo("FAQ");
        assertThat(reply.get("reply").asString()).contains("“: Wir bilden für A1, A2 und A aus.");
    }
}
