package org.answerdesk.faq;

import static org.answerdesk.FaqRows.answerOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicBoolean;

import org.answerdesk.HttpApi;
import org.answerdesk.SideLane;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An import is one unit: while it runs, another reader of the database sees none of its entries or all of them, each
 * with its phrasings' vectors (never an entry waiting to be embedded, which a kill would leave behind); and the same
 * file imported twice changes nothing, while a changed row updates its entry instead of adding a second one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SideLane.OWN_CONTEXT)
// Side lane: a context of its own, out of the main lane's default one (its longest group; docs/benchmarks.md, "ci43")
@SideLane
class ImportUnitIT {

    /** 300 phrasings: embedded in several batches (FaqIndexing.EMBED_BATCH) before anything is written. */
    static final int ROWS = 100;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FaqVersion version;
    @Autowired
    FaqService faq;

    @Test
    void entriesAndTheirVectorsAppearTogetherAndTheSameFileTwiceChangesNothing() throws Exception {
        HttpApi api = new HttpApi(port);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder("question,answer,category,keywords,phrasings\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("Do you stock lamp shade model ").append(i).append(" in batch ").append(tag).append("?,")
                    .append("Yes: shade ").append(i).append(" ships in two days.,lighting,shades,")
                    .append("lampshade ").append(i).append(' ').append(tag).append(" in stock|")
                    .append("can I buy shade ").append(i).append(' ').append(tag).append('\n');
        }

        Set<Long> entriesSeen = new ConcurrentSkipListSet<>();
        Set<Long> unembeddedSeen = new ConcurrentSkipListSet<>();
        AtomicBoolean importing = new AtomicBoolean(true);
        Thread observer = new Thread(() -> {
            while (importing.get()) {
                entriesSeen.add(count("select count(*) from faq_entry where question like :t", tag));
                unembeddedSeen.add(count("""
                        select count(*) from faq_phrasing p join faq_entry e on e.id = p.entry_id
                        where e.question like :t and p.embedding is null
                        """, tag));
            }
        });
        observer.start();
        HttpApi.Response first;
        try {
            first = api.postAs("/api/faq/import", "text/csv", csv.toString(), HttpApi.ADMIN);
        } finally {
            importing.set(false);
            observer.join();
        }
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("added").asInt()).isEqualTo(ROWS);
        assertThat(entriesSeen).as("entries appear all at once").isSubsetOf(0L, (long) ROWS);
        assertThat(unembeddedSeen).as("never an entry waiting to be embedded").containsOnly(0L);
        assertThat(count("""
                select count(*) from faq_phrasing p join faq_entry e on e.id = p.entry_id
                where e.question like :t and p.embedding is not null
                """, tag)).isEqualTo(3L * ROWS);
        long before = version.current();
        long phrasings = count("select count(*) from faq_phrasing where true or :t is null", tag);
        var again = api.postAs("/api/faq/import", "text/csv", csv.toString(), HttpApi.ADMIN);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("imported").asInt()).isZero();
        assertThat(again.json().get("unchanged").asInt()).isEqualTo(ROWS);
        assertThat(version.current()).as("nothing changed, nothing to rebuild").isEqualTo(before);
        assertThat(count("select count(*) from faq_phrasing where true or :t is null", tag)).isEqualTo(phrasings);
        assertThat(count("select count(*) from faq_entry where question like :t", tag)).isEqualTo(ROWS);

        String changed = "question,answer,category,keywords\n"
                + "Do you stock lamp shade model 17 in batch " + tag + "?,No: shade 17 is sold out.,lighting,shades\n";
        var update = api.postAs("/api/faq/import", "text/csv", changed, HttpApi.ADMIN);
        assertThat(update.json().get("updated").asInt()).isEqualTo(1);
        assertThat(update.json().get("added").asInt()).isZero();
        assertThat(answerOf(jdbc, "Do you stock lamp shade model 17 in batch " + tag + "?"))
                .isEqualTo("No: shade 17 is sold out.");
        assertThat(count("select count(*) from faq_entry where question like :t", tag)).isEqualTo(ROWS);

        // other test classes share this context and its FAQ
        jdbc.sql("delete from faq_entry where question like :t").param("t", "%" + tag + "%").update();
        version.bump();
        faq.refresh();
    }

    private long count(String sql, String tag) {
        return jdbc.sql(sql).param("t", "%" + tag + "%").query(Long.class).single();
    }
}
