package org.answerdesk.privacy;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.answerdesk.AnswerdeskApplication;
import org.answerdesk.HttpApi;
import org.answerdesk.SharedDatabase;
import org.answerdesk.WaitLane;
import org.answerdesk.audit.Audit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The scrub through the real PostgreSQL: after a customer's erasure their words are still in the database's data
 * files (the deleted rows of {@code message}, {@code faq_phrasing}, {@code faq_learned}, {@code faq_pick},
 * {@code faq_candidate} and their indexes); after the scrub no file of the database holds them, while another
 * customer's words stay readable.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = WaitLane.OWN_CONTEXT)
// Wait lane: a context of its own, out of the main lane's default one (its longest group; docs/benchmarks.md, "ci43")
@WaitLane
class ScrubIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Scrubber scrubber;
    @Autowired
    DataSource dataSource;
    @Autowired
    Audit audit;

    @Test
    void anErasedCustomersWordsAreInNoDataFileAfterTheScrub() {
        String word = "scrubword" + UUID.randomUUID().toString().substring(0, 8);
        String session = "scrub-" + UUID.randomUUID();
        String kept = "keptword" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode said = ask(session, "How do I reset my password " + word + "?");
        ask("keep-" + UUID.randomUUID(), "How do I reset my password " + kept + "?");
        learnedFrom(said, "reset my password " + word);
        jdbc.sql("checkpoint").update();
        assertThat(filesHolding(word)).as("written to the data files").isNotEmpty();

        assertThat(new HttpApi(port).delete("/api/customers/web/" + session, HttpApi.ADMIN).status()).isEqualTo(200);
        List<String> tables = scrubber.scrub();

        assertThat(tables).contains("message", "faq_phrasing", "faq_learned", "faq_pick", "faq_candidate");
        assertThat(filesHolding(word)).as("files holding the erased words").isEmpty();
        assertThat(walHolding(word)).as("WAL files holding the erased words").isEmpty();
        assertThat(filesHolding(kept)).as("another customer's words are still stored").isNotEmpty();
        assertThat(jdbc.sql("select count(*) from message where text like :t").param("t", "%" + kept + "%")
            .query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select detail from audit_event where action = 'SCRUB'").query(String.class).list())
            .isNotEmpty();
    }

    /** A transaction begun before the erasure (an admin's psql, a report) could still read the rows: wait for it. */
    @Test
    void theScrubWaitsForATransactionOlderThanTheErasure() throws Exception {
        scrubWaitsWhile(this::snapshotHolder, "olderword");
    }

    /**
     * A transaction of another database of the server, begun before the erasure, is running for every snapshot taken
     * here, the VACUUM FULL's own included, which then keeps the deleted rows: wait for it too.
     */
    @Test
    void theScrubWaitsForATransactionOfAnotherDatabaseOlderThanTheErasure() throws Exception {
        String elsewhere = SharedDatabase.newDatabase();
        scrubWaitsWhile(() -> {
            Connection c = DriverManager.getConnection(elsewhere);
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                s.execute("select txid_current()");
            }
            return c;
        }, "elsewhereword");
    }

    private void scrubWaitsWhile(Opener opener, String prefix) throws Exception {
        String word = prefix + UUID.randomUUID().toString().substring(0, 8);
        String session = "older-" + UUID.randomUUID();
        ask(session, "Do you ship to Canada " + word + "?");
        CompletableFuture<List<String>> scrub;
        try (Connection older = opener.open()) {
            assertThat(new HttpApi(port).delete("/api/customers/web/" + session, HttpApi.ADMIN).status())
                .isEqualTo(200);
            scrub = CompletableFuture.supplyAsync(scrubber::scrub);
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> scrub.isDone() || jdbc.sql(
                    "select count(*) from pg_stat_activity where query like :q and query not like '%pg_stat_activity%'")
                .param("q", Scrubber.WAITING + "%").query(Long.class).single() > 0);
            assertThat(scrub).as("waiting while the older transaction runs").isNotDone();
            older.commit();
        }
        assertThat(scrub.get(5, TimeUnit.MINUTES)).contains("message");
        jdbc.sql("checkpoint").update();
        assertThat(filesHolding(word)).as("files holding the erased words").isEmpty();
    }

    private interface Opener {
        Connection open() throws SQLException;
    }

    @Test
    void anOlderTransactionThatDoesNotEndFailsTheScrubNamingIt() throws SQLException {
        var impatient = new Scrubber(jdbc, audit, new PrivacyProperties(null, Duration.ofHours(1), 100,
            Duration.ofMillis(500)));
        try (Connection older = snapshotHolder()) {
            String pid;
            try (var s = older.createStatement(); var r = s.executeQuery("select pg_backend_pid()")) {
                r.next();
                pid = r.getString(1);
            }

            assertThatThrownBy(impatient::scrub).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("transactions older than the scrub").hasMessageContaining(pid);
            older.rollback();
        }
    }

    /** A connection in a repeatable-read transaction whose snapshot is taken: its rows must stay readable. */
    private Connection snapshotHolder() throws SQLException {
        Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try (var s = c.createStatement()) {
            s.execute("select 1");
        }
        return c;
    }

    @Test
    void theCommandScrubsTheDatabaseOfTheAppsSettingsAndEnds() {
        String url = SharedDatabase.newDatabase();

        int status = ScrubCommand.run(AnswerdeskApplication.class, "--spring.datasource.url=" + url);

        assertThat(status).isZero();
        assertThat(SharedDatabase.client(url).sql("select detail from audit_event where action = 'SCRUB'")
            .query(String.class).single()).endsWith("tables rewritten");
    }

    private JsonNode ask(String session, String question) {
        var r = new HttpApi(port).post("/api/chat", json("session_id", session, "message", question));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** What the learning derives from a customer's question, written directly for brevity. */
    private void learnedFrom(JsonNode said, String question) {
        long conversation = said.get("conversation_id").asLong();
        long reply = said.get("message_id").asLong();
        long entry = jdbc.sql("select min(id) from faq_entry").query(Long.class).single();
        long participant = jdbc.sql("select participant_id from conversation where id = :c").param("c", conversation)
            .query(Long.class).single();
        LearnedRows.learned(jdbc, entry, question, conversation, participant, reply);
        jdbc.sql("""
                insert into faq_candidate (question, answer, conversation_id, reply_id)
                values (:q, 'Use the reset link.', :c, :r)""")
            .param("q", question).param("c", conversation).param("r", reply).update();
    }

    /** The files of this database (tables, indexes, TOAST, statistics) whose bytes hold {@code text}. */
    private List<String> filesHolding(String text) {
        Path dir = Path.of(jdbc.sql("""
                select current_setting('data_directory') || '/base/' || oid from pg_database
                where datname = current_database()""").query(String.class).single());
        return holding(dir, text).map(this::relation).toList();
    }

    private static Stream<Path> holding(Path dir, String text) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> holds(f, text)).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The write-ahead log's files that hold {@code text}. */
    private List<String> walHolding(String text) {
        return holding(Path.of(jdbc.sql("select current_setting('data_directory') || '/pg_wal'")
            .query(String.class).single()), text).map(f -> f.getFileName().toString()).toList();
    }

    /** The table or index a file belongs to, or the file's name when none does any more. */
    private String relation(Path file) {
        String node = file.getFileName().toString().replaceAll("[._].*", "");
        return jdbc.sql("select coalesce(max(relname), :n) from pg_class where pg_relation_filenode(oid)::text = :n")
            .param("n", node).query(String.class).single();
    }

    private static boolean holds(Path file, String text) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text); // byte by byte
        } catch (java.nio.file.NoSuchFileException e) {
            return false; // dropped meanwhile
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
