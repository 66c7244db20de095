package org.answerdesk.knowledge;

import java.net.URI;
import java.sql.Array;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a sync of a knowledge source reads and writes ({@link KnowledgeSync}): the lease on a due source, the pages
 * it knows with their passages, and the outcome.
 */
@Repository
class SourceSyncs {

    /** A source as the sync reads it. */
    record SourceRow(long id, String kind, String url, String fileName, String contentType, byte[] content) {
    }

    /**
     * A passage to store with its vectors ({@link org.answerdesk.retrieval.PassageVectors#texts}).
     *
     * @param held   why it is held for the owner's review ({@link PlantedText}), null when it is not
     * @param review the owner's earlier decision on the same text of the page (APPROVED, REJECTED), or null
     */
    record NewPassage(String title, String headings, String url, String text, float[][] vectors, String held,
                      String review) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final KnowledgeRepository knowledge;

    SourceSyncs(JdbcClient jdbc, TransactionTemplate tx, KnowledgeRepository knowledge) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.knowledge = knowledge;
    }

    /**
     * Leases one source that is due (a sync was asked for, or a website's last sync is older than {@code resync})
     * and not leased by an instance whose lease still runs; one instance syncs a source at a time.
     */
    Optional<SourceRow> claimDue(String owner, Duration lease, Duration resync) {
        return jdbc.sql("""
                        update knowledge_source set lease_owner = :o, lease_until = now() + :lease * interval '1 ms',
                               status = 'SYNCING'
                        where id = (select id from knowledge_source
                                    where (sync_requested is not null
                                           or (kind = 'SITE' and last_sync < now() - :resync * interval '1 ms'))
                                      and (lease_until is null or lease_until < now())
                                    order by sync_requested nulls last, id limit 1 for update skip locked)
                        returning id, kind, url, file_name, content_type, content""")
                .param("o", owner).param("lease", lease.toMillis()).param("resync", resync.toMillis())
                .query((rs, n) -> new SourceRow(rs.getLong("id"), rs.getString("kind"), rs.getString("url"),
                        rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    /** Extends the lease; false when another instance has taken the source over (or it was deleted). */
    boolean renew(long id, String owner, Duration lease) {
        return jdbc.sql("""
                        update knowledge_source set lease_until = now() + :lease * interval '1 ms'
                        where id = :id and lease_owner = :o""")
                .param("id", id).param("o", owner).param("lease", lease.toMillis()).update() == 1;
    }

    Map<URI, Crawler.Known> knownPages(long sourceId) {
        Map<URI, Crawler.Known> out = new HashMap<>();
        jdbc.sql("select url, etag, last_modified, links from knowledge_page where source_id = :s")
                .param("s", sourceId).query(rs -> {
                    Array links = rs.getArray("links");
                    List<URI> uris = Arrays.stream((String[]) links.getArray()).map(URI::create).toList();
                    out.put(URI.create(rs.getString("url")), new Crawler.Known(
                            new SafeFetcher.Validators(rs.getString("etag"), rs.getString("last_modified")), uris));
                });
        return out;
    }

    /** Replaces a page's passages (a page read the first time is added). */
    void savePage(long sourceId, String url, String title, String etag, String lastModified, List<URI> links,
                  List<NewPassage> passages, String model) {
        tx.executeWithoutResult(s -> {
            long page = jdbc.sql("""
                            insert into knowledge_page (source_id, url, title, etag, last_modified, links)
                            values (:s, :u, :t, :e, :m, :l)
                            on conflict (source_id, url) do update set title = excluded.title, etag = excluded.etag,
                                last_modified = excluded.last_modified, links = excluded.links, fetched_at = now()
                            returning id""")
                    .param("s", sourceId).param("u", url).param("t", title).param("e", etag).param("m", lastModified)
                    .param("l", links.stream().map(URI::toString).toArray(String[]::new)).query(Long.class).single();
            jdbc.sql("delete from knowledge_passage where page_id = :p").param("p", page).update();
            for (int i = 0; i < passages.size(); i++) {
                NewPassage p = passages.get(i);
                jdbc.sql("""
                                insert into knowledge_passage (page_id, position, title, headings, url, text, embedding,
                                                               embedding_model, held, review)
                                values (:p, :i, :t, :h, :u, :x, :e, :m, :held, :review)""")
                        .param("p", page).param("i", i).param("t", p.title()).param("h", p.headings())
                        .param("u", p.url()).param("x", p.text()).param("e", VectorBytes.toBytes(p.vectors())).param("m", model)
                        .param("held", p.held()).param("review", p.review()).update();
            }
        });
    }

    /** Deletes the source's pages not reached by this sync: gone from the site. */
    int deletePagesExcept(long sourceId, Set<String> reached) {
        return jdbc.sql("delete from knowledge_page where source_id = :s and not (url = any(:u))")
                .param("s", sourceId).param("u", reached.toArray(String[]::new)).update();
    }

    /** Ends a sync: its outcome on the source, the lease given back, and every instance told to reload. */
    void finish(long id, String owner, boolean ok, String error, OffsetDateTime started) {
        tx.executeWithoutResult(s -> {
            jdbc.sql("""
                            update knowledge_source set status = :st, error = :e, last_sync = now(), lease_owner = null,
                                lease_until = null,
                                sync_requested = case when sync_requested > :started then sync_requested end,
                                pages = (select count(*) from knowledge_page where source_id = :id),
                                passages = (select count(*) from knowledge_passage x join knowledge_page p
                                            on p.id = x.page_id where p.source_id = :id)
                            where id = :id and lease_owner = :o""")
                    .param("st", ok ? "OK" : "FAILED").param("e", error).param("started", started)
                    .param("id", id).param("o", owner).update();
            knowledge.bump();
        });
    }
}
