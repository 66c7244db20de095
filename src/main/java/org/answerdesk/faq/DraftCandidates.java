package org.answerdesk.faq;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.answerdesk.retrieval.Embedder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Draft FAQ entries written outside the desk (by an LLM from a knowledge source) proposed as FAQ candidates, each
 * its own group: the owner approves one ({@link FaqCandidateService#approve}, an entry with the draft's phrasings)
 * or rejects it, as agents' answers. A draft whose question the FAQ or a pending candidate already has, word for
 * word or in meaning, is dropped.
 */
@Service
public class DraftCandidates {

    private static final Logger log = LoggerFactory.getLogger(DraftCandidates.class);

    /** A draft entry: its question, answer, other ways to ask, and the page it was written from. */
    public record Proposal(String question, String answer, List<String> phrasings, String sourceUrl) {
    }

    /** How many drafts became candidates and how many were dropped as duplicates. */
    public record Outcome(int added, int duplicates) {
    }

    private final JdbcClient jdbc;
    private final FaqRepository repository;
    private final Embedder embedder;

    DraftCandidates(JdbcClient jdbc, FaqRepository repository, Embedder embedder) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.embedder = embedder;
    }

    /**
     * Stores the drafts that are not duplicates as pending candidates of {@code origin} (e.g. "knowledge source 3").
     * Proposals must be valid already (non-blank, storable text: {@link FaqDraft}'s rules).
     */
    public Outcome propose(String origin, List<Proposal> proposals) {
        String model = embedder.modelName();
        Set<String> known = new HashSet<>();
        List<float[]> vectors = new ArrayList<>();
        repository.embeddedPhrasings(model).forEach(p -> {
            known.add(key(p.text()));
            vectors.add(Embedder.normalize(p.vector()));
        });
        // every pending candidate by its text; in meaning too when stored with this model's vector (drafts always are)
        jdbc.sql("""
                select question, case when embedding_model = :m then embedding end embedding
                from faq_candidate where status = 'PENDING'""")
            .param("m", model)
            .query(rs -> {
                known.add(key(rs.getString(1)));
                byte[] stored = rs.getBytes(2);
                if (stored != null) {
                    vectors.add(Embedder.normalize(FaqRepository.fromBytes(stored)));
                }
            });
        int added = 0;
        int duplicates = 0;
        for (Proposal p : proposals) {
            float[] v = Embedder.normalize(embedder.embed(p.question()));
            if (known.contains(key(p.question())) || vectors.stream()
                    .anyMatch(o -> Embedder.cosine(v, o) >= FaqCandidateService.SAME_QUESTION)) {
                duplicates++;
                log.info("Draft FAQ entry from {} dropped: the FAQ or a candidate has its question already: {}",
                        origin, p.question());
                continue;
            }
            known.add(key(p.question()));
            vectors.add(v);
            jdbc.sql("""
                    insert into faq_candidate (question, answer, origin, phrasings, source_url, embedding,
                        embedding_model)
                    values (:q, :a, :o, :p, :u, :e, :m) returning id""")
                .param("q", p.question()).param("a", p.answer()).param("o", origin)
                .param("p", p.phrasings().toArray(String[]::new)).param("u", p.sourceUrl())
                .param("e", FaqRepository.toBytes(v)).param("m", model)
                .query(Long.class).optional()
                .ifPresent(id -> jdbc.sql("update faq_candidate set group_id = id where id = :id").param("id", id)
                        .update());
            added++;
        }
        return new Outcome(added, duplicates);
    }

    private static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").replaceAll("[?!.]+$", "").toLowerCase(Locale.ROOT);
    }
}
