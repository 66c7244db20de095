package org.answerdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A source's passages are read a page at a time, in page and reading order across the pages of the read, and no
 * further than the caller wants. All in one transaction rolled back: the running sync never sees the rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DraftRunsIT {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DraftRuns runs;
    @Autowired
    TransactionTemplate tx;

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
}
