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
        Outcome outcome;
        try {
            outcome = tx.execute(s -> learn(entryId, pickId));
        } catch (RuntimeException e) {
            meters.counter("answerdesk.faq.picks", "outcome", "failed").increment();
            log.warn("Could not learn from pick {} of entry {}", pickId, entryId, e);
            return;
        }
        // counted and told only once committed: a rolled-back decision decided nothing
        if (outcome == null || outcome.name() == null) {
            return; // the entry was deleted meanwhile
        }
        meters.counter("answerdesk.faq.picks", "outcome", outcome.name()).increment();
        outcome.withdrawn().forEach(question -> log.info(
                "Entry {}: the pair '{}' was disowned by a customer and is no longer learned", entryId, question));
        if (outcome.customers() > 0) {
            log.info("Entry {}: a question picked by {} customers is {}", entryId, outcome.customers(),
                    outcome.name().equals("learned") ? (outcome.changed() ? "a learned phrasing now"
                            : "one of its phrasings already") : "waiting for review");
        }
        if (outcome.changed()) {
            try {
                faq.refresh(); // the other instances follow the FAQ version
            } catch (RuntimeException e) {
                log.warn("Learned from pick {} of entry {}, but could not reload the FAQ", pickId, entryId, e);
            }
        }
    }

    /**
     * What one pick decided, told after its transaction committed.
     *
     * @param name      the counter's outcome (blocked, agreed, pending, capped, learned, review), null if nothing
     * @param changed   whether the FAQ's phrasings changed
     * @param customers the customers who agreed, where the pair was learned or put up for review; else 0
     * @param withdrawn the questions of the pairs a disowned pick took back
     */
    private record Outcome(String name, boolean changed, int customers, List<String> withdrawn) {
        static Outcome of(String name) {
            return new Outcome(name, false, 0, List.of());
        }
    }

    private Outcome learn(long entryId, long pickId) {
        evidence.lock(entryId);
        List<PickEvidence.Pick> all = evidence.picks(entryId, embedder.modelName());
        PickEvidence.Pick self = all.stream().filter(p -> p.id() == pickId).findFirst().orElse(null);
        if (self == null) {
            return Outcome.of(null); // the entry was deleted meanwhile
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
            return withdraw(pairs);
        }
        if (pairs.stream().anyMatch(l -> !l.status().equals("LEARNED") && !l.status().equals("REVIEW"))) {
            return Outcome.of("blocked"); // undone, rejected or disowned before: never again
        }
        List<PickEvidence.Pick> pending = near.stream().filter(p -> p.outcome().equals("PENDING")).toList();
        if (!pairs.isEmpty()) {
            evidence.markUsed(pending.stream().map(PickEvidence.Pick::id).toList(), pairs.get(0).id());
            return Outcome.of("agreed"); // learned or waiting already: one more conversation agrees
        }
        Set<String> customers = new HashSet<>();
        pending.forEach(p -> customers.add(p.customer()));
        if (customers.size() < properties.learnMinConversations() || question.length() > MAX_PHRASING) {
            return Outcome.of("pending");
        }
        if (overTheDailyCaps(customers)) {
            return Outcome.of("capped"); // stays pending: another customer's agreeing pick, or tomorrow's, decides it again
        }
        Long phrasingId = null;
        String status = "REVIEW";
        if (properties.learnFromPicks() == LearningProperties.Mode.AUTO) {
            phrasingId = phrasings.add(entryId, question).orElse(null);
            status = "LEARNED";
        }
        long learned = evidence.insertLearned(entryId, self, vector, embedder.modelName(), phrasingId, status);
        evidence.markUsed(pending.stream().map(PickEvidence.Pick::id).toList(), learned);
        return new Outcome(status.toLowerCase(Locale.ROOT), phrasingId != null, customers.size(), List.of());
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
    private Outcome withdraw(List<PickEvidence.Learned> pairs) {
        boolean changed = false;
        List<String> withdrawn = new ArrayList<>();
        for (PickEvidence.Learned l : pairs) {
            if ((l.status().equals("LEARNED") || l.status().equals("REVIEW"))
                    && evidence.decide(l.id(), l.status(), "NEGATIVE", null)) {
                changed |= l.phrasingId() != null && phrasings.remove(l.phrasingId());
                withdrawn.add(l.question());
            }
        }
        return new Outcome("blocked", changed, 0, withdrawn);
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
