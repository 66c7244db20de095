package org.answerdesk.faq;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.answerdesk.retrieval.FaqEntry;
import org.answerdesk.retrieval.FaqIndex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** FAQ entries and their phrasings with stored embeddings, in PostgreSQL. */
@Repository
class FaqRepository {

    /** A phrasing whose vector is missing or was made by another model. */
    record StalePhrasing(long id, String text) {
    }

    private final JdbcClient jdbc;

    FaqRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<FaqEntry> findAll() {
        Map<Long, List<String>> phrasings = new HashMap<>();
        jdbc.sql("select entry_id, text from faq_phrasing order by id").query(rs -> {
            phrasings.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        return entries(phrasings);
    }

    /**
     * The FAQ as an adaptation of the model to it reads it.
     *
     * @param all          every entry with every phrasing, in the FAQ's own order
     * @param learnedFirst every entry with every phrasing, those learned from customers' picks first: the model
     *                     adapted to them holds out each entry's last phrasing to calibrate its answer decision, and
     *                     that must be one the owner wrote (docs/retrieval.md, "Learning from picks and the adapted
     *                     model")
     * @param owners       every entry with the phrasings the owner (or an LLM) gave it: none of those learned from
     *                     customers' picks
     */
    record ForAdaptation(List<FaqEntry> all, List<FaqEntry> learnedFirst, List<FaqEntry> owners) {
    }

    /** The FAQ in the forms an adaptation needs, from one read: the forms are sorted out in memory. */
    ForAdaptation findForAdaptation() {
        Map<Long, List<String>> all = new HashMap<>();
        Map<Long, List<String>> learned = new HashMap<>();
        Map<Long, List<String>> owners = new HashMap<>();
        jdbc.sql("select entry_id, text, source = 'LEARNED' from faq_phrasing order by id").query(rs -> {
            long entry = rs.getLong(1);
            String text = rs.getString(2);
            all.computeIfAbsent(entry, k -> new ArrayList<>()).add(text);
            (rs.getBoolean(3) ? learned : owners).computeIfAbsent(entry, k -> new ArrayList<>()).add(text);
        });
        List<FaqEntry> entries = entries(all);
        return new ForAdaptation(entries,
                entries.stream().map(e -> withPhrasings(e, learnedFirst(learned, owners, e.id()))).toList(),
                entries.stream().map(e -> withPhrasings(e, owners.getOrDefault(e.id(), List.of()))).toList());
    }

    private List<FaqEntry> entries(Map<Long, List<String>> phrasings) {
        return jdbc.sql("select id, question, answer, category, keywords, language from faq_entry order by id")
            .query((rs, n) -> entry(rs, phrasings.getOrDefault(rs.getLong(1), List.of())))
            .list();
    }

    private static List<String> learnedFirst(Map<Long, List<String>> learned, Map<Long, List<String>> owners,
                                             long entry) {
        List<String> texts = new ArrayList<>(learned.getOrDefault(entry, List.of()));
        texts.addAll(owners.getOrDefault(entry, List.of()));
        return texts;
    }

    private static FaqEntry withPhrasings(FaqEntry e, List<String> phrasings) {
        return new FaqEntry(e.id(), e.question(), e.answer(), e.category(), e.keywords(), phrasings, e.language());
    }

    Optional<FaqEntry> find(long id) {
        List<String> phrasings = jdbc.sql("select text from faq_phrasing where entry_id = :id order by id")
            .param("id", id).query(String.class).list();
        return jdbc.sql("select id, question, answer, category, keywords, language from faq_entry where id = :id")
            .param("id", id).query((rs, n) -> entry(rs, phrasings)).optional();
    }

    private static FaqEntry entry(java.sql.ResultSet rs, List<String> phrasings) throws java.sql.SQLException {
        return new FaqEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                keywords(rs.getString(5)), phrasings, rs.getString(6));
    }

    /** Entries still worded by a customer (see the {@code origin} column): never shown to other customers. */
    java.util.Set<Long> customerWorded() {
        return java.util.Set.copyOf(jdbc.sql("select id from faq_entry where origin <> 'OWNER'").query(Long.class).list());
    }

    long count() {
        return jdbc.sql("select count(*) from faq_entry").query(Long.class).single();
    }

    long insert(FaqDraft draft) {
        long id = jdbc.sql("""
                insert into faq_entry (question, answer, category, keywords, language) values (:q, :a, :c, :k, :l)
                returning id
                """)
            .param("q", draft.question()).param("a", draft.answer()).param("c", draft.category())
            .param("k", String.join("; ", draft.keywords())).param("l", draft.language())
            .query(Long.class).single();
        insertPhrasings(id, draft.allPhrasings());
        return id;
    }

    boolean update(long id, FaqDraft draft) {
        int n = jdbc.sql("""
                update faq_entry set question = :q, answer = :a, category = :c, keywords = :k, language = :l,
                                     updated_at = now(), phrasings_asked_at = null, origin = 'OWNER'
                where id = :id
                """)
            .param("q", draft.question()).param("a", draft.answer()).param("c", draft.category())
            .param("k", String.join("; ", draft.keywords())).param("l", draft.language()).param("id", id)
            .update();
        if (n == 0) {
            return false;
        }
        List<String> wanted = draft.allPhrasings();
        // keep rows (and their vectors) for phrasings that stay; drop the rest; add the new ones
        jdbc.sql("delete from faq_phrasing where entry_id = :id and not (text = any(:texts))")
            .param("id", id).param("texts", wanted.toArray(String[]::new)).update();
        insertPhrasings(id, wanted);
        return true;
    }

    int deleteAll() {
        return jdbc.sql("delete from faq_entry").update();
    }

    boolean delete(long id) {
        return jdbc.sql("delete from faq_entry where id = :id").param("id", id).update() > 0;
    }

    List<StalePhrasing> stalePhrasings(String model) {
        return jdbc.sql("""
                select id, text from faq_phrasing
                where embedding is null or embedding_model is distinct from :model order by id
                """)
            .param("model", model)
            .query((rs, n) -> new StalePhrasing(rs.getLong(1), rs.getString(2)))
            .list();
    }

    /** Whether any phrasing has a vector of {@code model}. */
    boolean hasEmbeddings(String model) {
        return jdbc.sql("select exists (select 1 from faq_phrasing where embedding_model = :m)").param("m", model)
            .query(Boolean.class).single();
    }

    void storeEmbedding(long phrasingId, float[] vector, String model) {
        jdbc.sql("update faq_phrasing set embedding = :e, embedding_model = :m where id = :id")
            .param("e", toBytes(vector)).param("m", model).param("id", phrasingId)
            .update();
    }

    /** Stores the given vectors (by text) for the entry's phrasings that have none of that model yet. */
    void storeEmbeddings(long entryId, Map<String, float[]> vectors, String model) {
        List<StalePhrasing> stale = jdbc.sql("""
                select id, text from faq_phrasing
                where entry_id = :e and (embedding is null or embedding_model is distinct from :m)
                """)
            .param("e", entryId).param("m", model)
            .query((rs, n) -> new StalePhrasing(rs.getLong(1), rs.getString(2))).list();
        for (StalePhrasing p : stale) {
            float[] vector = vectors.get(p.text());
            if (vector != null) {
                storeEmbedding(p.id(), vector, model);
            }
        }
    }

    List<FaqIndex.Phrasing> embeddedPhrasings(String model) {
        return jdbc.sql("select entry_id, text, embedding from faq_phrasing where embedding_model = :m order by id")
            .param("m", model)
            .query((rs, n) -> new FaqIndex.Phrasing(rs.getLong(1), rs.getString(2), fromBytes(rs.getBytes(3))))
            .list();
    }

    Optional<String> setting(String key) {
        return jdbc.sql("select value from app_setting where key = :k").param("k", key).query(String.class).optional();
    }

    void putSetting(String key, String value) {
        jdbc.sql("insert into app_setting (key, value) values (:k, :v) on conflict (key) do update set value = :v")
            .param("k", key).param("v", value).update();
    }

    /**
     * Takes up to {@code limit} entries with fewer than {@code fewerThan} phrasings that nobody has asked an LLM about
     * since they last changed, marking them asked; entries another instance is taking at the same moment are skipped.
     * Newest first: the entry an owner just added is the one they will try out. An entry given back after a failed
     * call is taken again with the next newest, and the caller asks them in a shuffled order, so it does not keep
     * the others waiting.
     */
    List<Long> takeEntriesToAskPhrasingsFor(int fewerThan, int limit, String model) {
        // an entry committed but not yet embedded waits: what the LLM proposes is judged against its vectors
        List<Long> taken = jdbc.sql("""
                update faq_entry set phrasings_asked_at = now() where id in (
                    select e.id from faq_entry e
                    where e.phrasings_asked_at is null
                      and (select count(*) from faq_phrasing p where p.entry_id = e.id) < :fewer
                      and exists (select 1 from faq_phrasing p where p.entry_id = e.id and p.embedding_model = :m)
                    order by e.id desc limit :limit for update skip locked)
                returning id
                """)
            .param("fewer", fewerThan).param("limit", limit).param("m", model).query(Long.class).list();
        List<Long> shuffled = new ArrayList<>(taken); // returning gives them in the table's order
        java.util.Collections.shuffle(shuffled);
        return shuffled;
    }

    /** Lets the entry be taken again (its LLM could not be asked this time). */
    void releaseEntryAskedForPhrasings(long entryId) {
        jdbc.sql("update faq_entry set phrasings_asked_at = null where id = :id").param("id", entryId).update();
    }

    /** Adds phrasings an LLM proposed; false for a text the entry has already. */
    boolean insertProposedPhrasing(long entryId, String text) {
        // an entry deleted since it was asked about gets nothing (and fails nothing else in the transaction)
        return jdbc.sql("""
                insert into faq_phrasing (entry_id, text, source)
                select :e, :t, 'LLM' where exists (select 1 from faq_entry where id = :e)
                on conflict do nothing
                """)
            .param("e", entryId).param("t", text).update() > 0;
    }

    private void insertPhrasings(long entryId, List<String> texts) {
        for (String text : texts) {
            jdbc.sql("insert into faq_phrasing (entry_id, text) values (:e, :t) on conflict do nothing")
                .param("e", entryId).param("t", text).update();
        }
    }

    private static List<String> keywords(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static byte[] toBytes(float[] vector) {
        ByteBuffer buf = ByteBuffer.allocate(vector.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        buf.asFloatBuffer().put(vector);
        return buf.array();
    }

    static float[] fromBytes(byte[] bytes) {
        float[] v = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }
}
