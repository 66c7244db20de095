package org.answerdesk.privacy;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.answerdesk.HttpApi;
import org.answerdesk.WaitLane;
import org.answerdesk.analytics.AnalyticsService;
import org.answerdesk.analytics.Report;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * A customer's data through the real app: their export holds every message they sent and got; their erasure
 * leaves no trace of their words or identity in any text column of any table (found in the catalogue, so a table
 * added later is searched too); the retention deletes exactly the old conversations and keeps the analytics'
 * totals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = WaitLane.OWN_CONTEXT)
// Wait lane: a context of its own, out of the main lane's default one (its longest group; docs/benchmarks.md, "ci43")
@WaitLane
class CustomersDataIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Retention retention;
    @Autowired
    AnalyticsService analytics;
    @Autowired
    RetentionSetting retentionSetting;
    @Autowired
    TransactionTemplate transactions;

    /** What one customer said, and the ids of the replies they got. */
    record Chat(String session, List<String> said, List<Long> replies, long conversation) {
    }

    Chat chat(String session, String... questions) {
        var replies = new ArrayList<Long>();
        long conversation = 0;
        for (String q : questions) {
            JsonNode r = new HttpApi(port).post("/api/chat", json("session_id", session, "message", q)).json();
            replies.add(r.get("message_id").asLong());
            conversation = r.get("conversation_id").asLong();
        }
        return new Chat(session, List.of(questions), replies, conversation);
    }

    @Test
    void theExportHoldsEveryMessageTheCustomerSentAndGot() {
        Chat c = chat("export-" + UUID.randomUUID(), "How do I reset my password?",
                "And what are your opening hours on Sundays?");

        var r = new HttpApi(port).get("/api/customers/web/" + c.session() + "/export", HttpApi.ADMIN);

        assertThat(r.status()).isEqualTo(200);
        JsonNode doc = r.json();
        List<Long> exported = doc.get("messages").valueStream().map(m -> m.get("id").asLong()).toList();
        List<Long> stored = jdbc.sql("select id from message where conversation_id = :c")
            .param("c", c.conversation()).query(Long.class).list();
        assertThat(exported).containsExactlyInAnyOrderElementsOf(stored).containsAll(c.replies());
        assertThat(doc.get("messages").valueStream().map(m -> m.get("text").asString()).toList())
            .containsAll(c.said());
        assertThat(doc.get("participants").get(0).get("external_user_id").asString()).isEqualTo(c.session());
        assertThat(auditActions()).contains("CUSTOMER_EXPORT");
        assertThat(new HttpApi(port).get("/api/customers/web/" + c.session() + "/export").status())
            .as("admin only").isEqualTo(401);
        assertThat(new HttpApi(port).get("/api/customers/fax/123/export", HttpApi.ADMIN).status()).isEqualTo(400);
        assertThat(new HttpApi(port).get("/api/customers/web/nobody-" + UUID.randomUUID() + "/export", HttpApi.ADMIN)
            .status()).isEqualTo(404);
    }

    @Test
    void anErasedCustomerLeavesNoTraceInAnyTextColumnOfAnyTable() {
        String word = "zorblax" + UUID.randomUUID().toString().substring(0, 8);
        Chat gone = chat("erase-" + UUID.randomUUID(), "How do I reset my password " + word + "?",
                "My " + word + " blender broke, can I talk to a person?");
        Chat stays = chat("keep-" + UUID.randomUUID(), "How do I reset my password quibbleflux?");
        derivedRows(gone, word, stays);

        var r = new HttpApi(port).delete("/api/customers/WEB/" + gone.session(), HttpApi.ADMIN);

        assertThat(r.status()).isEqualTo(200);
        assertThat(textColumnsHolding(word)).isEmpty();
        assertThat(textColumnsHolding(gone.session())).isEmpty();
        assertThat(textColumnsHolding("quibbleflux")).as("another customer's data stays").isNotEmpty();
        assertThat(jdbc.sql("select count(*) from faq_phrasing where text = 'shared learned phrasing'")
            .query(Long.class).single()).as("a phrasing also learned from others stays").isEqualTo(1);
        assertThat(auditActions()).contains("CUSTOMER_ERASURE");
        assertThat(new HttpApi(port).delete("/api/customers/WEB/" + gone.session(), HttpApi.ADMIN).status())
            .as("erased already").isEqualTo(404);
    }

    @Test
    void retentionDeletesExactlyTheOldConversationsAndKeepsTheAnalyticsTotals() {
        Chat old = chat("old-" + UUID.randomUUID(), "How do I reset my password?", "Thanks!");
        Chat recent = chat("recent-" + UUID.randomUUID(), "How do I reset my password?");
        jdbc.sql("update message set created_at = created_at - interval '400 days' where conversation_id = :c")
            .param("c", old.conversation()).update();
        jdbc.sql("update conversation set created_at = created_at - interval '400 days', "
                + "updated_at = updated_at - interval '400 days' where id = :c").param("c", old.conversation()).update();
        // the report on the old conversation's day: nothing else in this database is that old
        Instant from = jdbc.sql("select date_trunc('day', created_at at time zone 'UTC') at time zone 'UTC' "
                + "from conversation where id = :c").param("c", old.conversation()).query(Instant.class).single();
        Instant to = from.plus(Duration.ofDays(1));
        Report before = analytics.report(from, to, null);

        var deleted = retention.run(Instant.now().minus(Duration.ofDays(365)));
        Chat during = chat(recent.session(), "How do I reset my password?"); // the chat goes on

        assertThat(deleted.get("conversation")).isGreaterThanOrEqualTo(1);
        assertThat(count("conversation where id = :c", old.conversation())).isZero();
        assertThat(count("message where conversation_id = :c", old.conversation())).isZero();
        assertThat(count("conversation where id = :c", recent.conversation())).isOne();
        assertThat(during.conversation()).isEqualTo(recent.conversation());
        Report after = analytics.report(from, to, null);
        assertThat(before.conversations()).isOne();
        assertThat(total(before.messagesPerDay())).isEqualTo(4);
        assertThat(after.conversations()).isEqualTo(before.conversations());
        assertThat(after.outcomes()).isEqualTo(before.outcomes());
        assertThat(after.messagesPerDay()).isEqualTo(before.messagesPerDay());
        assertThat(after.conversationsPerDay()).isEqualTo(before.conversationsPerDay());
        assertThat(after.feedback()).isEqualTo(before.feedback());
        assertThat(after.handoffs()).isEqualTo(before.handoffs());
        assertThat(auditActions()).contains("RETENTION_RUN");
    }

    @Test
    void aMessageForAConversationDeletedUnderItGoesIntoANewOne() throws Exception {
        Chat c = chat("race-" + UUID.randomUUID(), "How do I reset my password?");
        Long[] messages = jdbc.sql("select id from message where conversation_id = :c").param("c", c.conversation())
            .query(Long.class).list().toArray(Long[]::new);
        var deleted = new CountDownLatch(1);
        var commit = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            // the retention deletes the conversation and holds its transaction open
            var deleting = pool.submit(() -> transactions.executeWithoutResult(status -> {
                new Rows(jdbc).delete(new Scope(new Long[0], new Long[] {c.conversation()}, messages), false);
                deleted.countDown();
                await(commit);
            }));
            assertThat(deleted.await(30, TimeUnit.SECONDS)).isTrue();
            // meanwhile the customer writes: store_inbound finds the conversation still there and waits for its lock
            var writing = pool.submit(() -> new HttpApi(port).post("/api/chat",
                    json("session_id", c.session(), "message", "Thanks, and how do I change my email address?")));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                    select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like '%store_inbound%'""")
                .query(Long.class).single() > 0);
            commit.countDown();
            deleting.get(30, TimeUnit.SECONDS);

            var r = writing.get(30, TimeUnit.SECONDS);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            long conversation = r.json().get("conversation_id").asLong();
            assertThat(conversation).isNotEqualTo(c.conversation());
            assertThat(count("message where conversation_id = :c and direction = 'IN'", conversation)).isOne();
        } finally {
            commit.countDown();
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aChangedRetentionSettingIsAudited() {
        String current = jdbc.sql("select value from app_setting where key = 'privacy.retention'")
            .query(String.class).single();
        assertThat(current).as("recorded at start").isEqualTo("unset (keep everything)");

        assertThat(retentionSetting.record(Duration.ofDays(30))).isTrue();
        assertThat(retentionSetting.record(Duration.ofDays(30))).as("unchanged").isFalse();
        assertThat(retentionSetting.record(null)).isTrue();

        assertThat(jdbc.sql("select detail from audit_event where action = 'RETENTION_SETTING' order by id desc limit 2")
            .query(String.class).list())
            .containsExactly("from PT720H to unset (keep everything)", "from unset (keep everything) to PT720H");
    }

    /** Rows derived from the customer's words the way the app derives them, written directly for brevity. */
    private void derivedRows(Chat gone, String word, Chat stays) {
        long entry = jdbc.sql("select min(id) from faq_entry").query(Long.class).single();
        long participant = jdbc.sql("select participant_id from conversation where id = :c")
            .param("c", gone.conversation()).query(Long.class).single();
        long other = jdbc.sql("select participant_id from conversation where id = :c")
            .param("c", stays.conversation()).query(Long.class).single();
        new HttpApi(port).post("/api/feedback", json("session_id", gone.session(), "message_id", gone.replies().get(0),
                "vote", "up"));
        jdbc.sql("""
                insert into faq_candidate (question, answer, conversation_id, reply_id)
                values (:q, 'Use the reset link.', :c, :r)""")
            .param("q", gone.said().get(0)).param("c", gone.conversation()).param("r", gone.replies().get(0)).update();
        jdbc.sql("insert into faq_negative (entry_id, question, conversation_id) values (:e, :q, :c)")
            .param("e", entry).param("q", gone.said().get(1)).param("c", gone.conversation()).update();
        learned(entry, "learned " + word, participant, gone, -1);
        long shared = learned(entry, "shared learned phrasing", participant, gone, -2);
        jdbc.sql("""
                insert into faq_pick (entry_id, question, normalized, conversation_id, participant_id, offer_reply_id,
                  learned_id, outcome) values (:e, 'shared learned phrasing', 'shared learned phrasing', :c, :p, -3, :l, 'USED')""")
            .param("e", entry).param("c", stays.conversation()).param("p", other).param("l", shared).update();
        jdbc.sql("insert into quarantine (channel, event_id, reason, excerpt) values ('WEB', :e, 'test', :x)")
            .param("e", "q-" + UUID.randomUUID()).param("x", "{\"session_id\": \"" + gone.session() + "\"}").update();
    }

    private long learned(long entry, String question, long participant, Chat from, long offer) {
        return LearnedRows.learned(jdbc, entry, question, from.conversation(), participant, offer * from.conversation());
    }

    /** "table.column" of every text column of every table in the schema that holds {@code needle}. */
    private List<String> textColumnsHolding(String needle) {
        var columns = jdbc.sql("""
                select c.table_name, c.column_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                  and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb')""")
            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        assertThat(columns).as("the catalogue lists the tables").hasSizeGreaterThan(20);
        var found = new ArrayList<String>();
        for (String[] c : columns) {
            long n = jdbc.sql("select count(*) from \"%s\" where strpos(lower(\"%s\"::text), :needle) > 0"
                    .formatted(c[0], c[1])).param("needle", needle.toLowerCase(Locale.ROOT)).query(Long.class).single();
            if (n > 0) {
                found.add(c[0] + "." + c[1]);
            }
        }
        return found;
    }

    private List<String> auditActions() {
        return jdbc.sql("select action from audit_event").query(String.class).list();
    }

    private long count(String fromWhere, long id) {
        return jdbc.sql("select count(*) from " + fromWhere).param("c", id).query(Long.class).single();
    }

    private static long total(List<Report.DayCount> days) {
        return days.stream().mapToLong(Report.DayCount::count).sum();
    }
}
