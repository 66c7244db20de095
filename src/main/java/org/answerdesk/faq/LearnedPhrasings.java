package org.answerdesk.faq;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Phrasings learned from customers rather than written by the FAQ's owner ({@code faq_phrasing.source = 'LEARNED'}):
 * they are matched and adapted to like every phrasing (unless {@code answerdesk.faq.adapt-on-learned} is false), and an
 * owner's edit of the entry's phrasings replaces them.
 * Both calls join the caller's transaction and bump the shared FAQ version; call {@link FaqService#refresh()} once
 * it has committed to serve the change here (the other instances follow the version).
 */
@Service
public class LearnedPhrasings {

    private final JdbcClient jdbc;
    private final FaqVersion version;

    LearnedPhrasings(JdbcClient jdbc, FaqVersion version) {
        this.jdbc = jdbc;
        this.version = version;
    }

    /**
     * Adds {@code text} as a learned phrasing of the entry.
     *
     * @return the new phrasing's id; empty when the entry is gone or already has that phrasing
     */
    public Optional<Long> add(long entryId, String text) {
        Optional<Long> id = jdbc.sql("""
                insert into faq_phrasing (entry_id, text, source)
                select :e, :t, 'LEARNED' where exists (select 1 from faq_entry where id = :e)
                on conflict do nothing returning id
                """)
            .param("e", entryId).param("t", text).query(Long.class).optional();
        id.ifPresent(i -> version.bump());
        return id;
    }

    /** Removes a learned phrasing (never one the owner or an LLM gave); false when there is none with that id. */
    public boolean remove(long phrasingId) {
        boolean removed = jdbc.sql("delete from faq_phrasing where id = :id and source = 'LEARNED'")
            .param("id", phrasingId).update() > 0;
        if (removed) {
            version.bump();
        }
        return removed;
    }
}
