package org.answerdesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the core does with deliveries it cannot store, against the real PostgreSQL: text it can clean is stored
 * cleaned; anything else is quarantined once, counted, and the next delivery is taken as usual.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// With a server port, as the web classes: their context, one start fewer than a context of its own (docs/benchmarks.md, "ci56")
class QuarantineIT {

    @Autowired
    ConversationService conversations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;

    private static InboundMessage message(String eventId, String session, String text) {
        var key = new ConversationKey(Channel.WEB, session);
        return new InboundMessage(eventId, key, new Participant(Channel.WEB, session, "Nul\u0000Name", null), text);
    }

    @Test
    void nulAndBrokenSurrogatesAreStoredCleanedInsteadOfFailing() {
        String session = "s-" + UUID.randomUUID();
        Receipt receipt = conversations.receive(message("e-" + UUID.randomUUID(), session + "\u0000",
                "Where is\u0000 my parcel? \uD83D"));
        assertThat(receipt.status()).isEqualTo(Receipt.Status.ACCEPTED);
        String stored = jdbc.sql("select text from message where id = :id").param("id", receipt.messageId())
                .query(String.class).single();
        assertThat(stored).isEqualTo("Where is my parcel? \uFFFD");
        assertThat(jdbc.sql("select display_name from participant where external_user_id = :u").param("u", session)
                .query(String.class).single()).isEqualTo("NulName");
    }

    @Test
    void anEventThePostgresIndexRefusesIsQuarantinedOnceAndTheNextIsTaken() {
        // an id far over PostgreSQL's btree row limit, made of characters that do not compress: a real refusal
        var random = new Random(7);
        var hugeId = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            hugeId.appendCodePoint(0x4E00 + random.nextInt(0x5000));
        }
        double before = meters.counter("answerdesk.quarantined", "channel", "WEB").count();
        long storedBefore = conversations.quarantined(Channel.WEB);
        String session = "s-" + UUID.randomUUID();

        Receipt first = conversations.receive(message(hugeId.toString(), session, "hello"));
        Receipt again = conversations.receive(message(hugeId.toString(), session, "hello"));
        Receipt next = conversations.receive(message("e-" + UUID.randomUUID(), session, "How do refunds work?"));

        assertThat(first.status()).isEqualTo(Receipt.Status.QUARANTINED);
        assertThat(again.status()).isEqualTo(Receipt.Status.QUARANTINED);
        assertThat(conversations.quarantined(Channel.WEB)).isEqualTo(storedBefore + 1);
        assertThat(meters.counter("answerdesk.quarantined", "channel", "WEB").count()).isEqualTo(before + 1);
        String reason = jdbc.sql("select reason from quarantine where channel = 'WEB' order by id desc limit 1")
                .query(String.class).single();
        assertThat(reason).startsWith("not storable:").contains("index row");
        assertThat(next.status()).isEqualTo(Receipt.Status.ACCEPTED);
        // answered by the core's workers (or here, if none has claimed it yet)
        org.answerdesk.Await.await(() -> conversations.respond(next.messageId()), java.util.Optional::isPresent,
                "the next message answered");
    }
}
