package org.answerdesk.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.Await;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.node.ObjectNode;

/**
 * A reaction counts only on an answer in the reacting customer's own conversation: a 👎 from another number on a
 * reply sent to someone else records no vote and offers that someone no person; the customer's own 👎 does both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FakeGraphApi.class)
class WhatsAppReactionOwnerIT {

    private static final String OFFER = "Sorry that didn't help";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aThumbsDownFromAnotherNumberOnSomeoneElsesAnswerChangesNothing() {
        String customer = FakeGraphApi.nextNumber();
        String stranger = FakeGraphApi.nextNumber();
        assertThat(FakeGraphApi.deliver(port, FakeGraphApi.textMessage(customer, "How do I reset my password?"))
                .status()).isEqualTo(200);
        String answer = Await.await(() -> FakeGraphApi.sentTo(customer), s -> !s.isEmpty(), "the answer").get(0)
                .wamid();
        long reply = Await.await(() -> replyWithWamid(answer), r -> !r.isEmpty(), "the answer's wamid stored")
                .get(0);

        assertThat(FakeGraphApi.deliver(port, thumbsDown(stranger, answer)).status()).isEqualTo(200);
        // a reaction and the offer it may bring are stored before the webhook's 200
        assertThat(votes(reply)).isEmpty();
        assertThat(outbound(customer)).as("nothing more for the customer").hasSize(1);
        assertThat(FakeGraphApi.sentTo(stranger)).isEmpty();

        assertThat(FakeGraphApi.deliver(port, thumbsDown(customer, answer)).status()).isEqualTo(200);
        assertThat(votes(reply)).containsExactly(-1);
        Await.await(() -> FakeGraphApi.sentTo(customer), s -> s.stream().anyMatch(m -> m.text().contains(OFFER)),
                "the offer of a person after the customer's own thumbs-down");
    }

    private static ObjectNode thumbsDown(String from, String wamid) {
        ObjectNode d = FakeGraphApi.delivery("reaction.json", from);
        ((ObjectNode) FakeGraphApi.message(d).get("reaction")).put("message_id", wamid).put("emoji", "👎");
        return d;
    }

    private List<Long> replyWithWamid(String wamid) {
        return jdbc.sql("select id from message where channel = 'WHATSAPP' and direction = 'OUT' "
                + "and external_message_id = :w").param("w", wamid).query(Long.class).list();
    }

    private List<Integer> votes(long replyId) {
        return jdbc.sql("select vote from feedback where message_id = :id").param("id", replyId)
                .query(Integer.class).list();
    }

    private List<String> outbound(String number) {
        return jdbc.sql("""
                select m.text from message m join conversation c on c.id = m.conversation_id
                where c.channel = 'WHATSAPP' and c.external_key = :k and m.direction = 'OUT'""")
                .param("k", number).query(String.class).list();
    }
}
