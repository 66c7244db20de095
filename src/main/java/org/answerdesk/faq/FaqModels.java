package org.answerdesk.faq;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.answerdesk.retrieval.AdaptedModel;
import org.answerdesk.retrieval.AdaptedModelStore;
import org.answerdesk.retrieval.BaseModel;
import org.answerdesk.retrieval.FaqEntry;
import org.answerdesk.retrieval.TrainingProcess;
import org.answerdesk.retrieval.adapt.EncoderTraining;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the model adapted to an FAQ state, once for all instances: the copy in this instance's data directory (stored
 * in the database too if it is not there), else
 * the one another instance stored in the database ({@link SharedModels}), else it trains it in a training process
 * of its own ({@link TrainingProcess}) while holding the database lease for it, and stores it there. When another
 * instance holds the lease, there is nothing yet: ask again later.
 */
final class FaqModels {

    private static final Logger log = LoggerFactory.getLogger(FaqModels.class);

    private final Path root;
    private final SharedModels shared;
    private final TrainingProcess training;
    private final String instance;
    private final Duration lease;

    /**
     * @param root      this instance's copies ({@code <data-dir>/adapted-models})
     * @param instance  the lease holder's name
     * @param timeLimit the training process's time limit; the lease lasts a minute longer
     */
    FaqModels(Path root, SharedModels shared, TrainingProcess training, String instance, Duration timeLimit) {
        this.root = root;
        this.shared = shared;
        this.training = training;
        this.instance = instance;
        this.lease = timeLimit.plusMinutes(1);
    }

    /**
     * Models kept under {@code root}, trained in processes working under {@code <data-dir>/adapt-work} (what a
     * killed bot left there is removed now).
     *
     * @param testSwitch a file whose content, while it exists, is the training processes' test switch (tests only)
     */
    static FaqModels create(Path dataDir, Path root, SharedModels shared, FaqProperties properties, String instance,
                            String testSwitch) {
        Path work = dataDir.resolve("adapt-work");
        try {
            AdaptedModelStore.deleteRecursively(work);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not remove {}: {}", work, e.toString());
        }
        var training = new TrainingProcess(new TrainingProcess.Settings(properties.adaptHeap(),
                properties.adaptNiceness(), properties.adaptTimeLimit(), work, () -> read(testSwitch)));
        return new FaqModels(root, shared, training, instance(instance), properties.adaptTimeLimit());
    }

    private static String read(String file) {
        try {
            return file.isBlank() || !Files.exists(Path.of(file)) ? "" : Files.readString(Path.of(file)).strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** The adapted model for these entries; empty while another instance trains it. */
    Optional<AdaptedModel> find(BaseModel base, List<FaqEntry> entries, Map<Long, List<String>> rejected,
                                List<String> notOurs, EncoderTraining.Options options) throws IOException {
        String fingerprint = AdaptedModel.fingerprint(base, entries, rejected, notOurs, options);
        Optional<AdaptedModel> here = AdaptedModel.stored(root, fingerprint, base);
        if (here.isPresent()) {
            share(here.get());
            return here;
        }
        if (shared.stored(fingerprint)) {
            return Optional.of(AdaptedModel.received(root, fingerprint, base, dir -> shared.load(fingerprint, dir)));
        }
        if (!shared.lease(fingerprint, instance, lease)) {
            log.debug("another instance is adapting the model to FAQ {}", fingerprint);
            return Optional.empty();
        }
        boolean stored = false;
        try {
            AdaptedModel model = AdaptedModel.trainOrLoad(root, base, entries, rejected, notOurs, options,
                    training);
            shared.store(fingerprint, model.dir());
            stored = true;
            return Optional.of(model);
        } finally {
            if (!stored) {
                shared.release(fingerprint, instance);
            }
        }
    }

    /**
     * Stores a model this instance has (trained before models were shared, or when storing it failed) in the
     * database, unless it is there or another instance is storing it; a failure leaves it unshared (logged).
     */
    private void share(AdaptedModel model) {
        String fingerprint = model.fingerprint();
        try {
            if (!shared.stored(fingerprint) && shared.lease(fingerprint, instance, lease)) {
                try {
                    shared.store(fingerprint, model.dir());
                } catch (RuntimeException e) {
                    shared.release(fingerprint, instance);
                    throw e;
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not store the adapted model {} in the database for the other instances: {}",
                    fingerprint, e.toString());
        }
    }

    /** The running training process, if one runs. */
    Optional<ProcessHandle> training() {
        return training.running();
    }

    /** Ends the running training, if any (the bot is stopping). */
    void stop() {
        training.stop();
    }

    /** {@code ANSWERDESK_INSTANCE_ID}, or host name and process id (as the pollers' leases name an instance). */
    static String instance(String configured) {
        if (!configured.isBlank()) {
            return configured;
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + ":" + ProcessHandle.current().pid();
    }
}
