package org.answerdesk.faq;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.answerdesk.retrieval.Embedder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads many entries at once: an owner's import file ({@link FaqService#importAll}) and the sample FAQ. */
@Component
class FaqImport {

    /** Set once the sample FAQ was loaded: an operator who deletes its entries does not get them back. */
    private static final String SAMPLE_LOADED = "faq.sample_loaded";

    private final FaqRepository repository;
    private final TransactionTemplate tx;
    private final FaqVersion version;
    /** The configured model: stored vectors are always its own. */
    private final Embedder base;
    private final FaqIndexing indexing;

    FaqImport(FaqRepository repository, TransactionTemplate tx, FaqVersion version, Embedder base,
              FaqIndexing indexing) {
        this.repository = repository;
        this.tx = tx;
        this.version = version;
        this.base = base;
        this.indexing = indexing;
    }

    /** Imports the drafts as one unit; see {@link FaqService#importAll} and {@link FaqService#replaceAll}. */
    FaqService.Imported importAll(List<FaqDraft> drafts, boolean replace) {
        ImportPlan plan = ImportPlan.of(repository.findAll(), drafts, replace);
        if (plan.changesNothing()) {
            return new FaqService.Imported(0, 0, plan.unchanged(), 0);
        }
        String model = base.modelName();
        Map<String, float[]> vectors = new HashMap<>();
        List<String> texts = plan.phrasings();
        base.embedInBatches(texts, FaqIndexing.EMBED_BATCH, (from, embedded) -> {
            for (int i = 0; i < embedded.size(); i++) {
                vectors.put(texts.get(from + i), embedded.get(i));
            }
        });
        tx.executeWithoutResult(s -> {
            plan.removed().forEach(repository::delete);
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
        indexing.refresh();
        return new FaqService.Imported(plan.added().size(), plan.updated().size(), plan.unchanged(),
                plan.removed().size());
    }

    /**
     * Loads the sample FAQ into a database that never had one, once across every instance starting together.
     *
     * The index is not rebuilt ({@link FaqIndexing#serveStored} does it).
     *
     * @return how many entries were loaded (0 when the FAQ was there already or the sample had been loaded once)
     */
    int loadSampleOnce(Supplier<List<FaqDraft>> sample) {
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
