package org.answerdesk.faq;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.util.ResourceUtils;

/**
 * At start: loads the sample FAQ into a database that never had one, then builds the in-memory index from the
 * stored vectors. It runs in the first lifecycle phase, before the web server and every channel's intake start, so
 * no message is taken before the pipeline can answer it from the FAQ (mail that piled up during a restart would
 * otherwise all be handed off). Phrasings without a vector (an import killed before the import was one unit, a
 * changed model) are embedded afterwards in the background, then the index is rebuilt; only when nothing is stored
 * to serve yet is the start held until they are embedded ({@link FaqIndexing#serveStored}).
 */
@Component
class FaqStartup implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FaqStartup.class);

    private final FaqIndexing indexing;
    private final FaqImport imports;
    private final FaqProperties properties;
    private final ResourceLoader resources;
    private final EntryLanguages languages;

    FaqStartup(FaqIndexing indexing, FaqImport imports, FaqProperties properties, ResourceLoader resources,
               EntryLanguages languages) {
        this.languages = languages;
        this.indexing = indexing;
        this.imports = imports;
        this.properties = properties;
        this.resources = resources;
    }

    private volatile boolean running;
    private final Backoff backoff = new Backoff("Embedding the FAQ's phrasings without a vector",
            java.time.InstantSource.system(), java.time.Duration.ofSeconds(5), java.time.Duration.ofMinutes(10), log);
    /** A new one at every start: a stopped context (a paused test context) may be started again. */
    private ScheduledExecutorService embedding;

    @Override
    public synchronized void start() {
        load();
        int missing = indexing.serveStored();
        embedding = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "faq-embedding");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        if (missing > 0) {
            log.info("Serving the FAQ's stored vectors; embedding {} phrasings without one in the background",
                    missing);
            ScheduledExecutorService worker = embedding;
            worker.execute(() -> embedMissing(worker));
        }
        running = true;
    }

    private void embedMissing(ScheduledExecutorService worker) {
        try {
            indexing.embedMissing();
            indexing.refresh();
            backoff.succeeded();
        } catch (RuntimeException e) {
            if (!worker.isShutdown()) {
                worker.schedule(() -> embedMissing(worker), backoff.failed(e).toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    @Override
    public synchronized void stop() {
        if (embedding != null) {
            embedding.shutdownNow();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MIN_VALUE; // first: the intakes and the web server (later phases) need the index
    }

    private void load() {
        if (properties.sample().isBlank()) {
            return;
        }
        // once only, by one of the instances starting together: an operator who deletes the sample entries does
        // not get them back on the next start
        int loaded = imports.loadSampleOnce(this::readSample);
        if (loaded > 0) {
            log.info("Loaded {} sample FAQ entries from {}", loaded, properties.sample());
        }
    }

    private List<FaqDraft> readSample() {
        var resource = sampleResource(resources, properties.sample());
        try (Reader in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            return FaqImporter.csv(in, languages.forImport(null));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the sample FAQ " + properties.sample(), e);
        }
    }

    /**
     * A location with a prefix ({@code classpath:}, {@code file:}) as Spring resolves it; a bare path is a file.
     * In a web application the resource loader would take a bare path for a servlet context resource, which an
     * executable jar never has.
     */
    static Resource sampleResource(ResourceLoader resources, String location) {
        return ResourceUtils.isUrl(location) ? resources.getResource(location) : new FileSystemResource(location);
    }
}
