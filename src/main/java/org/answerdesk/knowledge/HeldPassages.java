package org.answerdesk.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.answerdesk.retrieval.Passage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Passages held for the owner's review because {@link PlantedText} found text planted for the bot in them: screened
 * at sync time (logged and counted as {@code answerdesk.knowledge.held{kind}}), stored but not answered from, listed
 * for the owner, and approved (answered from) or rejected (kept out). A decision holds for the same text of the same
 * page in later syncs, so an unchanged planted passage is not held again once the owner has decided.
 */
@Component
class HeldPassages {

    private static final Logger log = LoggerFactory.getLogger(HeldPassages.class);

    /** A held passage as the admin API shows it; {@code review} is PENDING, APPROVED or REJECTED. */
    record Held(long id, long sourceId, String url, String title, String headings, String text, String reason,
                String review) {
    }

    /** What the sync stores with a passage: why it is held (null: not held) and the owner's earlier decision. */
    record Verdict(String held, String review) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final KnowledgeRepository knowledge;
    private final MeterRegistry meters;

    HeldPassages(JdbcClient jdbc, TransactionTemplate tx, KnowledgeRepository knowledge, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.knowledge = knowledge;
        this.meters = meters;
    }

    /** Screens the passages of one page of a source as a sync stores them again. */
    Screen screen(long sourceId, String pageKey) {
        return new Screen(sourceId, pageKey);
    }

    final class Screen {
        private final long sourceId;
        private final String pageKey;
        private Map<String, String> reviewed;

        private Screen(long sourceId, String pageKey) {
            this.sourceId = sourceId;
            this.pageKey = pageKey;
        }

        /** Reads the passage (its title and headings too); a finding is logged and counted unless already decided. */
        Verdict check(Passage p) {
            var planted = PlantedText.find(p.title() + "\n" + p.headings() + "\n" + p.text());
            if (planted.isEmpty()) {
                return new Verdict(null, null);
            }
            if (reviewed == null) {
                reviewed = reviewed(sourceId, pageKey);
            }
            String review = reviewed.get(p.text());
            if (review == null) {
                meters.counter("answerdesk.knowledge.held", "kind",
                        planted.get().kind().name().toLowerCase(Locale.ROOT)).increment();
                log.warn("Knowledge source {}: a passage at {} is held for the owner's review; it {}", sourceId,
                        p.url().isEmpty() ? pageKey : p.url(), planted.get().reason());
            }
            return new Verdict(planted.get().reason(), review);
        }
    }

    /** Every held passage, those waiting for a decision first. */
    List<Held> list() {
        return held("", 0);
    }

    private List<Held> held(String and, long id) {
        return jdbc.sql("""
                        select x.id, p.source_id, x.url, x.title, x.headings, x.text, x.held,
                               coalesce(x.review, 'PENDING') review
                        from knowledge_passage x join knowledge_page p on p.id = x.page_id
                        where x.held is not null %s order by x.review nulls first, x.id""".formatted(and))
                .param("id", id)
                .query((rs, n) -> new Held(rs.getLong("id"), rs.getLong("source_id"), rs.getString("url"),
                        rs.getString("title"), rs.getString("headings"), rs.getString("text"), rs.getString("held"),
                        rs.getString("review"))).list();
    }

    /**
     * Records the owner's decision (APPROVED or REJECTED) on a held passage, and tells every instance to reload.
     *
     * @return the passage, or empty when no held passage has that id
     */
    Optional<Held> decide(long id, String review) {
        boolean done = Boolean.TRUE.equals(tx.execute(s -> {
            boolean changed = jdbc.sql("update knowledge_passage set review = :r where id = :id and held is not null")
                    .param("r", review).param("id", id).update() == 1;
            if (changed) {
                knowledge.bump();
            }
            return changed;
        }));
        if (!done) {
            return Optional.empty();
        }
        log.info("Knowledge: held passage {} {} by the owner", id, review.toLowerCase(Locale.ROOT));
        return held("and x.id = :id", id).stream().findFirst();
    }

    private Map<String, String> reviewed(long sourceId, String pageKey) {
        Map<String, String> out = new HashMap<>();
        jdbc.sql("""
                        select x.text, x.review from knowledge_passage x join knowledge_page p on p.id = x.page_id
                        where p.source_id = :s and p.url = :u and x.held is not null and x.review is not null""")
                .param("s", sourceId).param("u", pageKey)
                .query(rs -> {
                    out.put(rs.getString("text"), rs.getString("review"));
                });
        return out;
    }
}
