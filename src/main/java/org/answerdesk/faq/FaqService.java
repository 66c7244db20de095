package org.answerdesk.faq;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.FaqEntry;
import org.answerdesk.retrieval.FaqIndex;
import org.answerdesk.retrieval.FaqRetriever;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The FAQ as the rest of the app sees it: read, create, change, delete and import entries. Every change is
 * embedded and live in the retriever when the call returns; no restart is needed. Every change also bumps the
 * shared {@link FaqVersion}, so the other instances on the same database rebuild their index too
 * ({@link FaqChangeListener}).
 */
@Service
public class FaqService {

    private static final Logger log = LoggerFactory.getLogger(FaqService.class);
    private static final int EMBED_BATCH = 64;
    /** Above this many phrasings the answer model is trained in the background (about a minute per 10,000). */
    static final int TRAIN_IN_BACKGROUND_ABOVE = 4096;
    /** Set once the sample FAQ was loaded: an operator who deletes its entries does not get them back. */
    private static final String SAMPLE_LOADED = "faq.sample_loaded";

    private final FaqRepository repository;
    private final FaqRetriever retriever;
    private final TransactionTemplate tx;
    private final FaqVersion version;
    private final FaqNegatives negatives;
    /** The configured model: stored vectors are always its own (an adapted model's live in memory only). */
    private final Embedder base;
    private final FaqAdaptation adaptation;
    /** Entries whose question is still a customer's words, as of the last refresh. */
    private volatile Set<Long> customerWorded = Set.of();
    /** The shared version the current index was built from. */
    private volatile long indexedVersion = -1;
    /** Counts rebuilds, so that a background training finished after a newer rebuild is dropped. */
    private long generation;
    /** Trains the answer model of a large FAQ (tens of seconds) after a cosine-only index is live. */
    private final java.util.concurrent.ExecutorService trainer = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "faq-trainer");
        t.setDaemon(true);
        return t;
    });

    FaqService(FaqRepository repository, FaqRetriever retriever, TransactionTemplate tx, FaqVersion version,
               FaqNegatives negatives, Embedder base, FaqAdaptation adaptation) {
        this.negatives = negatives;
        this.base = base;
        this.adaptation = adaptation;
        this.repository = repository;
        this.retriever = retriever;
        this.tx = tx;
        this.version = version;
    }

    public List<FaqEntry> list() {
        return repository.findAll();
    }

    public Optional<FaqEntry> find(long id) {
        return repository.find(id);
    }

    /**
     * Whether the entry's question may be shown to customers other than the one who asked it (as a suggestion or a
     * starter question): true for every entry its owner wrote, imported, approved or edited.
     */
    public boolean ownerWorded(long entryId) {
        return !customerWorded.contains(entryId);
    }

    public FaqEntry create(FaqDraft draft) {
        long id = tx.execute(s -> {
            version.bump();
            return repository.insert(draft);
        });
        refresh();
        return repository.find(id).orElseThrow();
    }

    public Optional<FaqEntry> update(long id, FaqDraft draft) {
        boolean found = tx.execute(s -> repository.update(id, draft) && version.bump() > 0);
        if (!found) {
            return Optional.empty();
        }
        refresh();
        return repository.find(id);
    }

    public boolean delete(long id) {
        boolean found = tx.execute(s -> repository.delete(id) && version.bump() > 0);
        if (found) {
            refresh();
        }
        return found;
    }

    /** What an import did: entries added, entries updated, and rows the FAQ already said. */
    public record Imported(int added, int updated, int unchanged) {
    }

    /**
     * Imports the drafts as one unit: every phrasing is embedded first, then the new and changed entries are written
     * with their vectors in one transaction, so a bad row, a failure or a kill at any point leaves the FAQ as it was;
     * and an entry is known by its question, so the same file imported twice changes nothing ({@link ImportPlan}).
     */
    public Imported importAll(List<FaqDraft> drafts) {
        ImportPlan plan = ImportPlan.of(repository.findAll(), drafts);
        if (plan.changesNothing()) {
            return new Imported(0, 0, plan.unchanged());
        }
        String model = base.modelName();
        Map<String, float[]> vectors = new java.util.HashMap<>();
        List<String> texts = plan.phrasings();
        for (int from = 0; from < texts.size(); from += EMBED_BATCH) {
            List<String> batch = texts.subList(from, Math.min(texts.size(), from + EMBED_BATCH));
            List<float[]> embedded = base.embedAll(batch);
            for (int i = 0; i < batch.size(); i++) {
                vectors.put(batch.get(i), embedded.get(i));
            }
        }
        tx.executeWithoutResult(s -> {
            for (FaqDraft draft : plan.added()) {
                repository.storeEmbeddings(repository.insert(draft), vectors, model);
            }
            plan.updated().forEach((id, draft) -> {
                if (repository.update(id, draft)) {
                    repository.storeEmbeddings(id, vectors, model);
                }
            });
            version.bump();
        });
        refresh();
        return new Imported(plan.added().size(), plan.updated().size(), plan.unchanged());
    }

    /**
     * Takes up to {@code limit} entries with fewer than {@code fewerThan} phrasings to ask an LLM for more, each
     * once until it changes again; another instance calling at the same time takes other entries. An entry whose
     * phrasings are not embedded yet (committed a moment ago) is left for a later call.
     */
    public List<FaqEntry> takeEntriesToAskPhrasingsFor(int fewerThan, int limit) {
        List<Long> ids = tx.execute(s -> repository.takeEntriesToAskPhrasingsFor(fewerThan, limit, base.modelName()));
        return ids.stream().map(repository::find).flatMap(Optional::stream).toList();
    }

    /** Gives back an entry taken by {@link #takeEntriesToAskPhrasingsFor} whose LLM could not be asked this time. */
    public void releaseEntryAskedForPhrasings(long entryId) {
        repository.releaseEntryAskedForPhrasings(entryId);
    }

    /**
     * Adds the phrasings an LLM proposed for entries that fit them ({@link ProposedPhrasings}: on topic, new, and
     * clearly closer to their entry than to any other), marked as the LLM's, in one transaction, and rebuilds the
     * index once (which adapts the model to them in turn). Entries deleted meanwhile are skipped.
     *
     * @param replies per entry, the model's reply: one phrasing a line (list markers and quotes are removed)
     * @return per entry, the phrasings kept
     */
    public Map<Long, List<String>> addProposedPhrasings(Map<Long, String> replies) {
        List<FaqIndex.Phrasing> phrasings = repository.embeddedPhrasings(base.modelName());
        Set<Long> entries = new HashSet<>();
        phrasings.forEach(p -> entries.add(p.entryId()));
        Map<Long, List<String>> kept = new LinkedHashMap<>();
        replies.forEach((entryId, reply) -> {
            List<String> lines = ProposedPhrasings.lines(List.of(reply));
            if (!entries.contains(entryId)) {
                repository.releaseEntryAskedForPhrasings(entryId); // its vectors went away meanwhile: ask again
            } else if (!lines.isEmpty()) {
                kept.put(entryId, ProposedPhrasings.keep(entryId, lines, phrasings, base));
            }
        });
        Map<Long, List<String>> added = tx.execute(s -> {
            Map<Long, List<String>> inserted = new LinkedHashMap<>();
            kept.forEach((entryId, texts) -> inserted.put(entryId,
                    texts.stream().filter(t -> repository.insertProposedPhrasing(entryId, t)).toList()));
            if (inserted.values().stream().anyMatch(l -> !l.isEmpty())) {
                version.bump();
            }
            return inserted;
        });
        if (added.values().stream().anyMatch(l -> !l.isEmpty())) {
            refresh();
        }
        return added;
    }

    /**
     * Embeds the phrasings whose vector is missing or from another model, then rebuilds the in-memory index from
     * the stored vectors. Stored vectors are always the shipped model's: the new index serves with it (the change is
     * live at once) until the model adapted to the changed FAQ is ready ({@link FaqAdaptation}).
     */
    public synchronized void refresh() {
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
        retriever.replaceDemotions(negatives.load(embedder));
        indexedVersion = building;
        if (phrasings.size() <= TRAIN_IN_BACKGROUND_ABOVE) {
            install(FaqIndex.over(embedder.dimensions(), entries, phrasings).build(), building, "");
        } else {
            // the answer model of a large FAQ takes long to train: rank by cosine (same confidence) until it is ready
            install(FaqIndex.over(embedder.dimensions(), entries, phrasings).untrained().build(), building,
                    ", answer model in training");
            trainer.execute(() -> {
                if (isCurrent(current)) {
                    FaqIndex trained = FaqIndex.over(embedder.dimensions(), entries, phrasings).build();
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
        }
        log.info("FAQ index: {} entries, {} phrasings (version {}){}", index.entryCount(), index.phrasingCount(),
                builtFrom, note);
    }

    /** Rebuilds the index if the FAQ changed since it was built, on this instance or another; true if it did. */
    boolean refreshIfChanged() {
        if (version.current() == indexedVersion) {
            return false;
        }
        refresh();
        return true;
    }

    /**
     * Loads the sample FAQ into a database that never had one, once across every instance starting together.
     *
     * The index is not rebuilt ({@link #serveStored} does it).
     *
     * @return how many entries were loaded (0 when the FAQ was there already or the sample had been loaded once)
     */
    int loadSampleOnce(java.util.function.Supplier<List<FaqDraft>> sample) {
        int loaded = tx.execute(s -> {
            version.lockForSample();
            if (repository.setting(SAMPLE_LOADED).isPresent() || repository.count() > 0) {
                return 0;
            }
            List<FaqDraft> drafts = sample.get();
            drafts.forEach(repository::insert);
            repository.putSetting(SAMPLE_LOADED, "true");
            version.bump();
            return drafts.size();
        });
        return loaded; // embedded by serveStored: nothing stored to serve yet
    }
}
