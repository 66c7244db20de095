package org.answerdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.answerdesk.WaitLane;
import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.Passage;
import org.answerdesk.retrieval.PassageVectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A source's passages are read a page at a time, in page and reading order across the pages of the read, and no
 * further than the caller wants, and all as they were when the reading began, though a sync replaces them meanwhile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = WaitLane.OWN_CONTEXT)
// Wait lane: a context of its own, out of the main lane's default one (its longest group; docs/benchmarks.md, "ci43")
@WaitLane
class DraftRunsIT {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DraftRuns runs;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Embedder embedder;

    /** In one transaction rolled back: the running sync never sees the rows. */
    @Test
    void passagesComeInPageAndReadingOrderAcrossReadsAndStopWhenTheCallerStops() {
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            check();
        });
    }

    private void check() {
        long source = jdbc.sql("insert into knowledge_source (kind, file_name, status) values ('FILE', 'big.md', 'OK')"
                + " returning id").query(Long.class).single();
        List<String> expected = new ArrayList<>();
        int perPage = DraftRuns.PAGE + 30;
        for (String url : List.of("upload:b.md", "upload:a.md")) {
            long page = jdbc.sql("insert into knowledge_page (source_id, url, title) values (:s, :u, 'T')"
                    + " returning id").param("s", source).param("u", url).query(Long.class).single();
            // stored out of reading order: the order is the position's, not the insert's
            for (int i = perPage - 1; i >= 0; i--) {
                jdbc.sql("""
                                insert into knowledge_passage (page_id, position, title, headings, url, text,
                                                               embedding, embedding_model)
                                values (:p, :i, 'T', '', :u, :x, '\\x00', 'm')""")
                        .param("p", page).param("i", i).param("u", url).param("x", url + " " + i).update();
            }
            for (int i = 0; i < perPage; i++) {
                expected.add(url + " " + i);
            }
        }
        List<String> read = new ArrayList<>();
        runs.passagesOf(source, p -> read.add(p.text()));
        assertThat(read).containsExactlyElementsOf(expected);

        List<String> first = new ArrayList<>();
        runs.passagesOf(source, p -> first.add(p.text()) && first.size() < 3);
        assertThat(first).containsExactlyElementsOf(expected.subList(0, 3));

        List<String> none = new ArrayList<>();
        runs.passagesOf(source + 1_000_000, p -> none.add(p.text()));
        assertThat(none).isEmpty();
    }

    /**
     * A sync that replaces the page's passages (as {@code SourceSyncs.savePage} does: deleted, then inserted anew)
     * after the first of several reads is not seen: every passage comes as it was when the reading began.
     */
    @Test
    void aSyncReplacingThePassagesWhileTheyAreReadIsNotSeen() {
        // committed, for the sync's connection to see; not due for a sync, and of the current model (none to embed)
        long source = jdbc.sql("""
                        insert into knowledge_source (kind, file_name, status, sync_requested, last_sync)
                        values ('FILE', 'swap.md', 'OK', null, now()) returning id""").query(Long.class).single();
        try {
            long page = jdbc.sql("insert into knowledge_page (source_id, url, title) values (:s, 'upload:swap.md', 'T')"
                    + " returning id").param("s", source).query(Long.class).single();
            int count = DraftRuns.PAGE + 30;
            insertPassages(page, "old", count);
            List<String> read = new ArrayList<>();
            runs.passagesOf(source, p -> {
                if (read.isEmpty()) { // another thread, another connection: the sync
                    CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> {
                        jdbc.sql("delete from knowledge_passage where page_id = :p").param("p", page).update();
                        insertPassages(page, "new", count);
                    })).join();
                }
                return read.add(p.text());
            });
            assertThat(read).hasSize(count).allMatch(t -> t.startsWith("old "));
            assertThat(jdbc.sql("select count(*) from knowledge_passage where page_id = :p and text like 'new %'")
                    .param("p", page).query(Integer.class).single()).as("the sync committed").isEqualTo(count);
        } finally {
            jdbc.sql("delete from knowledge_source where id = :id").param("id", source).update();
            jdbc.sql("update knowledge_version set version = version + 1").update(); // in case search loaded them
        }
    }

    private void insertPassages(long page, String prefix, int count) {
        for (int i = 0; i < count; i++) {
            String text = prefix + " " + i;
            int texts = PassageVectors.texts(new Passage(0, "T", "", "upload:swap.md", text)).size();
            jdbc.sql("""
                            insert into knowledge_passage (page_id, position, title, headings, url, text, embedding,
                                                           embedding_model)
                            values (:p, :i, 'T', '', 'upload:swap.md', :x, :e, :m)""")
                    .param("p", page).param("i", i).param("x", text)
                    .param("e", new byte[texts * embedder.dimensions() * 4]).param("m", embedder.modelName()).update();
        }
    }
}
