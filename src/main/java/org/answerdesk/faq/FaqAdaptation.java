package org.answerdesk.faq;

import java.nio.file.Path;
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
import org.answerdesk.retrieval.TrainingProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Adapts the configured model (the full MiniLM, or an operator's BERT-style model, {@link BaseModel}) to the FAQ in
 * the background after it changes: waits until the FAQ has been unchanged for {@code adapt-delay}, gets the model
 * adapted to it ({@link FaqModels}: this instance's copy, the one another instance stored in the database, or
 * trained in a process of its own under the database lease), embeds every phrasing with it, and swaps model and
 * index in together. The bot answers with the model it has meanwhile, and keeps it when adapting fails (logged when
 * the failure starts or changes, counted as {@code answerdesk_faq_adaptations_total{outcome=failed}} and
 * {@code answerdesk_faq_adaptation_failures_total{reason}}, tried again with back-off). Only the model served is
 * kept on disk. When the bot stops, a training under way is ended first.
 */
@Component
class FaqAdaptation implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FaqAdaptation.class);
    private final FaqRepository repository;
    private final FaqRetriever retriever;
    private final FaqVersion version;
    private final FaqProperties properties;
    private final FaqNegatives negatives;
    private final Embedder configured;
    /** What adapting starts from (empty: the configured model cannot be trained); read at the first request. */
    private java.util.Optional<BaseModel> base;
    private final AdaptedModelStore store;
    private final FaqModels models;
    private final AdaptationMemory memory = new AdaptationMemory();
    private final Backoff backoff;
    private final MeterRegistry meters;
    private final Counter trained;
    private final Counter loaded;
    private final Counter failed;
    private volatile boolean running;
    private volatile boolean stopped;
    /** Replaced when a stopped context (a paused test context) is started again. */
    private ScheduledExecutorService worker = newWorker();
    private ScheduledFuture<?> pending;
    /** The newest FAQ version requested: a failed older one is not tried again. */
    private long requested = -1;

    FaqAdaptation(FaqRepository repository, FaqRetriever retriever, FaqVersion version, FaqProperties properties,
                  FaqNegatives negatives, Embedder configured, @Value("${answerdesk.data-dir:./data}") Path dataDir,
                  SharedModels shared, @Value("${answerdesk.instance-id:}") String instance,
                  @Value("${answerdesk.faq.adapt-test-switch:}") String testSwitch, MeterRegistry meters) {
        this.negatives = negatives;
        this.configured = configured;
        this.repository = repository;
        this.retriever = retriever;
        this.version = version;
        this.properties = properties;
        Path root = dataDir.resolve("adapted-models");
        this.store = new AdaptedModelStore(root);
        store.removePartials(); // what a write killed or failed (a full disk) left
        this.models = FaqModels.create(dataDir, root, shared, properties, instance, testSwitch);
        this.backoff = new Backoff("Adapting the model to the FAQ", java.time.InstantSource.system(),
                properties.adaptRetry(), java.time.Duration.ofHours(1), log);
        this.meters = meters;
        this.trained = outcome(meters, "trained");
        this.loaded = outcome(meters, "loaded");
        this.failed = outcome(meters, "failed");
    }

    private static ScheduledExecutorService newWorker() {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "faq-adaptation");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
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
        if (!memory.enough(base.get())) {
            return;
        }
        requested = faqVersion;
        schedule(base.get(), faqVersion, properties.adaptDelay());
    }

    /** Tries {@code faqVersion} again later, unless a newer version was requested meanwhile (it has its own try). */
    private synchronized void again(BaseModel from, long faqVersion, java.time.Duration after) {
        if (requested == faqVersion) {
            schedule(from, faqVersion, after);
        }
    }

    private synchronized void schedule(BaseModel from, long faqVersion, java.time.Duration after) {
        if (pending != null) {
            pending.cancel(false); // debounce: a newer change replaces a waiting one (a running one finishes)
        }
        if (!worker.isShutdown()) {
            pending = worker.schedule(() -> adapt(from, faqVersion), after.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void adapt(BaseModel base, long faqVersion) {
        if (version.current() != faqVersion) {
            return; // changed again: that change's request follows
        }
        try {
            long start = System.nanoTime();
            // what customers taught by picks is trained on unless switched off (see FaqProperties.adaptOnLearned);
            // trained on, it is every phrasing, in the order training needs, and the index takes the same list
            List<FaqEntry> trainOn = properties.adaptOnLearned() ? repository.findAllLearnedFirst()
                    : repository.findAllButLearned();
            List<FaqEntry> entries = properties.adaptOnLearned() ? trainOn : repository.findAll();
            // questions customers rejected an entry's answer for (feedback) are trained away from that entry
            var found = models.find(base, trainOn, negatives.questionsByEntry(),
                    org.answerdesk.retrieval.adapt.EncoderAdapter.Options.defaults()
                            .withLimits(properties.adaptMaxPairs(), properties.adaptMaxTime()));
            if (found.isEmpty()) { // another instance trains it: load it once it has stored it
                again(base, faqVersion, properties.syncInterval());
                return;
            }
            AdaptedModel model = found.get();
            Embedder embedder = model.embedder();
            FaqIndex index;
            boolean served = false;
            try {
                index = AdaptedIndex.of(entries, trainOn, embedder);
                Demotions demotions = negatives.embed(embedder);
                synchronized (retriever) { // FaqService swaps under the same lock
                    if (version.current() != faqVersion) {
                        return;
                    }
                    // counted before it is seen served: whoever sees the new model sees the count
                    (model.trained() ? trained : loaded).increment();
                    retriever.replace(embedder, index);
                    retriever.replaceDemotions(demotions);
                    served = true;
                }
            } finally {
                if (!served) {
                    embedder.release(); // never served: free its native memory now
                }
            }
            backoff.succeeded();
            store.keepOnly(model.fingerprint()); // one at a time: no other is being written now
            log.info("FAQ served by {} adapted to it ({} {}, {} phrasings, {} ms)", base.name(),
                    model.trained() ? "trained" : "loaded", model.fingerprint(), index.phrasingCount(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (Exception | LinkageError e) {
            if (stopped || e instanceof java.io.InterruptedIOException) {
                return; // the bot is stopping
            }
            failed.increment();
            String reason = e instanceof TrainingProcess.Failure f ? f.reason().name() : "ERROR";
            meters.counter("answerdesk.faq.adaptation.failures", "reason",
                    reason.toLowerCase(java.util.Locale.ROOT).replace('_', '-')).increment();
            // logged when failing starts or its reason changes; the model served keeps answering
            again(base, faqVersion, backoff.failed(e));
        }
    }

    /** The running training process, if one runs. */
    java.util.Optional<ProcessHandle> training() {
        return models.training();
    }

    /** Started again after a stop: a new worker, and the newest request, dropped while stopped, is made again. */
    @Override
    public synchronized void start() {
        if (worker.isShutdown()) {
            worker = newWorker();
            stopped = false;
            if (requested >= 0 && base != null && base.isPresent()) {
                schedule(base.get(), requested, properties.adaptDelay());
            }
        }
        running = true;
    }

    /** Ends a training under way first (no orphan process), then the worker. */
    @Override
    public void stop() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            stopped = true;
            running = false;
            stopping = worker;
        }
        models.stop();
        stopping.shutdownNow();
        try {
            stopping.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE; // stopped first
    }
}
