package org.answerdesk.knowledge;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.answerdesk.retrieval.Passage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** Knowledge sources, their pages and passages with vectors, in PostgreSQL. */
@Repository
class KnowledgeRepository {

    /** A source as the sync reads it. */
    record SourceRow(long id, String kind, String url, String fileName, String contentType, byte[] content) {
    }

    /** A passage to store with its vectors ({@link org.answerdesk.retrieval.PassageVectors#texts}). */
    record NewPassage(String title, String headings, String url, String text, float[][] vectors) {
    }

    /** A stored passage with its vectors. */
    record Stored(Passage passage, float[][] vectors) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    KnowledgeRepository(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    long addSite(String url) {
        return jdbc.sql("insert into knowledge_source (kind, url) values ('SITE', :u) returning id").param("u", url)
                .query(Long.class).single();
    }

    long addFile(String name, String contentType, byte[] content, String url) {
        return jdbc.sql("""
                        insert into knowledge_source (kind, url, file_name, content_type, content)
                        values ('FILE', :u, :n, :t, :c) returning id""")
                .param("u", url).param("n", name).param("t", contentType).param("c", content)
                .query(Long.class).single();
    }

    List<KnowledgeSource> list() {
        return jdbc.sql("""
                select id, kind, coalesce(url, '') url, file_name, status, error, pages, passages, last_sync,
                       sync_requested is not null sync_pending, drafts_status, drafts_detail
                from knowledge_source order by id""").query(KnowledgeRepository::source).list();
    }

    Optional<KnowledgeSource> find(long id) {
        return jdbc.sql("""
                select id, kind, coalesce(url, '') url, file_name, status, error, pages, passages, last_sync,
                       sync_requested is not null sync_pending, drafts_status, drafts_detail
                from knowledge_source where id = :id""").param("id", id).query(KnowledgeRepository::source).optional();
    }

    boolean delete(long id) {
        return Boolean.TRUE.equals(tx.execute(s -> {
            boolean gone = jdbc.sql("delete from knowledge_source where id = :id").param("id", id).update() == 1;
            if (gone) {
                bump();
            }
            return gone;
        }));
    }

    boolean requestSync(long id) {
        return jdbc.sql("update knowledge_source set sync_requested = now() where id = :id").param("id", id)
                .update() == 1;
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
                                                               embedding_model)
                                values (:p, :i, :t, :h, :u, :x, :e, :m)""")
                        .param("p", page).param("i", i).param("t", p.title()).param("h", p.headings())
                        .param("u", p.url()).param("x", p.text()).param("e", toBytes(p.vectors())).param("m", model)
                        .update();
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
            bump();
        });
    }

    long version() {
        return jdbc.sql("select version from knowledge_version").query(Long.class).single();
    }

    /** Every passage embedded by {@code model}, with its vectors ({@code dims} floats each). */
    List<Stored> passages(String model, int dims) {
        return jdbc.sql("""
                        select x.id, x.title, x.headings, x.url, x.text, x.embedding from knowledge_passage x
                        where x.embedding_model = :m order by x.id""")
                .param("m", model).query((rs, n) -> new Stored(new Passage(rs.getLong("id"), rs.getString("title"),
                        rs.getString("headings"), rs.getString("url"), rs.getString("text")),
                        fromBytes(rs.getBytes("embedding"), dims))).list();
    }

    /** Tells every instance to reload the passages. */
    void bump() {
        jdbc.sql("update knowledge_version set version = version + 1").update();
    }

    private static KnowledgeSource source(ResultSet rs, int n) throws SQLException {
        return new KnowledgeSource(rs.getLong("id"), rs.getString("kind"), rs.getString("url"),
                rs.getString("file_name"), rs.getString("status"), rs.getString("error"), rs.getInt("pages"),
                rs.getInt("passages"), rs.getObject("last_sync", OffsetDateTime.class), rs.getBoolean("sync_pending"),
                rs.getString("drafts_status"), rs.getString("drafts_detail"));
    }

    static byte[] toBytes(float[][] vectors) {
        int dims = vectors.length == 0 ? 0 : vectors[0].length;
        ByteBuffer buf = ByteBuffer.allocate(vectors.length * dims * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float[] v : vectors) {
            for (float x : v) {
                buf.putFloat(x);
            }
        }
        return buf.array();
    }

    static float[][] fromBytes(byte[] bytes, int dims) {
        var floats = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        float[][] out = new float[floats.remaining() / dims][dims];
        for (float[] v : out) {
            floats.get(v);
        }
        return out;
    }
}
