package org.answerdesk.knowledge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.answerdesk.retrieval.Passage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Knowledge sources as the owner manages them, the passages with vectors that search reads, and the shared version
 * that tells every instance to reload them, in PostgreSQL. What a sync writes is {@link SourceSyncs}.
 */
@Repository
class KnowledgeRepository {

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
                       sync_requested is not null sync_pending, drafts_status, drafts_detail,
                       (select count(*) from knowledge_passage x join knowledge_page p on p.id = x.page_id
                        where p.source_id = s.id and x.held is not null and x.review is null) held
                from knowledge_source s order by id""").query(KnowledgeRepository::source).list();
    }

    Optional<KnowledgeSource> find(long id) {
        return jdbc.sql("""
                select id, kind, coalesce(url, '') url, file_name, status, error, pages, passages, last_sync,
                       sync_requested is not null sync_pending, drafts_status, drafts_detail,
                       (select count(*) from knowledge_passage x join knowledge_page p on p.id = x.page_id
                        where p.source_id = s.id and x.held is not null and x.review is null) held
                from knowledge_source s where id = :id""").param("id", id).query(KnowledgeRepository::source).optional();
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

    long version() {
        return jdbc.sql("select version from knowledge_version").query(Long.class).single();
    }

    /**
     * Every passage embedded by {@code model} that may answer, with its vectors ({@code dims} floats each): held
     * passages ({@link HeldPassages}) only once the owner approved them.
     */
    List<Stored> passages(String model, int dims) {
        return jdbc.sql("""
                        select x.id, x.title, x.headings, x.url, x.text, x.embedding from knowledge_passage x
                        where x.embedding_model = :m and (x.held is null or x.review = 'APPROVED')
                        order by x.id""")
                .param("m", model).query((rs, n) -> new Stored(new Passage(rs.getLong("id"), rs.getString("title"),
                        rs.getString("headings"), rs.getString("url"), rs.getString("text")),
                        VectorBytes.fromBytes(rs.getBytes("embedding"), dims))).list();
    }

    /** Tells every instance to reload the passages. */
    void bump() {
        jdbc.sql("update knowledge_version set version = version + 1").update();
    }

    private static KnowledgeSource source(ResultSet rs, int n) throws SQLException {
        return new KnowledgeSource(rs.getLong("id"), rs.getString("kind"), rs.getString("url"),
                rs.getString("file_name"), rs.getString("status"), rs.getString("error"), rs.getInt("pages"),
                rs.getInt("passages"), rs.getObject("last_sync", OffsetDateTime.class), rs.getBoolean("sync_pending"),
                rs.getString("drafts_status"), rs.getString("drafts_detail"), rs.getInt("held"));
    }
}
