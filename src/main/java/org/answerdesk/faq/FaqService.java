package org.answerdesk.faq;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The FAQ as the rest of the app sees it: read, create, change, delete and import entries. Every change is
 * embedded and live in the retriever when the call returns; no restart is needed.
 */
@Service
public class FaqService {

    private static final Logger log = LoggerFactory.getLogger(FaqService.class);
    private static final int EMBED_BATCH = 64;

    private final FaqRepository repository;
    private final FaqRetriever retriever;
    private final TransactionTemplate tx;

    FaqService(FaqRepository repository, FaqRetriever retriever, TransactionTemplate tx) {
        this.repository = repository;
        this.retriever = retriever;
        this.tx = tx;
    }

    public List<FaqEntry> list() {
        return repository.findAll();
    }

    public Optional<FaqEntry> find(long id) {
        return repository.find(id);
    }

    public FaqEntry create(FaqDraft draft) {
        long id = tx.execute(s -> repository.insert(draft));
        refresh();
        return repository.find(id).orElseThrow();
    }

    public Optional<FaqEntry> update(long id, FaqDraft draft) {
        boolean found = tx.execute(s -> repository.update(id, draft));
        if (!found) {
            return Optional.empty();
        }
        refresh();
        return repository.find(id);
    }

    public boolean delete(long id) {
        boolean found = repository.delete(id);
        if (found) {
            refresh();
        }
        return found;
    }

    /** Adds every draft in one transaction: a bad row adds none. */
    public int importAll(List<FaqDraft> drafts) {
        tx.executeWithoutResult(s -> drafts.forEach(repository::insert));
        refresh();
        return drafts.size();
    }

    /**
     * Embeds the phrasings whose vector is missing or from another model, then rebuilds the in-memory index from
     * the stored vectors.
     */
    public synchronized void refresh() {
        Embedder embedder = retriever.embedder();
        List<FaqRepository.StalePhrasing> stale = repository.stalePhrasings(embedder.modelName());
        if (!stale.isEmpty()) {
            long start = System.nanoTime();
            for (int from = 0; from < stale.size(); from += EMBED_BATCH) {
                List<FaqRepository.StalePhrasing> batch = stale.subList(from, Math.min(stale.size(), from + EMBED_BATCH));
                List<float[]> vectors = embedder.embedAll(batch.stream().map(FaqRepository.StalePhrasing::text).toList());
                tx.executeWithoutResult(s -> {
                    for (int i = 0; i < batch.size(); i++) {
                        repository.storeEmbedding(batch.get(i).id(), vectors.get(i), embedder.modelName());
                    }
                });
            }
            log.info("Embedded {} phrasings with {} in {} ms", stale.size(), embedder.modelName(),
                    (System.nanoTime() - start) / 1_000_000);
        }
        FaqIndex index = new FaqIndex(embedder.dimensions(), repository.findAll(),
                repository.embeddedPhrasings(embedder.modelName()));
        retriever.replaceIndex(index);
        log.info("FAQ index: {} entries, {} phrasings", index.entryCount(), index.phrasingCount());
    }
}
