package org.answerdesk.faq;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.answerdesk.retrieval.Demotions;
import org.answerdesk.retrieval.Embedder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored negative (question, entry) pairs, with the question's vector tagged by the model that made it. */
@Repository
class FaqNegatives {

    /** An FAQ answer a customer voted down: the entry, its answer, and the question it was given for. */
    record Rejected(long entryId, String entryAnswer, String question) {
    }

    private final JdbcClient jdbc;

    FaqNegatives(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest FAQ answer in the conversation that got a thumbs-down. */
    Optional<Rejected> latestRejected(long conversationId) {
        return jdbc.sql("""
                select m.faq_entry_id, e.answer, q.text from message m
                join feedback f on f.message_id = m.id and f.vote = -1
                join message q on q.id = m.reply_to_id
                join faq_entry e on e.id = m.faq_entry_id
                where m.conversation_id = :c and m.source = 'FAQ'
                order by m.id desc limit 1
                """)
            .param("c", conversationId)
            .query((rs, n) -> new Rejected(rs.getLong(1), rs.getString(2), rs.getString(3)))
            .optional();
    }

    /** Stores the pair; false when it was stored before. */
    boolean add(long entryId, String question, float[] vector, String model, long conversationId) {
        return jdbc.sql("""
                insert into faq_negative (entry_id, question, embedding, embedding_model, conversation_id)
                values (:e, :q, :v, :m, :c) on conflict (entry_id, question) do nothing
                """)
            .param("e", entryId).param("q", question).param("v", FaqRepository.toBytes(vector)).param("m", model)
            .param("c", conversationId).update() > 0;
    }

    /** The stored questions per entry, oldest first: hard negatives when the encoder is adapted to the FAQ. */
    java.util.Map<Long, List<String>> questionsByEntry() {
        java.util.Map<Long, List<String>> out = new java.util.HashMap<>();
        jdbc.sql("select entry_id, question from faq_negative order by id")
            .query(rs -> {
                out.computeIfAbsent(rs.getLong(1), e -> new ArrayList<>()).add(rs.getString(2));
            });
        return out;
    }

    /** Every pair with its question embedded now by {@code embedder} (a model adapted to the FAQ; not stored). */
    Demotions embed(Embedder embedder) {
        List<Object[]> rows = jdbc.sql("select entry_id, question from faq_negative")
            .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
        List<Demotions.Negative> out = new ArrayList<>();
        for (Object[] row : rows) {
            out.add(new Demotions.Negative((Long) row[0], embedder.embed((String) row[1])));
        }
        return new Demotions(out);
    }

    /** Every pair with a vector from {@code embedder}; rows made by another model are embedded again first. */
    Demotions load(Embedder embedder) {
        List<Object[]> stale = jdbc.sql("""
                select id, question from faq_negative where embedding_model is distinct from :m
                """)
            .param("m", embedder.modelName())
            .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
        for (Object[] row : stale) {
            jdbc.sql("update faq_negative set embedding = :v, embedding_model = :m where id = :id")
                .param("v", FaqRepository.toBytes(embedder.embed((String) row[1]))).param("m", embedder.modelName())
                .param("id", row[0]).update();
        }
        List<Demotions.Negative> out = new ArrayList<>();
        jdbc.sql("select entry_id, embedding from faq_negative").query(rs -> {
            out.add(new Demotions.Negative(rs.getLong(1), FaqRepository.fromBytes(rs.getBytes(2))));
        });
        return new Demotions(out);
    }
}
