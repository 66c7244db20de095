package org.answerdesk.llm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.answerdesk.retrieval.FaqEntry;
import org.answerdesk.faq.FaqService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * More phrasings for FAQ entries that have few, from the configured LLM: a small FAQ's entries often have one to
 * three, and retrieval (and the model adapted to the FAQ) is much better at five or more. Every
 * {@code answerdesk.llm.propose-interval} a few such entries are taken (each once until it changes, by one instance)
 * and the model is asked for {@link #WANTED} more; the FAQ keeps only those that fit their entry clearly better than
 * any other ({@link FaqService#addProposedPhrasings}). Nothing happens without a model or with
 * {@code propose-phrasings=false}.
 */
@Component
class PhrasingProposals {

    private static final Logger log = LoggerFactory.getLogger(PhrasingProposals.class);
    /** Entries with fewer phrasings than this are asked about. */
    static final int FEWER_THAN = 5;
    static final int WANTED = 5;
    /** Entries asked about per round: the calls share the bulkhead with customers' questions. */
    static final int PER_ROUND = 5;

    private final LlmFallback llm;
    private final FaqService faq;
    private final LlmProperties properties;
    private final MeterRegistry meters;
    private final java.util.concurrent.atomic.AtomicLong rounds = new java.util.concurrent.atomic.AtomicLong();

    PhrasingProposals(LlmFallback llm, FaqService faq, LlmProperties properties, MeterRegistry meters) {
        this.llm = llm;
        this.faq = faq;
        this.properties = properties;
        this.meters = meters;
    }

    @Scheduled(initialDelayString = "${answerdesk.llm.propose-interval:10m}",
            fixedDelayString = "${answerdesk.llm.propose-interval:10m}")
    void proposeForEntriesWithFewPhrasings() {
        if (!llm.enabled() || !properties.proposePhrasings()) {
            return;
        }
        try {
            List<FaqEntry> taken = new java.util.ArrayList<>(faq.takeEntriesToAskPhrasingsFor(FEWER_THAN, PER_ROUND));
            // asked in a random order: an entry the model fails on every time must not always come first and
            // hold back the entries taken with it (they are given back with it)
            java.util.Collections.shuffle(taken);
            Map<Long, String> replies = new LinkedHashMap<>();
            for (int i = 0; i < taken.size(); i++) {
                FaqEntry entry = taken.get(i);
                Optional<String> reply = llm.proposePhrasings(entry.question(), entry.phrasings(), WANTED);
                if (reply.isEmpty()) {
                    // the model is busy or failing: this entry and the rest are given back for a later round
                    taken.subList(i, taken.size()).forEach(e -> faq.releaseEntryAskedForPhrasings(e.id()));
                    break;
                }
                replies.put(entry.id(), reply.get());
            }
            if (!replies.isEmpty()) {
                // one transaction and one index rebuild for the round
                faq.addProposedPhrasings(replies).forEach((entryId, kept) -> {
                    meters.counter("answerdesk.faq.proposed.phrasings", "outcome", "kept").increment(kept.size());
                    log.info("FAQ entry {} has {} more phrasings from the LLM", entryId, kept.size());
                });
            }
        } catch (RuntimeException e) {
            // e.g. the database is away: the entries taken stay asked about until they change
            log.warn("FAQ phrasings were not proposed this round: {}", e.toString());
        } finally {
            rounds.incrementAndGet();
        }
    }

    /** Rounds ended since start (with a model configured), so tests can wait for one begun after an event. */
    long completedRounds() {
        return rounds.get();
    }
}
