package org.answerdesk.knowledge;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Runs of draft FAQ entries from a source ({@link SourceDrafts}): their claim and outcome, and the passages read. */
@Repository
class DraftRuns {

    /** Passages read at a time: a few batches' worth ({@link DraftBatches}). */
    static final int PAGE = 100;

    private final JdbcClient jdbc;
    /** Reads every page of passages from one snapshot: a sync of the source meanwhile replaces a page's passages. */
    private final TransactionTemplate snapshot;

    DraftRuns(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(tx.getTransactionManager());
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** A passage as the LLM is given it to draft FAQ entries from. */
    record SourcePassage(String url, String title, String headings, String text) {
    }

    /**
     * Marks drafts of the source as being written, unless they are (by any instance) and that began less than
     * {@code stale} ago: one run per source at a time.
     *
     * @return false when drafts are being written already (or the source is gone)
     */
    boolean claimDrafts(long id, Duration stale) {
        return jdbc.sql("""
                        update knowledge_source set drafts_status = 'RUNNING', drafts_detail = null,
                               drafts_started = now()
                        where id = :id and (drafts_status is distinct from 'RUNNING'
                                            or drafts_started < now() - :stale * interval '1 ms')""")
                .param("id", id).param("stale", stale.toMillis()).update() == 1;
    }

    void finishDrafts(long id, boolean ok, String detail) {
        jdbc.sql("update knowledge_source set drafts_status = :s, drafts_detail = :d where id = :id")
                .param("s", ok ? "DONE" : "FAILED").param("d", detail).param("id", id).update();
    }

    /**
     * Gives the source's passages (held ones only once approved) in page and reading order to {@code next} until it returns false, reading
     * {@link #PAGE} at a time (keyset pagination): a large source is never in memory at once. The pages are read in
     * one transaction, so {@code next} should be quick (no LLM call): it is held open until the reading ends.
     */
    void passagesOf(long sourceId, Predicate<SourcePassage> next) {
        snapshot.executeWithoutResult(s -> {
            Row last = new Row(0, -1, 0, null);
            while (true) {
                List<Row> rows = page(sourceId, last);
                for (Row row : rows) {
                    if (!next.test(row.passage())) {
                        return;
                    }
                }
                if (rows.size() < PAGE) {
                    return;
                }
                last = rows.get(rows.size() - 1);
            }
        });
    }

    /** A passage with its place in the order, where the next page starts after. */
    private record Row(long page, int position, long id, SourcePassage passage) {
    }

    private List<Row> page(long sourceId, Row after) {
        return jdbc.sql("""
                        select p.id page, x.position, x.id, x.url, x.title, x.headings, x.text from knowledge_passage x
                        join knowledge_page p on p.id = x.page_id
                        where p.source_id = :s and (p.id, x.position, x.id) > (:page, :position, :id)
                          and (x.held is null or x.review = 'APPROVED')
                        order by p.id, x.position, x.id limit :n""")
                .param("s", sourceId).param("page", after.page()).param("position", after.position())
                .param("id", after.id()).param("n", PAGE)
                .query((rs, n) -> new Row(rs.getLong("page"), rs.getInt("position"), rs.getLong("id"),
                        new SourcePassage(rs.getString("url"), rs.getString("title"), rs.getString("headings"),
                                rs.getString("text")))).list();
    }
}
