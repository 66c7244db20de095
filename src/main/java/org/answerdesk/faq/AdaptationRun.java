package org.answerdesk.faq;

import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;

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
import org.answerdesk.retrieval.OffTopic;
import org.answerdesk.retrieval.TrainingProcess;
import org.answerdesk.retrieval.adapt.EncoderTraining;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One adaptation of the model to the FAQ, as {@link FaqAdaptation} schedules it: gets the adapted model
 * ({@link FaqModels}), embeds every phrasing with it, and swaps model and index in together unless the FAQ changed
 * meanwhile. Counts the outcome, logs a failure when it starts or changes, and says when to try again.
 */
@Component
class AdaptationRun {

    // the adaptation logs under one name, whichever class does the step
    private static final Logger log = LoggerFactory.getLogger(FaqAdaptation.class);
    private final FaqRepository repository;
    private final FaqRetriever retriever;
    private final FaqVersion version;
    private final FaqProperties properties;
    private final FaqNegatives negatives;
    private final AdaptedModelStore store;
    private final FaqModels models;
    private final Backoff backoff;
    private final MeterRegistry meters;
    private final Counter trained;
    private final Counter loaded;
    private final Counter failed;
    private final Counter refused;
    private final Embedder configured;
    private final OffTopicQuestions offTopics;
    /** Base models the trainer refused (not BERT or XLM-R shaped): served as they are, not tried again. */
    private final java.util.Set<String> unsupported = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** The last adapted model's check against the configured model (null: none yet). */
    private volatile OffTopicRisk.ServeCheck lastCheck;

    AdaptationRun(FaqRepository repository, FaqRetriever retriever, FaqVersion version, FaqProperties properties,
               FaqNegatives negatives, @Value("${answerdesk.data-dir:./data}") Path dataDir, SharedModels shared,
               @Value("${answerdesk.instance-id:}") String instance,
               @Value("${answerdesk.faq.adapt-test-switch:}") String testSwitch, MeterRegistry meters,
               Embedder configured, OffTopicQuestions offTopics) {
        this.configured = configured;
        this.offTopics = offTopics;
        this.repository = repository;
        this.retriever = retriever;
        this.version = version;
        this.properties = properties;
        this.negatives = negatives;
        Path root = dataDir.resolve("adapted-models");
        this.store = new AdaptedModelStore(root);
        store.removePartials(); // what a write killed or failed (a full disk) left
        this.models = FaqModels.create(dataDir, root, shared, properties, instance, testSwitch);
        this.backoff = new Backoff("Adapting the model to the FAQ", InstantSource.system(),
                properties.adaptRetry(), Duration.ofHours(1), log);
        this.meters = meters;
        this.trained = outcome(meters, "trained");
        this.loaded = outcome(meters, "loaded");
        this.failed = outcome(meters, "failed");
        this.refused = outcome(meters, "refused");
    }

    private static Counter outcome(MeterRegistry meters, String outcome) {
        return Counter.builder("answerdesk.faq.adaptations").tag("outcome", outcome)
            .description("adaptations of the model to the FAQ: trained, loaded from the stored model, failed, or "
                    + "refused (it would answer more off-topic questions than the configured model)")
            .register(meters);
    }

    /**
     * Adapts {@code base} to the FAQ at {@code faqVersion} and serves it, unless the FAQ changed meanwhile.
     *
     * @param stopping true once the bot stops: a failure then is the stop, neither counted nor tried again
     * @return when to try again: another instance trains the model, or this try failed
     */
    Optional<Duration> adapt(BaseModel base, long faqVersion, BooleanSupplier stopping) {
        if (version.current() != faqVersion || unsupported.contains(base.name())) {
            return Optional.empty(); // changed again: that change's request follows; or it cannot be adapted
        }
        try {
            long start = System.nanoTime();
            // what customers taught by picks is trained on unless switched off (see FaqProperties.adaptOnLearned);
            // trained on, it is every phrasing, in the order training needs, and the index takes the same list
            FaqRepository.ForAdaptation faq = repository.findForAdaptation();
            List<FaqEntry> trainOn = properties.adaptOnLearned() ? faq.learnedFirst() : faq.owners();
            List<FaqEntry> entries = properties.adaptOnLearned() ? trainOn : faq.all();
            // questions customers rejected an entry's answer for (feedback) are trained away from that entry
            // and, with off-topic negatives, away from the background's index half and the owner's "not ours"
            var found = models.find(base, trainOn, negatives.questionsByEntry(), offTopics.notOurs(),
                    EncoderTraining.Options.defaults().withLimits(properties.adaptMaxPairs(), properties.adaptMaxTime())
                            .withOffTopicNegatives(properties.adaptOffTopicNegatives()));
            if (found.isEmpty()) { // another instance trains it: load it once it has stored it
                return Optional.of(properties.syncInterval());
            }
            AdaptedModel model = found.get();
            Embedder embedder = model.embedder();
            FaqIndex index;
            boolean served = false;
            try {
                index = AdaptedIndex.of(entries, trainOn, embedder, offTopics.forIndex(embedder));
                // each phase embeds hundreds of texts: what their runs freed goes back before the next phase
                org.answerdesk.retrieval.adapt.NativeHeap.trim();
                OffTopicRisk.ServeCheck check = check(model.fingerprint(), embedder, index);
                org.answerdesk.retrieval.adapt.NativeHeap.trim();
                lastCheck = check;
                meters.counter("answerdesk.faq.adaptation.off.topic.checks", "result",
                        check.passed() ? "passed" : "failed").increment();
                if (!check.served()) {
                    log.warn("FAQ model {} adapted to it ({}) not served: it answers {} of {} held-out off-topic "
                            + "questions, the configured model {}", base.name(), model.fingerprint(),
                            check.answeredAdapted(), check.asked(), check.answeredConfigured());
                    refused.increment();
                    backoff.succeeded();
                    return Optional.empty();
                }
                double confidenceScale = check.confidenceScale(properties.threshold());
                double choiceScale = check.choiceScale(properties.clarifyThreshold());
                boolean ownThresholds = confidenceScale < 1 || choiceScale < 1;
                if (ownThresholds) {
                    // thresholds of its own: it answers, and offers choices for, no more of the held-out off-topic
                    // questions than the configured model does at the settings
                    index = index.scaled(confidenceScale, choiceScale);
                    log.info("FAQ model {} adapted to it ({}) answers at a confidence of {} and offers choices at {} "
                            + "(the configured model at {} and {}): at the configured ones it would answer {} of {} "
                            + "held-out off-topic questions, at its own no more than the configured model's {}",
                            base.name(), model.fingerprint(),
                            String.format(Locale.ROOT, "%.3f", check.answerThreshold()),
                            String.format(Locale.ROOT, "%.3f", check.clarifyThreshold()), properties.threshold(),
                            properties.clarifyThreshold(), check.answeredAdapted(), check.asked(),
                            check.answeredConfigured());
                } else if (!check.passed()) {
                    log.warn("FAQ model {} adapted to it ({}) served although it answers more off-topic questions: "
                            + "{} of {} held-out ones, the configured model {}", base.name(), model.fingerprint(),
                            check.answeredAdapted(), check.asked(), check.answeredConfigured());
                }
                Demotions demotions = negatives.embed(embedder);
                synchronized (retriever) { // FaqIndexing swaps under the same lock
                    if (version.current() != faqVersion) {
                        return Optional.empty();
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
            org.answerdesk.retrieval.adapt.NativeHeap.trim();
            log.info("FAQ served by {} adapted to it ({} {}, {} phrasings, {} ms)", base.name(),
                    model.trained() ? "trained" : "loaded", model.fingerprint(), index.phrasingCount(),
                    (System.nanoTime() - start) / 1_000_000);
            return Optional.empty();
        } catch (Exception | LinkageError e) {
            if (stopping.getAsBoolean() || e instanceof InterruptedIOException) {
                return Optional.empty(); // the bot is stopping
            }
            failed.increment();
            String reason = e instanceof TrainingProcess.Failure f ? f.reason().name()
                    : e instanceof EncoderTraining.Unsupported ? TrainingProcess.Reason.UNSUPPORTED.name() : "ERROR";
            meters.counter("answerdesk.faq.adaptation.failures", "reason",
                    reason.toLowerCase(Locale.ROOT).replace('_', '-')).increment();
            if (reason.equals(TrainingProcess.Reason.UNSUPPORTED.name())) {
                unsupported.add(base.name()); // the same file fails the same way: once per start
                log.warn("FAQ model {} answers as it is, not adapted to the FAQ: {} (ANSWERDESK_FAQ_ADAPT=false "
                        + "silences this; docs/language.md lists the models that adapt)", base.name(), e.getMessage());
                return Optional.empty();
            }
            // logged when failing starts or its reason changes; the model served keeps answering
            return Optional.of(backoff.failed(e));
        }
    }

    /**
     * The adapted model's index against the configured model's on the held-out off-topic questions: passed unless it
     * answers more of them beyond chance ({@link OffTopic.Check#answersMore}); refused when it did not pass and the
     * bot is set to refuse such a model.
     */
    private OffTopicRisk.ServeCheck check(String fingerprint, Embedder adapted, FaqIndex index) {
        FaqIndex frozen = FaqIndex.over(configured.dimensions(), repository.findAll(),
                repository.embeddedPhrasings(configured.modelName())).offTopic(offTopics.forIndex(configured)).build();
        OffTopic.Check check = OffTopic.check(offTopics.checkTexts(), frozen, offTopics.check(configured), index,
                offTopics.check(adapted), properties.threshold(), properties.clarifyThreshold());
        boolean passed = !check.answersMore();
        return new OffTopicRisk.ServeCheck(passed, passed || !properties.adaptRefuseOffTopic(), fingerprint,
                check.asked(), check.answeredConfigured(), check.answeredAdapted(), check.fittedThreshold(),
                check.fittedClarifyThreshold(), java.time.Instant.now());
    }

    /** The last adapted model's check against the configured model, if there was one. */
    Optional<OffTopicRisk.ServeCheck> lastCheck() {
        return Optional.ofNullable(lastCheck);
    }

    /** The running training process, if one runs. */
    Optional<ProcessHandle> training() {
        return models.training();
    }

    /** Ends a training under way (no orphan process). */
    void stop() {
        models.stop();
    }
}
