package org.answerdesk.conversation.store;

import org.answerdesk.WaitLane;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.conversation.InboundMessage;
import org.answerdesk.conversation.Participant;
import org.answerdesk.conversation.Receipt;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.answerdesk.redaction.RedactionProperties;
import org.junit.jupiter.api.Test;
import org.answerdesk.conversation.ConversationProperties;
import org.answerdesk.conversation.answering.DecisionRunner;
import org.answerdesk.conversation.answering.ReplyDraft;
import org.answerdesk.conversation.store.InboundStore.StoredInbound;
import org.answerdesk.dialogue.Outcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Storing a message in one statement ({@code store_inbound}) against the real PostgreSQL, where several deliveries
 * race: first messages of one new key from many threads open exactly one live conversation and are all stored in
 * it; the same delivery sent from many threads at once is stored once and every other copy is a duplicate naming
 * that message. No worker runs (0), so only what was stored is looked at.
 */
@SpringBootTest(properties = {
        "answerdesk.conversation.workers=0",
        "answerdesk.conversation.answer-lease=2s",
        "answerdesk.conversation.poll-interval=200ms",
        "answerdesk.conversation.help-message=Ask me anything: I am the test bot."})
// AnswerClaimsIT's settings (none but the workers matters here), so its context: one start fewer; in its lane, as
// every class of a shared context (docs/benchmarks.md, "ci56")
@WaitLane
class StoreInboundIT {

    private static final int THREADS = 8;

    @Autowired
    ConversationService conversations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConversationProperties properties;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void firstMessagesOfOneKeyAtOnceShareOneLiveConversation() throws Exception {
        var key = new ConversationKey(Channel.TELEGRAM, "race-" + System.nanoTime());
        var from = new Participant(Channel.TELEGRAM, key.externalId(), "Racer", null);
        List<Receipt> receipts = atOnce(i -> conversations.receive(
                new InboundMessage("race-event-" + key.externalId() + "-" + i, key, from, "question " + i)));

        assertThat(receipts).extracting(Receipt::status).containsOnly(Receipt.Status.ACCEPTED);
        assertThat(receipts).extracting(Receipt::messageId).doesNotHaveDuplicates();
        List<Long> live = jdbc.sql("select id from conversation where channel = 'TELEGRAM' and external_key = :k")
                .param("k", key.externalId()).query(Long.class).list();
        assertThat(live).hasSize(1);
        assertThat(jdbc.sql("select count(*) from message where conversation_id = :c and direction = 'IN'")
                .param("c", live.get(0)).query(Long.class).single()).isEqualTo(THREADS);
        assertThat(jdbc.sql("select count(*) from participant where channel = 'TELEGRAM' and external_user_id = :u")
                .param("u", key.externalId()).query(Long.class).single()).isEqualTo(1);
        // every delivery id links to its own message
        assertThat(jdbc.sql("select count(distinct message_id) from inbox where event_id like :e")
                .param("e", "race-event-" + key.externalId() + "-%").query(Long.class).single()).isEqualTo(THREADS);
    }

    @Test
    void oneDeliveryFromManyThreadsAtOnceIsStoredOnce() throws Exception {
        var key = new ConversationKey(Channel.SLACK, "redelivered-" + System.nanoTime());
        var from = new Participant(Channel.SLACK, key.externalId(), null, null);
        var event = new InboundMessage("same-event-" + key.externalId(), key, from, "Where is my order?");
        List<Receipt> receipts = atOnce(i -> conversations.receive(event));

        assertThat(receipts).filteredOn(r -> r.status() == Receipt.Status.ACCEPTED).hasSize(1);
        long stored = receipts.stream().filter(r -> r.status() == Receipt.Status.ACCEPTED).findFirst().orElseThrow()
                .messageId();
        assertThat(receipts).filteredOn(r -> r.status() == Receipt.Status.DUPLICATE)
                .hasSize(THREADS - 1).extracting(Receipt::messageId).containsOnly(stored);
        assertThat(jdbc.sql("""
                select count(*) from message m join conversation c on c.id = m.conversation_id
                where c.external_key = :k and m.direction = 'IN'""")
                .param("k", key.externalId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void withStoredTextRedactionACardNumberIsStoredMasked() {
        var store = new InboundStore(jdbc, new RedactionProperties(false, false, true), properties);
        var key = new ConversationKey(Channel.WEB, "masked-" + System.nanoTime());
        store.storeInbound(new InboundMessage("masked-event-" + key.externalId(), key,
                new Participant(Channel.WEB, key.externalId(), null, null), "charge 4111 1111 1111 1111 please"),
                null, null, null);

        assertThat(jdbc.sql("""
                select m.text from message m join conversation c on c.id = m.conversation_id where c.external_key = :k""")
                .param("k", key.externalId()).query(String.class).single()).isEqualTo("charge [card] please");
    }

    @Test
    void thePreparedAnswerIsNeverTheLastReplyWithinTheContextWindowAndMayComeAgainAfterIt() {
        var store = new InboundStore(jdbc, new RedactionProperties(false, false, false), properties);
        var key = new ConversationKey(Channel.WEB, "window-" + System.nanoTime());
        var from = new Participant(Channel.WEB, key.externalId(), null, null);
        long entry = jdbc.sql("select min(id) from faq_entry").query(Long.class).single();
        var prepared = new DecisionRunner.Prepared(ReplyDraft.faq("The answer.", 0.9, entry, List.of()), 1, "q",
                Outcome.ANSWERED);
        java.util.function.IntFunction<StoredInbound> ask = i -> store.storeInbound(new InboundMessage(
                "window-event-" + i + "-" + key.externalId(), key, from, "q"), null, null, prepared);

        Long first = ask.apply(1).replyId();
        assertThat(first).isNotNull();
        assertThat(ask.apply(2).replyId()).as("never the same answer twice in a row").isNull();
        jdbc.sql("update message set created_at = created_at - cast(:w as interval) - interval '1 minute' where id = :id")
                .param("w", properties.contextWindow().toSeconds() + " seconds").param("id", first).update();
        assertThat(ask.apply(3).replyId()).as("the last reply is past the context window, as the policy reads it")
                .isNotNull();
    }

    @Test
    void noPreparedAnswerRightAfterAnFaqAnswerSoThePolicyReadsAFollowUpWithIt() {
        var store = new InboundStore(jdbc, new RedactionProperties(false, false, false), properties);
        var key = new ConversationKey(Channel.WEB, "after-" + System.nanoTime());
        var from = new Participant(Channel.WEB, key.externalId(), null, null);
        List<Long> entries = jdbc.sql("select id from faq_entry order by id limit 2").query(Long.class).list();
        assertThat(entries).hasSize(2);
        java.util.function.BiFunction<Integer, Long, StoredInbound> ask = (i, entry) -> store.storeInbound(
                new InboundMessage("after-event-" + i + "-" + key.externalId(), key, from, "q" + i), null, null,
                new DecisionRunner.Prepared(ReplyDraft.faq("The answer.", 0.9, entry, List.of()), 1, "q" + i,
                        Outcome.ANSWERED));

        assertThat(ask.apply(1, entries.get(0)).replyId()).as("a first question").isNotNull();
        assertThat(ask.apply(2, entries.get(1)).replyId()).as("after an answer, even of another entry").isNull();
    }

    @Test
    void aMessageThatOpensItsConversationDoesNotUpdateItAgainAndALaterOneDoes() {
        var store = new InboundStore(jdbc, new RedactionProperties(false, false, false), properties);
        var key = new ConversationKey(Channel.WEB, "opened-" + System.nanoTime());
        var from = new Participant(Channel.WEB, key.externalId(), null, null);
        long entry = jdbc.sql("select min(id) from faq_entry").query(Long.class).single();
        var tx = new TransactionTemplate(transactions);
        // the conversation's rows this transaction updated, as a difference: the backend's counts may still hold an
        // earlier transaction's of the pooled connection until they are flushed (later on a busy machine)
        java.util.function.LongSupplier updates = () -> jdbc.sql(
                "select n_tup_upd from pg_stat_xact_user_tables where relname = 'conversation'")
                .query(Long.class).single();
        java.util.function.IntFunction<long[]> ask = i -> tx.execute(status -> {
            long before = updates.getAsLong();
            var stored = store.storeInbound(new InboundMessage("opened-event-" + i + "-" + key.externalId(), key,
                    from, "q" + i), null, null, new DecisionRunner.Prepared(ReplyDraft.faq("The answer.", 0.9, entry,
                    List.of()), 1, "q" + i, Outcome.ANSWERED));
            long updated = updates.getAsLong() - before;
            return new long[] {updated, stored.replyId() == null ? 0 : 1, stored.conversation().id()};
        });

        long[] first = ask.apply(1);
        assertThat(first[1]).as("answered with the prepared answer").isEqualTo(1);
        assertThat(first[0]).as("the conversation it opened is not updated again").isZero();
        assertThat(jdbc.sql("select updated_at = created_at from conversation where id = :c").param("c", first[2])
                .query(Boolean.class).single()).as("its updated_at is its insert's now()").isTrue();
        long[] second = ask.apply(2);
        assertThat(second[2]).isEqualTo(first[2]);
        assertThat(second[0]).as("a later message moves the conversation's updated_at").isEqualTo(1);
        assertThat(jdbc.sql("select updated_at > created_at from conversation where id = :c").param("c", first[2])
                .query(Boolean.class).single()).isTrue();
    }

    /** Runs {@code task(i)} for each thread, all released at the same moment; their results in thread order. */
    private static <T> List<T> atOnce(java.util.function.IntFunction<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            var barrier = new CyclicBarrier(THREADS);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                int n = i;
                futures.add(pool.submit((Callable<T>) () -> {
                    barrier.await(10, TimeUnit.SECONDS);
                    return task.apply(n);
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
