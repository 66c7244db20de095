package org.answerdesk.learning;

import static org.answerdesk.Await.await;
import static org.assertj.core.api.Assertions.assertThat;


import java.util.function.BiConsumer;

import org.answerdesk.WaitLane;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.conversation.Reply;
import org.answerdesk.conversation.ReplySource;
import org.answerdesk.faq.FaqService;
import org.answerdesk.feedback.Vote;
import org.answerdesk.redaction.Redactor;
import org.answerdesk.retrieval.FaqRetriever;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Learning from picks under the product's default of one customer (profile "product-defaults"): what a pick taught
 * is taken back as soon as its customer disowns it (a thumbs-down on its answer, a request for a person), with no
 * further pick of the entry needed; and a pick is stored, and learned, without the customer's personal details.
 * Each test works on questions of its own topic.
 */
@SpringBootTest
@ActiveProfiles("product-defaults")
// In the wait lane: no other class has its profile, and its context polls none of the shared fakes.
@WaitLane
class LearnUnderTheDefaultsIT {

    @Autowired
    ConversationService conversations;
    @Autowired
    FaqRetriever retriever;
    @Autowired
    FaqService faq;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aThumbsDownAfterAPickTakesBackThePhrasingItTaught() {
        Customers.Case c = new Customers(conversations, retriever).clarified("what is your refund policy",
                "can i get my money back for a sweater", "i want a refund for my shoes", "how do refunds work");
        learnThenDisown(c, (customer, answer) -> conversations.rate(customer.key, answer.messageId(), Vote.DOWN));
    }

    @Test
    void aRequestForAPersonAfterAPickTakesBackThePhrasingItTaught() {
        Customers.Case c = new Customers(conversations, retriever).clarified("can i send my order somewhere else",
                "change delivery address", "deliver to my office instead", "wrong address on my order");
        learnThenDisown(c, (customer, answer) -> customer.ask("that did not help, can I talk to a person?"));
    }

    @Test
    void aPickIsLearnedWithoutTheCustomersEmailAddressOrPhoneNumber() {
        var customers = new Customers(conversations, retriever);
        Customers.Case c = customers.clarified(
                "my parcel never showed up, write to jo.doe@example.com or text +44 20 7946 0958",
                "where did my package go? jo.doe@example.com, +44 20 7946 0958",
                "nothing was delivered to me (jo.doe@example.com, +44 20 7946 0958)",
                "money back, jo.doe@example.com, +44 20 7946 0958");
        customers.next().askAndPick(c.question(), c.entryId());

        String phrasing = await(() -> learnedPhrasing(c.entryId()), p -> p != null, "the pick learned");
        assertThat(phrasing).doesNotContain("jo.doe@example.com", "7946")
                .contains(Redactor.EMAIL, Redactor.PHONE);
        assertThat(jdbc.sql("select question from faq_pick where entry_id = :e").param("e", c.entryId())
                .query(String.class).list()).as("the stored evidence").singleElement()
                .asString().doesNotContain("jo.doe@example.com", "7946");
        assertThat(faq.find(c.entryId()).orElseThrow().phrasings()).contains(phrasing)
                .noneMatch(p -> p.contains("example.com"));
    }

    /** One customer picks and teaches; the next is answered at once; then the first disowns the pick. */
    private void learnThenDisown(Customers.Case c, BiConsumer<Customers.Customer, Reply> disown) {
        var customers = new Customers(conversations, retriever);
        var first = customers.next();
        Reply answer = first.askAndPick(c.question(), c.entryId());
        String phrasing = await(() -> learnedPhrasing(c.entryId()), p -> p != null, "the pick learned");
        await(() -> retriever.retrieve(c.question()).confident(), served -> served, "the learned phrasing served");
        Reply next = customers.next().ask(c.question());
        assertThat(next.source()).as("the next customer answered from the learned phrasing").isEqualTo(ReplySource.FAQ);
        assertThat(next.offersChoices()).isFalse();
        assertThat(next.text()).isEqualTo(answer.text());

        disown.accept(first, answer);

        await(() -> status(c.entryId()), "NEGATIVE"::equals, "the pair taken back");
        assertThat(learnedPhrasing(c.entryId())).isNull();
        assertThat(faq.find(c.entryId()).orElseThrow().phrasings()).as("what the next adaptation trains on")
                .doesNotContain(phrasing);
        await(() -> retriever.retrieve(c.question()).confident(), served -> !served, "the index without it");
        Reply after = customers.next().ask(c.question());
        assertThat(after.offersChoices()).as("the next customer gets choices again, no direct answer").isTrue();
    }

    private String learnedPhrasing(long entryId) {
        return jdbc.sql("""
                select p.text from faq_learned l join faq_phrasing p on p.id = l.phrasing_id
                where l.entry_id = :e and l.status = 'LEARNED'
                """).param("e", entryId).query(String.class).optional().orElse(null);
    }

    private String status(long entryId) {
        return jdbc.sql("select status from faq_learned where entry_id = :e").param("e", entryId)
                .query(String.class).optional().orElse(null);
    }
}
