package org.answerdesk.faq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.answerdesk.retrieval.Calibration;
import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.FaqCrossValidation;
import org.answerdesk.retrieval.FaqEntry;
import org.answerdesk.retrieval.FaqIndex;
import org.answerdesk.retrieval.FaqRetriever;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Keeps a cross-validated health report of the FAQ the bot answers from: once the report has been asked for on this
 * instance, whenever the retriever's index is replaced (an FAQ change on any instance, a model change), the report is
 * made again on a background thread from the index's own stored vectors; requests never wait for it (the first one
 * gets COMPUTING). It also previews a change (an import, an approval):
 * the FAQ's health before and after, so the admin is warned before applying a change that lowers it.
 */
@Service
public class FaqHealthService {

    /** Entries with fewer phrasings than this are listed as too thin to be matched reliably. */
    static final int FEW_PHRASINGS = 3;
    /** A change lowers the estimate when top-1 drops by more than this (a smaller move is noise). */
    static final double NOISE = 0.005;

    /** The FAQ's health before and after a proposed change. */
    public record Preview(FaqHealth before, FaqHealth after, boolean lowersAccuracy, String message) {
    }

    private record Snapshot(FaqIndex index, FaqCrossValidation.Result result, String model, Instant at, long millis,
                            OffTopicRisk offTopic) {
    }

    private static final Logger log = LoggerFactory.getLogger(FaqHealthService.class);

    private final FaqRetriever retriever;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "faq-health");
        t.setDaemon(true);
        return t;
    });
    private volatile Snapshot latest;
    /**
     * The report was asked for on this instance (a GET or a preview): only from then on is the FAQ cross-validated
     * after each change. Before, nobody reads it, and each instance would spend seconds of CPU per change and start
     * on a report no one asked for (a 600-phrasing FAQ: 8 s a change).
     */
    private volatile boolean wanted;
    /** A failed estimate of an index is tried again with back-off; a new index at once. */
    private final Backoff backoff = new Backoff("Estimating the FAQ's health", java.time.InstantSource.system(),
            java.time.Duration.ofSeconds(2), java.time.Duration.ofMinutes(10), log);
    private FaqIndex failedOn;

    private final OffTopicQuestions offTopics;
    private final AdaptationRun adapter;

    FaqHealthService(FaqRetriever retriever, OffTopicQuestions offTopics, AdaptationRun adapter) {
        this.retriever = retriever;
        this.offTopics = offTopics;
        this.adapter = adapter;
        worker.scheduleWithFixedDelay(this::refreshIfIndexChanged, 0, 1, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** The latest report for a target precision; status COMPUTING (with the previous numbers, if any) until ready. */
    public FaqHealth health(double targetPrecision) {
        wanted = true;
        Snapshot s = latest;
        if (s == null) {
            return FaqHealth.computing();
        }
        FaqHealth report = report(s, targetPrecision);
        return s.index() == retriever.index() ? report : withStatus(report, "COMPUTING");
    }

    /** The FAQ's health now and with {@code drafts} added as new entries; runs on the caller's thread. */
    public Preview previewAdding(List<FaqDraft> drafts, double targetPrecision) {
        wanted = true;
        FaqRetriever.Model now = retriever.model(); // drafts embedded by the model that made the index
        Snapshot before = current(now);
        Embedder embedder = now.embedder();
        List<FaqEntry> entries = new ArrayList<>(before.index().entries());
        List<FaqIndex.Phrasing> phrasings = new ArrayList<>(before.index().phrasings());
        long id = -1;
        for (FaqDraft d : drafts) {
            List<String> texts = d.allPhrasings();
            entries.add(new FaqEntry(id, d.question(), d.answer(), d.category(), d.keywords(), texts));
            List<float[]> vectors = embedder.embedAll(texts);
            for (int i = 0; i < texts.size(); i++) {
                phrasings.add(new FaqIndex.Phrasing(id, texts.get(i), vectors.get(i)));
            }
            id--;
        }
        Snapshot after = compute(FaqIndex.over(embedder.dimensions(), entries, phrasings)
                .offTopic(before.index().offTopic()).build(), embedder);
        FaqHealth b = report(before, targetPrecision);
        FaqHealth a = report(after, targetPrecision);
        boolean lowers = a.top1() < b.top1() - NOISE;
        String message = lowers
                ? String.format("This change would lower the FAQ's estimated accuracy from %.1f%% to %.1f%%",
                        100 * b.top1(), 100 * a.top1())
                : String.format("Estimated accuracy %.1f%% before, %.1f%% after", 100 * b.top1(), 100 * a.top1());
        return new Preview(b, a, lowers, message);
    }

    private Snapshot current(FaqRetriever.Model now) {
        Snapshot s = latest;
        return s != null && s.index() == now.index() ? s : compute(now.index(), now.embedder());
    }

    private void refreshIfIndexChanged() {
        if (!wanted) {
            return;
        }
        try {
            FaqRetriever.Model now = retriever.model();
            Snapshot s = latest;
            if ((s == null || s.index() != now.index()) && (now.index() != failedOn || backoff.due())) {
                Snapshot made;
                try {
                    made = compute(now.index(), now.embedder());
                } catch (RuntimeException e) {
                    failedOn = now.index();
                    backoff.failed(e);
                    return;
                }
                backoff.succeeded();
                latest = made;
                if (now.index().phrasingCount() == 0) {
                    return;
                }
                log.info("FAQ health: top-1 {}% over {} held-out phrasings ({} ms)",
                        Math.round(1000 * made.result().calibration().top1()) / 10.0,
                        made.result().calibration().size(), made.millis());
            }
        } catch (RuntimeException e) {
            log.warn("FAQ health could not be estimated: {}", e.toString());
        }
    }

    private Snapshot compute(FaqIndex index, Embedder embedder) {
        long start = System.nanoTime();
        var result = FaqCrossValidation.run(embedder.dimensions(), index.entries(), index.phrasings(),
                retriever.maxChoices());
        OffTopicRisk offTopic = OffTopicRisk.of(index, offTopics.checkTexts(), offTopics.check(embedder),
                retriever.threshold(), retriever.clarifyThreshold(), retriever.maxChoices(),
                OffTopicRisk.review(index, offTopics.indexTexts(), offTopics.inIndex(embedder), OffTopicRisk.REVIEW),
                null);
        return new Snapshot(index, result, embedder.modelName(), Instant.now(),
                (System.nanoTime() - start) / 1_000_000, offTopic);
    }

    private FaqHealth report(Snapshot s, double targetPrecision) {
        Calibration c = s.result().calibration();
        OptionalDouble t = c.thresholdFor(targetPrecision);
        List<FaqHealth.ThinEntry> thin = s.index().entries().stream()
                .filter(e -> e.phrasings().size() < FEW_PHRASINGS)
                .map(e -> new FaqHealth.ThinEntry(e.id(), e.question(), e.phrasings().size())).toList();
        int askedOut = c.outOfScopeCount();
        return new FaqHealth("READY", s.model(), s.index().entryCount(), s.index().phrasingCount(),
                c.size() - askedOut, askedOut, c.top1(), c.at(retriever.threshold()), targetPrecision,
                t.isPresent() ? t.getAsDouble() : null, t.isPresent() ? c.at(t.getAsDouble()) : null,
                s.result().confusions(), thin, s.at(), s.millis(),
                c.clarify(retriever.threshold(), retriever.clarifyThreshold()),
                s.offTopic().withAdaptation(adapter.lastCheck().orElse(null)));
    }

    private static FaqHealth withStatus(FaqHealth h, String status) {
        return new FaqHealth(status, h.model(), h.entries(), h.phrasings(), h.asked(), h.askedOutOfScope(), h.top1(),
                h.atThreshold(), h.targetPrecision(), h.thresholdForPrecision(), h.atTarget(), h.confusions(),
                h.fewPhrasings(), h.computedAt(), h.millis(), h.clarify(), h.offTopic());
    }
}
