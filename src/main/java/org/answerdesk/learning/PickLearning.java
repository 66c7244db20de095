package org.answerdesk.learning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import org.answerdesk.faq.FaqService;
import org.answerdesk.faq.LearnedPhrasings;
import org.answerdesk.retrieval.Embedder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Learns from the customers' picks: each pick of an entry among the bot's choices is evidence ({@link PickRecorder}), and once
 * enough different customers picked the same entry for near-identical questions, with none of them disowning the
 * pick afterwards (a thumbs-down on its answer, a request for a person), the question becomes a learned phrasing of
 * that entry (or waits for an owner's approval, {@link LearningProperties}). A disowned pick blocks its pair, and
 * withdraws it if it was learned; an owner's undo blocks it for good.
 */
@Component
@EnableConfigurationProperties(LearningProperties.class)
class PickLearning {

    private static final Logger log = LoggerFactory.getLogger(PickLearning.class);
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** A phrasing is a question, not a letter: longer questions are kept as evidence only. */
    static final int MAX_PHRASING = 200;

    private final PickEvidence evidence;
    private final LearnedPhrasings phrasings;
    private final FaqService faq;
    private final Embedder embedder;
    private final TransactionTemplate tx;
    private final LearningProperties properties;
    private final MeterRegistry meters;

    PickLearning(PickEvidence evidence, LearnedPhrasings phrasings, FaqService faq, Embedder embedder,
                 TransactionTemplate tx, LearningProperties properties, MeterRegistry meters) {
        this.evidence = evidence;
        this.phrasings = phrasings;
        this.faq = faq;
        this.embedder = embedder;
        this.tx = tx;
        this.properties = properties;
        this.meters = meters;
    }

    /**
     * Decides the pair of a stored pick: learns it, puts it up for review, or blocks it. Never throws (a failure is
     * logged and counted; the next pick of the pair decides again).
     */
    void decide(long entryId, long pickId) {
        if (properties.learnFromPicks() == LearningProperties.Mode.OFF) {
            return;
        }
        try {
            if (Boolean.TRUE.equals(tx.execute(s -> learn(entryId, pickId)))) {
                faq.refresh(); // the other instances follow the FAQ version
            }
        } catch (RuntimeException e) {
            meters.counter("answerdesk.faq.picks", "outcome", "failed").increment();
            log.warn("Could not learn from pick {} of entry {}", pickId, entryId, e);
        }
    }

    /** True when the FAQ's phrasings changed. */
    private boolean learn(long entryId, long pickId) {
        evidence.lock(entryId);
        List<PickEvidence.Pick> all = evidence.picks(entryId, embedder.modelName());
        PickEvidence.Pick self = all.stream().filter(p -> p.id() == pickId).findFirst().orElse(null);
        if (self == null) {
            return false; // the entry was deleted meanwhile
        }
        String question = self.question();
        float[] vector = self.vector() != null ? self.vector() : embedder.embed(question);
        List<PickEvidence.Pick> near = all.stream()
                .filter(p -> same(question, vector, p.normalized(), p.vector(), p.question())).toList();
        List<PickEvidence.Learned> pairs = evidence.learned(entryId, embedder.modelName()).stream()
                .filter(l -> same(question, vector, l.normalized(), l.vector(), l.question())).toList();
        boolean disowned = false;
        for (PickEvidence.Pick p : near) {
            if (p.outcome().equals("NEGATIVE")) {
                disowned = true;
            } else if (evidence.disowned(p)) {
                evidence.markNegative(p.id());
                disowned = true;
            }
        }
        if (disowned) {
            meters.counter("answerdesk.faq.picks", "outcome", "blocked").increment();
            return withdraw(pairs);
        }
        if (pairs.stream().anyMatch(l -> !l.status().equals("LEARNED") && !l.status().equals("REVIEW"))) {
            meters.counter("answerdesk.faq.picks", "outcome", "blocked").increment();
            return false; // undone, rejected or disowned before: never again
        }
        List<PickEvidence.Pick> pending = near.stream().filter(p -> p.outcome().equals("PENDING")).toList();
        if (!pairs.isEmpty()) {
            evidence.markUsed(pending.stream().map(PickEvidence.Pick::id).toList(), pairs.get(0).id());
            meters.counter("answerdesk.faq.picks", "outcome", "agreed").increment();
            return false; // learned or waiting already: one more conversation agrees
        }
        Set<String> customers = new HashSet<>();
        pending.forEach(p -> customers.add(p.customer()));
        if (customers.size() < properties.learnMinConversations() || question.length() > MAX_PHRASING) {
            meters.counter("answerdesk.faq.picks", "outcome", "pending").increment();
            return false;
        }
        if (overTheDailyCaps(customers)) {
            meters.counter("answerdesk.faq.picks", "outcome", "capped").increment();
            return false; // stays pending: another customer's agreeing pick, or tomorrow's, decides it again
        }
        Long phrasingId = null;
        String status = "REVIEW";
        if (properties.learnFromPicks() == LearningProperties.Mode.AUTO) {
            phrasingId = phrasings.add(entryId, question).orElse(null);
            status = "LEARNED";
        }
        long learned = evidence.insertLearned(entryId, self, vector, embedder.modelName(), phrasingId, status);
        evidence.markUsed(pending.stream().map(PickEvidence.Pick::id).toList(), learned);
        meters.counter("answerdesk.faq.picks", "outcome", status.toLowerCase(Locale.ROOT)).increment();
        log.info("Entry {}: a question picked by {} customers is {}", entryId, customers.size(),
                phrasingId != null ? "a learned phrasing now" : status.equals("REVIEW") ? "waiting for review"
                        : "one of its phrasings already");
        return phrasingId != null;
    }

    /** One customer alone has taught their share today, or the FAQ has learned its share today. */
    private boolean overTheDailyCaps(Set<String> customers) {
        if (evidence.decidedInLastDay(null) >= properties.learnMaxPerDay()) {
            return true;
        }
        return customers.size() == 1
                && evidence.decidedInLastDay(customers.iterator().next()) >= properties.learnMaxPerCustomerPerDay();
    }

    /** Takes back the pairs learned or waiting for this question: a customer disowned a pick of it. */
    private boolean withdraw(List<PickEvidence.Learned> pairs) {
        boolean changed = false;
        for (PickEvidence.Learned l : pairs) {
            if ((l.status().equals("LEARNED") || l.status().equals("REVIEW"))
                    && evidence.decide(l.id(), l.status(), "NEGATIVE", null)) {
                changed |= l.phrasingId() != null && phrasings.remove(l.phrasingId());
                log.info("Entry {}: the pair '{}' was disowned by a customer and is no longer learned",
                        l.entryId(), l.question());
            }
        }
        return changed;
    }

    private boolean same(String question, float[] vector, String otherNormalized, float[] otherVector,
                         String otherQuestion) {
        if (normalize(question).equals(otherNormalized)) {
            return true;
        }
        float[] other = otherVector != null ? otherVector : embedder.embed(otherQuestion);
        return Embedder.cosine(vector, other) >= properties.learnSimilarity();
    }

    /** Lower case, words only: "Where's my parcel?!" and "where s my parcel" are the same question. */
    static String normalize(String text) {
        return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
