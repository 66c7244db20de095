package org.answerdesk.learning;

import static org.answerdesk.Await.await;
import static org.assertj.core.api.Assertions.assertThat;


import io.micrometer.core.instrument.MeterRegistry;
import org.answerdesk.HttpApi;
import org.answerdesk.WaitLane;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.conversation.Reply;
import org.answerdesk.conversation.ReplySource;
import org.answerdesk.feedback.Vote;
import org.answerdesk.retrieval.FaqRetriever;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Learning from picks through the real parts: the sample FAQ, MiniLM, the core answering questions and presses, and
 * the admin API. Each test works on questions of its own topic, so that what one learns does not touch the others.
 * Here two customers must agree (learn-min-conversations=2); the product's default of one is tested by
 * LearnUnderTheDefaultsIT and LearnFromOnePickIT.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "answerdesk.faq.learn-from-picks=AUTO", "answerdesk.faq.learn-min-conversations=2"})
// In the wait lane: no other class has its settings, and its context polls none of the shared fakes.
@WaitLane
class LearnFromPicksIT {

    @LocalServerPort
    int port;
    @Autowired
    ConversationService conversations;
    @Autowired
    FaqRetriever retriever;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;

    Customers customers;

    @org.junit.jupiter.api.BeforeEach
    void customers() {
        customers = new Customers(conversations, retriever);
    }

    double count(String outcome) {
        var c = meters.find("answerdesk.faq.picks").tag("outcome", outcome).counter();
        return c == null ? 0 : c.count();
    }

    long learned(long entryId, String status) {
        return jdbc.sql("select count(*) from faq_learned where entry_id = :e and status = :s")
                .param("e", entryId).param("s", status).query(Long.class).single();
    }

    @Test
    void twoCustomersPickingTheSameEntryTeachItAndTheOwnerCanUndoIt() {
        java.time.Instant start = java.time.Instant.now();
        Customers.Case c = customers.clarified("my parcel never showed up", "the box i ordered hasnt come",
                "where did my package go", "nothing was delivered to me");
        var first = customers.next().askAndPick(c.question(), c.entryId());
        assertThat(first.source()).isEqualTo(ReplySource.FAQ);
        customers.next().askAndPick(c.question().toUpperCase() + "??", c.entryId()); // the same question, written apart

        await(() -> learned(c.entryId(), "LEARNED"), n -> n == 1, "the pair learned");
        // the index is rebuilt after the pair is stored
        await(() -> retriever.retrieve(c.question()).confident(), served -> served, "the learned phrasing served");
        Reply third = customers.next().ask(c.question());
        assertThat(third.source()).as("a confident FAQ answer now").isEqualTo(ReplySource.FAQ);
        assertThat(third.offersChoices()).isFalse();
        assertThat(third.needsHuman()).isFalse();
        assertThat(third.text()).isEqualTo(first.text());

        var admin = new HttpApi(port);
        // all three resolved by the bot, two of them after a pick
        JsonNode selfService = admin.get("/api/analytics?channel=web&from=" + start + "&to="
                + java.time.Instant.now().plusSeconds(1), HttpApi.ADMIN).json().get("self_service");
        assertThat(selfService.get("asked").asLong()).isEqualTo(3);
        assertThat(selfService.get("resolved").asLong()).isEqualTo(3);
        assertThat(selfService.get("after_pick").asLong()).isEqualTo(2);

        JsonNode list = admin.get("/api/faq/learned", HttpApi.ADMIN).json();
        JsonNode pair = null;
        for (JsonNode p : list) {
            if (p.get("entry_id").asLong() == c.entryId()) {
                pair = p;
            }
        }
        assertThat(pair).as("listed on the admin page").isNotNull();
        assertThat(pair.get("conversations").asLong()).isEqualTo(2);
        assertThat(pair.get("phrasing").asString()).isIn(c.question(), c.question().toUpperCase() + "??");

        var undone = admin.post("/api/faq/learned/" + pair.get("id").asLong() + "/undo", "", HttpApi.ADMIN);
        assertThat(undone.status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from faq_phrasing where entry_id = :e and source = 'LEARNED'")
                .param("e", c.entryId()).query(Long.class).single()).as("the phrasing is gone").isZero();
        assertThat(retriever.retrieve(c.question()).confident()).as("no longer confident").isFalse();
        assertThat(admin.post("/api/faq/learned/" + pair.get("id").asLong() + "/undo", "", HttpApi.ADMIN).status())
                .as("undone once").isEqualTo(409);

        // and never learned again
        double blocked = count("blocked");
        customers.next().askAndPick(c.question(), c.entryId());
        customers.next().askAndPick(c.question(), c.entryId());
        await(() -> count("blocked"), n -> n >= blocked + 2, "both picks decided");
        assertThat(learned(c.entryId(), "LEARNED")).isZero();
        assertThat(retriever.retrieve(c.question()).confident()).isFalse();
    }

    @Test
    void oneCustomerAloneTeachesNothingWhereTwoCustomersAreAsked() {
        Customers.Case c = customers.clarified("can i get my money back for a sweater", "i want a refund for my shoes",
                "how do refunds work", "return money please");
        double pending = count("pending");
        var customer = customers.next();
        customer.askAndPick(c.question(), c.entryId());
        customer.reset(); // a new conversation, the same customer
        customer.askAndPick(c.question(), c.entryId());
        await(() -> count("pending"), n -> n >= pending + 2, "both picks decided");
        assertThat(learned(c.entryId(), "LEARNED")).isZero();
        assertThat(jdbc.sql("select count(distinct conversation_id) from faq_pick where entry_id = :e")
                .param("e", c.entryId()).query(Long.class).single()).as("two conversations' evidence").isEqualTo(2);
        assertThat(retriever.retrieve(c.question()).confident()).isFalse();
    }

    @Test
    void aThumbsDownOnAPicksAnswerBlocksThePair() {
        Customers.Case c = customers.clarified("do you take paypal or cards", "which ways can i pay", "can i pay later",
                "payment options?");
        var unhappy = customers.next();
        Reply answer = unhappy.askAndPick(c.question(), c.entryId());
        conversations.rate(unhappy.key, answer.messageId(), Vote.DOWN);
        double blocked = count("blocked");
        customers.next().askAndPick(c.question(), c.entryId());
        await(() -> count("blocked"), n -> n >= blocked + 1, "the second pick decided");
        // counted once committed: its rows read at once
        assertThat(learned(c.entryId(), "LEARNED")).isZero();
        assertThat(jdbc.sql("select outcome from faq_pick where conversation_id = :c")
                .param("c", answer.conversationId()).query(String.class).single()).isEqualTo("NEGATIVE");
        assertThat(retriever.retrieve(c.question()).confident()).isFalse();
    }

    @Test
    void aRequestForAPersonAfterAPickBlocksThePair() {
        Customers.Case c = customers.clarified("can i send my order somewhere else", "change delivery address",
                "deliver to my office instead", "wrong address on my order");
        var unhappy = customers.next();
        Reply answer = unhappy.askAndPick(c.question(), c.entryId());
        unhappy.ask("that did not help, can I talk to a person?");
        double blocked = count("blocked");
        customers.next().askAndPick(c.question(), c.entryId());
        await(() -> count("blocked"), n -> n >= blocked + 1, "the second pick decided");
        assertThat(learned(c.entryId(), "LEARNED")).isZero();
        assertThat(jdbc.sql("select outcome from faq_pick where conversation_id = :c")
                .param("c", answer.conversationId()).query(String.class).single()).isEqualTo("NEGATIVE");
    }
}
