package org.answerdesk.faq;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.answerdesk.retrieval.AdaptedModel;
import org.answerdesk.retrieval.AdaptedModelStore;
import org.answerdesk.retrieval.BaseModel;
import org.answerdesk.retrieval.Demotions;
import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.FaqEntry;
import org.answerdesk.retrieval.FaqIndex;
import org.answerdesk.retrieval.FaqRetriever;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Adapts the configured model (the full MiniLM, or an operator's BERT-style model, {@link BaseModel}) to the FAQ in
 * the background after it changes: waits until the FAQ has been unchanged for
 * {@code adapt-delay}, trains (or loads the model stored for this FAQ's fingerprint under
 * {@code <data-dir>/adapted-models}), embeds every phrasing with it, and swaps model and index in together. One
 * adaptation at a time, on one low-priority thread; the bot answers with the shipped model meanwhile. A failure
 * leaves the shipped model answering (logged, counted as {@code answerdesk_faq_adaptations_total{outcome=failed}}).
 * Only the model served is kept on disk: the others are removed once it is served, and what a failed write left is
 * removed at start ({@link AdaptedModelStore}).
 */
@Component
class FaqAdaptation implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FaqAdaptation.class);
    private static final int EMBED_BATCH = 64;
    /**
     * Training MiniLM takes 1.5 GB (200 phrasings) to 3-4.5 GB (770; eval's peak) beside the running bot,
     * outside the Java heap: on a smaller machine the kernel would kill the bot mid-way, so there it keeps the
     * configured model.
     */
    static final long MIN_MACHINE_MEMORY = 4L << 30;
    /**
     * An operator's model may be deeper and wider: BGE-small (12 layers) peaked at 4.8 GB resident adapting to a
     * 770-phrasing FAQ in {@code eval}, against 2.5 GB for MiniLM.
     */
    static final long MIN_MACHINE_MEMORY_CUSTOM = 8L << 30;

    private final FaqRepository repository;
    private final FaqRetriever retriever;
    private final FaqVersion version;
    private final FaqProperties properties;
    private final FaqNegatives negatives;
    private final Embedder configured;
    /** What adapting starts from (empty: the configured model cannot be trained); read at the first request. */
    private java.util.Optional<BaseModel> base;
    private final Path root;
    private final AdaptedModelStore store;
    private final Counter trained;
    private final Counter loaded;
    private final Counter failed;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "faq-adaptation");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private ScheduledFuture<?> pending;

    FaqAdaptation(FaqRepository repository, FaqRetriever retriever, FaqVersion version, FaqProperties properties,
                  FaqNegatives negatives, Embedder configured, @Value("${answerdesk.data-dir:./data}") Path dataDir,
                  MeterRegistry meters) {
        this.negatives = negatives;
        this.configured = configured;
        this.repository = repository;
        this.retriever = retriever;
        this.version = version;
        this.properties = properties;
        this.root = dataDir.resolve("adapted-models");
        this.store = new AdaptedModelStore(root);
        store.removePartials(); // what a write killed or failed (a full disk) left
        this.trained = outcome(meters, "trained");
        this.loaded = outcome(meters, "loaded");
        this.failed = outcome(meters, "failed");
    }

    private static Counter outcome(MeterRegistry meters, String outcome) {
        return Counter.builder("answerdesk.faq.adaptations").tag("outcome", outcome)
            .description("adaptations of the model to the FAQ: trained, loaded from the stored model, or failed")
            .register(meters);
    }

    /** The FAQ at {@code faqVersion} is now served with the configured model: adapt to it once it stays unchanged. */
    synchronized void request(long faqVersion) {
        if (!properties.adapt()) {
            return;
        }
        if (base == null) {
            base = BaseModel.of(properties.model(), properties.tokenizer(), properties.pooling(), configured);
        }
        if (base.isEmpty()) {
            return; // the quantized MiniLM's int8 weights cannot be trained
        }
        if (!enoughMemory(machineMemory(), memoryNeeded(base.get()))) {
            return;
        }
        if (pending != null) {
            pending.cancel(false); // debounce: a newer change replaces a waiting one (a running one finishes)
        }
        BaseModel from = base.get();
        pending = worker.schedule(() -> adapt(from, faqVersion), properties.adaptDelay().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private boolean warnedMemory;

    /** The machine memory adapting this model needs beside the bot. */
    static long memoryNeeded(BaseModel base) {
        return base.isShipped() ? MIN_MACHINE_MEMORY : MIN_MACHINE_MEMORY_CUSTOM;
    }

    /**
     * False, with one warning, on a machine too small to train beside the bot (see {@link #MIN_MACHINE_MEMORY},
     * {@link #MIN_MACHINE_MEMORY_CUSTOM}).
     */
    boolean enoughMemory(long machineBytes, long needed) {
        if (machineBytes <= 0 || machineBytes >= needed) {
            return true;
        }
        if (!warnedMemory) {
            warnedMemory = true;
            log.warn("Not adapting the model to the FAQ: this machine has {} MB of memory, adapting needs {} MB beside "
                    + "the bot; the configured model answers (ANSWERDESK_FAQ_ADAPT=false silences this)",
                    machineBytes >> 20, needed >> 20);
        }
        return false;
    }

    private static long machineMemory() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getTotalMemorySize() : -1;
    }

    private void adapt(BaseModel base, long faqVersion) {
        if (version.current() != faqVersion) {
            return; // changed again: that change's request follows
        }
        try {
            long start = System.nanoTime();
            List<FaqEntry> entries = repository.findAll();
            // questions customers rejected an entry's answer for (feedback) are trained away from that entry
            AdaptedModel model = AdaptedModel.trainOrLoad(root, base, entries, negatives.questionsByEntry(),
                    org.answerdesk.retrieval.adapt.EncoderAdapter.Options.defaults()
                            .withLimits(properties.adaptMaxPairs(), properties.adaptMaxTime()));
            Embedder embedder = model.embedder();
            FaqIndex index;
            boolean served = false;
            try {
                List<FaqIndex.Phrasing> phrasings = phrasings(entries, embedder);
                for (FaqIndex.Phrasing p : phrasings) {
                    for (float x : p.vector()) {
                        if (!Float.isFinite(x)) {
                            throw new IllegalStateException("the adapted model embeds '" + p.text() + "' as non-finite");
                        }
                    }
                }
                index = FaqIndex.over(embedder.dimensions(), entries, phrasings).adapted(AdaptedModel.unseen(entries)).build();
                Demotions demotions = negatives.embed(embedder);
                synchronized (retriever) { // FaqService swaps under the same lock
                    if (version.current() != faqVersion) {
                        return;
                    }
                    retriever.replace(embedder, index);
                    retriever.replaceDemotions(demotions);
                    served = true;
                }
            } finally {
                if (!served) {
                    embedder.release(); // never served: free its native memory now
                }
            }
            (model.trained() ? trained : loaded).increment();
            store.keepOnly(model.fingerprint()); // one at a time: no other is being written now
            log.info("FAQ served by {} adapted to it ({} {}, {} phrasings, {} ms)", base.name(),
                    model.trained() ? "trained" : "loaded", model.fingerprint(), index.phrasingCount(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (Exception | LinkageError e) {
            failed.increment();
            log.warn("Adapting the model to the FAQ failed; the configured model keeps answering", e);
        }
    }

    private static List<FaqIndex.Phrasing> phrasings(List<FaqEntry> entries, Embedder embedder) {
        List<Long> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        entries.forEach(e -> e.phrasings().forEach(p -> {
            ids.add(e.id());
            texts.add(p);
        }));
        List<FaqIndex.Phrasing> out = new ArrayList<>();
        embedder.embedInBatches(texts, EMBED_BATCH, (from, vectors) -> {
            for (int i = 0; i < vectors.size(); i++) {
                out.add(new FaqIndex.Phrasing(ids.get(from + i), texts.get(from + i), vectors.get(i)));
            }
        });
        return out;
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
