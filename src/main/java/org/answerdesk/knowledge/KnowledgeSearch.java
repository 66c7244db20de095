package org.answerdesk.knowledge;

import java.util.List;

import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.PassageDecision;
import org.answerdesk.retrieval.PassageIndex;
import org.answerdesk.retrieval.PassageRetrieval;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The passages of every knowledge source, searched for a question: each instance holds them in memory and loads
 * them again when the stored version moves (a sync or a deletion on any instance), so all instances answer from
 * the same passages.
 */
@Component
@EnableConfigurationProperties(KnowledgeProperties.class)
public class KnowledgeSearch {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeSearch.class);
    /** Passages ranked per question; more than the LLM is given, for the admin's view and the decision. */
    private static final int RANKED = 5;

    private final KnowledgeRepository repository;
    private final Embedder embedder;
    private final KnowledgeProperties properties;
    private final PassageDecision decision;
    private final PassageLanguages languages;
    private volatile PassageIndex index = PassageIndex.empty();
    private volatile long loaded = Long.MIN_VALUE;

    KnowledgeSearch(KnowledgeRepository repository, Embedder embedder, KnowledgeProperties properties,
                    PassageLanguages languages) {
        this.repository = repository;
        this.languages = languages;
        this.embedder = embedder;
        this.properties = properties;
        this.decision = PassageDecision.fitted(properties.threshold());
    }

    /** The passages closest to the question, and whether the best one answers it; empty when there are none. */
    public PassageRetrieval search(String question) {
        PassageIndex current = index;
        if (current.size() == 0) {
            return new PassageRetrieval(List.of(), 0, decision.threshold());
        }
        return current.retrieve(question, embedder.embed(question), decision, RANKED);
    }

    /** How many passages go to the LLM beside the FAQ entries ({@code ANSWERDESK_KNOWLEDGE_LLM_PASSAGES}). */
    public int llmPassages() {
        return properties.llmPassages();
    }

    /** How many passages this instance answers from. */
    public int size() {
        return index.size();
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        refresh();
    }

    /** Loads the passages again if another instance (or this one) changed them. */
    @Scheduled(fixedDelayString = "${answerdesk.knowledge.sync-interval:5s}",
            initialDelayString = "${answerdesk.knowledge.sync-interval:5s}")
    synchronized void refresh() {
        try {
            long version = repository.version();
            if (version == loaded) {
                return;
            }
            var stored = repository.passages(embedder.modelName(), embedder.dimensions());
            List<org.answerdesk.retrieval.Passage> passages = stored.stream()
                    .map(KnowledgeRepository.Stored::passage).toList();
            index = PassageIndex.over(passages, stored.stream().map(KnowledgeRepository.Stored::vectors).toList(),
                    languages.of(passages), org.answerdesk.retrieval.PassageTuning.DEFAULT);
            loaded = version;
            log.info("Knowledge: {} passages loaded (version {})", stored.size(), version);
        } catch (RuntimeException e) {
            log.warn("Knowledge passages not reloaded: {}", e.toString());
        }
    }
}
