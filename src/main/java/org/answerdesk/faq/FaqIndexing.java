package org.answerdesk.faq;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.answerdesk.language.Languages;
import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.FaqEntry;
import org.answerdesk.retrieval.FaqIndex;
import org.answerdesk.retrieval.FaqRetriever;
import org.answerdesk.retrieval.OffTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the retriever's in-memory index in step with the stored FAQ: embeds the phrasings whose vector is missing or
 * from another model, rebuilds the index from the stored vectors, and asks {@link FaqAdaptation} to adapt the model to
 * the new FAQ. Stored vectors are always the configured model's (an adapted model's live in memory only).
 */
@Component
class FaqIndexing {

    // the FAQ logs its index under one name, whichever class builds it
    private static final Logger log = LoggerFactory.getLogger(FaqService.class);
    static final int EMBED_BATCH = 64;
    /** Above this many phrasings the answer model is trained in the background (about a minute per 10,000). */
    static final int TRAIN_IN_BACKGROUND_ABOVE = 4096;

    private final FaqRepository repository;
    private final FaqRetriever retriever;
    private final TransactionTemplate tx;
    private final FaqVersion version;
    private final FaqNegatives negatives;
    /** The configured model: stored vectors are always its own. */
    private final Embedder base;
    private final FaqAdaptation adaptation;
    private final OffTopicQuestions offTopics;
    /** The language the FAQ's words are analysed in for the lexical score: the shop's default language. */
    private final String language;
    /** Entries whose question is still a customer's words, as of the last refresh. */
    private volatile Set<Long> customerWorded = Set.of();
    /** The shared version the current index was built from. */
    private volatile long indexedVersion = -1;
    /** Counts rebuilds, so that a background training finished after a newer rebuild is dropped. */
    private long generation;
    /** The shared version the index that serves now was built from (set when it is swapped in). */
    private volatile long servedVersion = -1;
    /** Rebuilds done on this instance, for {@link #state()}. */
    private final AtomicLong rebuilds = new AtomicLong();
    /** Trains the answer model of a large FAQ (tens of seconds) after a cosine-only index is live. */
    private final ExecutorService trainer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "faq-trainer");
        t.setDaemon(true);
        return t;
    });

    FaqIndexing(FaqRepository repository, FaqRetriever retriever, TransactionTemplate tx, FaqVersion version,
                FaqNegatives negatives, Embedder base, FaqAdaptation adaptation, OffTopicQuestions offTopics,
                Languages languages) {
        this.offTopics = offTopics;
        this.language = languages.defaultLanguage().getLanguage();
        this.repository = repository;
        this.retriever = retriever;
        this.tx = tx;
        this.version = version;
        this.negatives = negatives;
        this.base = base;
        this.adaptation = adaptation;
    }

    /** Whether the entry's question is a customer's words, as of the last refresh. */
    boolean customerWorded(long entryId) {
        return customerWorded.contains(entryId);
    }

    /**
     * Embeds the phrasings whose vector is missing or from another model, then rebuilds the in-memory index from
     * the stored vectors. The new index serves with the configured model (the change is live at once) until the
     * model adapted to the changed FAQ is ready ({@link FaqAdaptation}).
     */
    synchronized void refresh() {
        rebuild(true);
    }

    /**
     * At start: serves the index of the vectors stored already (the last good one) without embedding what lacks a
     * vector, unless no vector of the model is stored at all (a new database, a changed model: nothing to serve).
     * Embedding 100,000 phrasings took 327 s, with neither web server nor channels meanwhile.
     *
     * @return how many phrasings are left to embed ({@link #embedMissing}, then {@link #refresh})
     */
    synchronized int serveStored() {
        int missing = repository.stalePhrasings(base.modelName()).size();
        if (missing == 0 || !repository.hasEmbeddings(base.modelName())) {
            refresh();
            return 0;
        }
        rebuild(false);
        return missing;
    }

    /**
     * Embeds and stores the phrasings whose vector is missing or from another model, a batch at a time, without
     * holding up changes to the FAQ; the index is not rebuilt.
     */
    void embedMissing() {
        embedStale(repository.stalePhrasings(base.modelName()));
    }

    /**
     * Rebuilds the index if the FAQ changed since it was built, on this instance or another; true if it did. Checked
     * under the rebuild's lock, so that two callers seeing one change rebuild once.
     */
    synchronized boolean refreshIfChanged() {
        if (version.current() == indexedVersion) {
            return false;
        }
        refresh();
        return true;
    }

    FaqService.IndexState state() {
        return new FaqService.IndexState(version.current(), servedVersion, rebuilds.get());
    }

    private void embedStale(List<FaqRepository.StalePhrasing> stale) {
        Embedder embedder = base;
        if (!stale.isEmpty()) {
            long start = System.nanoTime();
            embedder.embedInBatches(stale.stream().map(FaqRepository.StalePhrasing::text).toList(), EMBED_BATCH,
                    (from, vectors) -> tx.executeWithoutResult(s -> {
                        for (int i = 0; i < vectors.size(); i++) {
                            repository.storeEmbedding(stale.get(from + i).id(), vectors.get(i), embedder.modelName());
                        }
                    }));
            log.info("Embedded {} phrasings with {} in {} ms", stale.size(), embedder.modelName(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    private void rebuild(boolean embedFirst) {
        long building = version.current(); // read first: a change committed while building triggers another refresh
        Embedder embedder = base;
        if (embedFirst) {
            embedStale(repository.stalePhrasings(embedder.modelName()));
        }
        List<FaqEntry> entries = repository.findAll();
        customerWorded = repository.customerWorded();
        List<FaqIndex.Phrasing> phrasings = repository.embeddedPhrasings(embedder.modelName());
        long current = ++generation;
        rebuilds.incrementAndGet();
        retriever.replaceDemotions(negatives.load(embedder));
        OffTopic offTopic = offTopics.forIndex(embedder);
        indexedVersion = building;
        if (phrasings.size() <= TRAIN_IN_BACKGROUND_ABOVE) {
            install(FaqIndex.over(embedder.dimensions(), entries, phrasings).offTopic(offTopic).language(language)
                    .remembered().build(), building,
                    "");
        } else {
            // the answer model of a large FAQ takes long to train: rank by cosine (same confidence) until it is ready
            install(FaqIndex.over(embedder.dimensions(), entries, phrasings).untrained().offTopic(offTopic)
                    .language(language).build(),
                    building,
                    ", answer model in training");
            trainer.execute(() -> {
                if (isCurrent(current)) {
                    FaqIndex trained = FaqIndex.over(embedder.dimensions(), entries, phrasings).offTopic(offTopic)
                        .language(language).remembered().build();
                    synchronized (this) {
                        // not over the adapted model, which has its own trained index
                        if (generation == current && retriever.embedder() == base) {
                            install(trained, building, ", answer model trained");
                        }
                    }
                }
            });
        }
        adaptation.request(building);
    }

    private synchronized boolean isCurrent(long generationOfTask) {
        return generation == generationOfTask;
    }

    private void install(FaqIndex index, long builtFrom, String note) {
        synchronized (retriever) { // FaqAdaptation swaps under the same lock, after checking the version
            retriever.replace(base, index);
            servedVersion = Math.max(servedVersion, builtFrom);
        }
        log.info("FAQ index: {} entries, {} phrasings (version {}){}", index.entryCount(), index.phrasingCount(),
                builtFrom, note);
    }
}
