package org.answerdesk.learning;

import static org.answerdesk.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.HttpApi;
import org.answerdesk.WaitLane;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.retrieval.FaqRetriever;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** With {@code learn-from-picks=REVIEW}, a pair the customers agree on waits for the owner instead of being learned. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "answerdesk.faq.learn-from-picks=REVIEW")
// In the wait lane: no other class has its settings, and its context polls none of the shared fakes.
@WaitLane
class LearnForReviewIT {

    @LocalServerPort
    int port;
    @Autowired
    ConversationService conversations;
    @Autowired
    FaqRetriever retriever;

    JsonNode waiting(long entryId, HttpApi admin) {
        for (JsonNode p : admin.get("/api/faq/learned?status=review", HttpApi.ADMIN).json()) {
            if (p.get("entry_id").asLong() == entryId) {
                return p;
            }
        }
        return null;
    }

    @Test
    void agreedPairsWaitForApprovalAndAreLearnedOnlyOnceApproved() {
        var customers = new Customers(conversations, retriever);
        var admin = new HttpApi(port);
        Customers.Case c = customers.clarified("my parcel never showed up", "the box i ordered hasnt come",
                "where did my package go", "nothing was delivered to me");
        customers.next().askAndPick(c.question(), c.entryId());
        customers.next().askAndPick(c.question(), c.entryId());

        // each pick is counted as its conversation's work is done: the pair may show one before it shows both
        JsonNode pair = await(() -> waiting(c.entryId(), admin), p -> p != null && p.get("conversations").asLong() >= 2,
                "the pair waiting for review, agreed by both customers");
        assertThat(pair.get("conversations").asLong()).isEqualTo(2);
        assertThat(retriever.retrieve(c.question()).confident()).as("not learned before approval").isFalse();

        assertThat(admin.post("/api/faq/learned/" + pair.get("id").asLong() + "/approve", "", HttpApi.ADMIN)
                .status()).isEqualTo(200);
        assertThat(retriever.retrieve(c.question()).confident()).as("learned once approved").isTrue();
        assertThat(admin.post("/api/faq/learned/" + pair.get("id").asLong() + "/reject", "", HttpApi.ADMIN)
                .status()).as("decided already").isEqualTo(409);
        assertThat(admin.post("/api/faq/learned/999999/approve", "", HttpApi.ADMIN).status()).isEqualTo(404);
        assertThat(admin.get("/api/faq/learned?status=maybe", HttpApi.ADMIN).status()).isEqualTo(400);
        assertThat(new HttpApi(port).get("/api/faq/learned").status()).as("admin only").isEqualTo(401);
    }
}
