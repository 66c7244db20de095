package org.answerdesk.knowledge;

import java.time.Duration;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Runs of draft FAQ entries from a source ({@link SourceDrafts}): their claim and outcome, and the passages read. */
@Repository
class DraftRuns {

    private final JdbcClient jdbc;

    DraftRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** The source's passages in page and reading order. */
    List<SourcePassage> passagesOf(long sourceId) {
        return jdbc.sql("""
                        select x.url, x.title, x.headings, x.text from knowledge_passage x
                        join knowledge_page p on p.id = x.page_id where p.source_id = :s order by p.id, x.position""")
                .param("s", sourceId).query((rs, n) -> new SourcePassage(rs.getString("url"), rs.getString("title"),
                        rs.getString("headings"), rs.getString("text"))).list();
    }
}
