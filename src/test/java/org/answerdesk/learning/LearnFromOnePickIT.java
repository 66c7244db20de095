package org.answerdesk.learning;

import static org.answerdesk.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import org.answerdesk.WaitLane;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.retrieval.FaqRetriever;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bot's default: one customer's pick teaches the FAQ (the tests' shared configuration only puts pairs up for
 * review, so that test classes do not teach each other), up to that customer's share of the day; a further pick of theirs
 * waits for another customer to agree.
 */
@SpringBootTest(properties = {"answerdesk.faq.learn-from-picks=AUTO", "answerdesk.faq.learn-min-conversations=1",
        "answerdesk.faq.learn-max-per-customer-per-day=1"})
// In the wait lane: no other class has its settings, and its context polls none of the shared fakes.
@WaitLane
class LearnFromOnePickIT {

    @Autowired
    ConversationService conversations;
    @Autowired
    FaqRetriever retriever;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;

    @Test
    void aSingleCustomersPickTeachesUntilTheirShareOfTheDayIsTaken() {
        var customers = new Customers(conversations, retriever);
        Customers.Case first = customers.clarified("my parcel never showed up", "the box i ordered hasnt come",
                "where the heck is my stuff", "still waiting on my package");
        Customers.Case second = customers.clarified("can i get my money back for a sweater",
                "i want a refund for my shoes", "how do refunds work", "return money please");
        assertThat(second.entryId()).isNotEqualTo(first.entryId());
        double capped = count("capped");

        var customer = customers.next();
        customer.askAndPick(first.question(), first.entryId());
        await(() -> learned(first.entryId()), n -> n == 1, "the first pick learned");
        await(() -> retriever.retrieve(first.question()).best().map(m -> m.entryId() == first.entryId()
                && retriever.retrieve(first.question()).confident()).orElse(false), ok -> ok,
                "the learned question answered at once");

        customer.reset();
        customer.askAndPick(second.question(), second.entryId());
        await(() -> count("capped"), n -> n >= capped + 1, "the second pick held by the customer's daily share");
        assertThat(learned(second.entryId())).isZero();
        assertThat(jdbc.sql("select outcome from faq_pick where entry_id = :e").param("e", second.entryId())
                .query(String.class).list()).containsExactly("PENDING");
    }

    private long learned(long entryId) {
        return jdbc.sql("select count(*) from faq_learned where entry_id = :e and status = 'LEARNED'")
                .param("e", entryId).query(Long.class).single();
    }

    private double count(String outcome) {
        var c = meters.find("answerdesk.faq.picks").tag("outcome", outcome).counter();
        return c == null ? 0 : c.count();
    }
}
