package org.answerdesk.faq;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.answerdesk.retrieval.BaseModel;
import org.answerdesk.language.Languages;
import org.answerdesk.retrieval.Embedder;
import org.springframework.context.SmartLifecycle;
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

    private final FaqProperties properties;
    private final Embedder configured;
    /** What adapting starts from (empty: the configured model cannot be trained); read at the first request. */
    private Optional<BaseModel> base;
    private final AdaptationRun adapter;
    private final AdaptationMemory memory = new AdaptationMemory();
    private volatile boolean running;
    private volatile boolean stopped;
    /** Replaced when a stopped context (a paused test context) is started again. */
    private ScheduledExecutorService worker = newWorker();
    private ScheduledFuture<?> pending;
    /** The newest FAQ version requested: a failed older one is not tried again. */
    private long requested = -1;
    /** Adaptation is on and measured to help in the shop's language. */
    private final boolean adapts;

    FaqAdaptation(FaqProperties properties, Embedder configured, AdaptationRun adapter, Languages languages) {
        this.properties = properties;
        this.adapts = properties.adapt() && properties.adaptLanguages().contains(languages.defaultLanguage()
                .getLanguage());
        this.configured = configured;
        this.adapter = adapter;
    }

    private static ScheduledExecutorService newWorker() {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "faq-adaptation");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
    }

    /** Whether FAQs are adapted here: the setting is on and the shop's default language is one adaptation helps. */
    boolean adapts() {
        return adapts;
    }

    /** The FAQ at {@code faqVersion} is now served with the configured model: adapt to it once it stays unchanged. */
    synchronized void request(long faqVersion) {
        if (!adapts) {
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
    private synchronized void again(BaseModel from, long faqVersion, Duration after) {
        if (requested == faqVersion) {
            schedule(from, faqVersion, after);
        }
    }

    private synchronized void schedule(BaseModel from, long faqVersion, Duration after) {
        if (pending != null) {
            pending.cancel(false); // debounce: a newer change replaces a waiting one (a running one finishes)
        }
        if (!worker.isShutdown()) {
            pending = worker.schedule(() -> adapt(from, faqVersion), after.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void adapt(BaseModel from, long faqVersion) {
        adapter.adapt(from, faqVersion, () -> stopped).ifPresent(after -> again(from, faqVersion, after));
    }

    /** The running training process, if one runs. */
    Optional<ProcessHandle> training() {
        return adapter.training();
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
        adapter.stop();
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
