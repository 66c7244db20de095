package org.answerdesk.learning;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

import org.answerdesk.faq.FaqService;
import org.answerdesk.faq.LearnedPhrasings;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * What was learned from picks, and the owner's decisions on it: undo a learned phrasing (it is deleted and never
 * learned again), approve or reject a pair waiting for review.
 */
@Service
class LearnedPairs {

    /**
     * A pair as the admin page lists it.
     *
     * @param conversations how many conversations picked the entry for this question (or a near-identical one)
     * @param at            when it was learned (or became ready for review)
     */
    record Pair(long id, long entryId, String entryQuestion, String phrasing, String status, long conversations,
                Instant at) {
    }

    private final JdbcClient jdbc;
    private final PickEvidence evidence;
    private final LearnedPhrasings phrasings;
    private final FaqService faq;
    private final TransactionTemplate tx;

    LearnedPairs(JdbcClient jdbc, PickEvidence evidence, LearnedPhrasings phrasings, FaqService faq,
                 TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.evidence = evidence;
        this.phrasings = phrasings;
        this.faq = faq;
        this.tx = tx;
    }

    /** Pairs with the given status (LEARNED, REVIEW, ...), newest first. */
    List<Pair> list(String status) {
        return jdbc.sql("""
                select l.id, l.entry_id, e.question, l.question, l.status,
                       (select count(distinct p.conversation_id) from faq_pick p where p.learned_id = l.id),
                       coalesce(l.decided_at, l.created_at)
                from faq_learned l join faq_entry e on e.id = l.entry_id
                where l.status = :s order by l.id desc limit 500
                """)
            .param("s", status)
            .query((rs, n) -> new Pair(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getLong(6), rs.getTimestamp(7).toInstant()))
            .list();
    }

    /** Deletes a learned phrasing and remembers not to learn its pair again. */
    void undo(long id) {
        decide(id, "LEARNED", "UNDONE", false);
    }

    /** Adds a pair waiting for review as a learned phrasing. */
    void approve(long id) {
        decide(id, "REVIEW", "LEARNED", true);
    }

    /** Refuses a pair waiting for review: it is never learned. */
    void reject(long id) {
        decide(id, "REVIEW", "REJECTED", false);
    }

    private void decide(long id, String from, String to, boolean add) {
        boolean changed = Boolean.TRUE.equals(tx.execute(s -> {
            var pair = evidence.learned(id).orElseThrow(() -> new NoSuchElementException("no learned pair " + id));
            evidence.lock(pair.entryId());
            Long phrasingId = add ? phrasings.add(pair.entryId(), pair.question()).orElse(null) : null;
            if (!evidence.decide(id, from, to, phrasingId)) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, "pair " + id + " is "
                        + evidence.learned(id).map(PickEvidence.Learned::status).orElse("gone").toLowerCase()
                        + ", not " + from.toLowerCase());
            }
            boolean removed = !add && pair.phrasingId() != null && phrasings.remove(pair.phrasingId());
            return phrasingId != null || removed;
        }));
        if (changed) {
            faq.refresh();
        }
    }
}
