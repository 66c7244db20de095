package org.answerdesk.knowledge;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.Passage;
import org.answerdesk.retrieval.PassageVectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads due sources on threads of their own ({@code sync-threads}), never on a request or answer thread: a source is
 * leased in the database first, so one instance reads it at a time, and a slow source holds back no other. Pages
 * are embedded once and stored with their vectors, those with text planted for the bot held for the owner's
 * review ({@link HeldPassages}); at the end the pages the site no longer has are deleted and
 * every instance reloads. Whatever a source throws, {@link Error}s too, ends its sync as FAILED with the reason; a
 * source deleted meanwhile stops its sync at the next page or pause.
 */
@Component
class KnowledgeSync {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeSync.class);
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final SourceSyncs syncs;
    private final KnowledgeSearch search;
    private final StalePassages stale;
    private final HeldPassages held;
    private final Embedder embedder;
    private final KnowledgeProperties properties;
    private final MeterRegistry meters;
    private final String owner = UUID.randomUUID().toString();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicBoolean reembedding = new AtomicBoolean();
    private final ExecutorService workers;

    KnowledgeSync(SourceSyncs syncs, KnowledgeSearch search, StalePassages stale, HeldPassages held,
                  Embedder embedder, KnowledgeProperties properties, MeterRegistry meters) {
        this.syncs = syncs;
        this.held = held;
        this.search = search;
        this.stale = stale;
        this.embedder = embedder;
        this.properties = properties;
        this.meters = meters;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(properties.syncThreads(), r -> {
            Thread t = new Thread(r, "knowledge-sync-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts reading due sources in the background on each sync thread not at it already. */
    @Scheduled(fixedDelayString = "${answerdesk.knowledge.sync-interval:5s}")
    void kick() {
        for (int now = running.get(); now < properties.syncThreads(); now = running.get()) {
            if (running.compareAndSet(now, now + 1)) {
                workers.execute(() -> {
                    try {
                        drain();
                    } finally {
                        running.decrementAndGet();
                    }
                });
            }
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    private void drain() {
        try {
            if (reembedding.compareAndSet(false, true)) {
                try {
                    reembed();
                } finally {
                    reembedding.set(false);
                }
            }
            for (var source = syncs.claimDue(owner, LEASE, properties.resync()); source.isPresent();
                 source = syncs.claimDue(owner, LEASE, properties.resync())) {
                sync(source.get());
            }
        } catch (RuntimeException | Error e) {
            log.warn("Knowledge sync stopped: {}", e.toString());
        }
    }

    private void reembed() {
        int reembedded = stale.reembed();
        if (reembedded > 0) {
            log.info("Knowledge: {} stored passages embedded again with {}", reembedded, embedder.modelName());
            search.refresh();
        }
    }

    private void sync(SourceSyncs.SourceRow source) {
        OffsetDateTime started = OffsetDateTime.now();
        long start = System.nanoTime();
        try {
            String problems = source.kind().equals("SITE") ? site(source) : file(source);
            // the passages answer here before the source says it was read: an owner (or a test) who asks at once
            // is answered from them, whatever reload another change started meanwhile
            search.refresh();
            syncs.finish(source.id(), owner, true, problems, started);
            meters.counter("answerdesk.knowledge.syncs", "outcome", "ok").increment();
            log.info("Knowledge source {} read in {} ms{}", source.id(), (System.nanoTime() - start) / 1_000_000,
                    problems == null ? "" : "; " + problems);
        } catch (FetchException e) {
            syncs.finish(source.id(), owner, false, e.getMessage(), started);
            meters.counter("answerdesk.knowledge.syncs", "outcome", "failed").increment();
            log.info("Knowledge source {} not read: {}", source.id(), e.getMessage());
        } catch (SyncStopped e) {
            meters.counter("answerdesk.knowledge.syncs", "outcome", "stopped").increment();
            log.info("Knowledge source {}: sync stopped, {}", source.id(), e.getMessage());
        } catch (RuntimeException | Error e) {
            // an Error too: a parser's StackOverflowError must not leave the source SYNCING with no reason shown
            syncs.finish(source.id(), owner, false, "internal error (" + e.getClass().getSimpleName()
                    + "), see the log", started);
            meters.counter("answerdesk.knowledge.syncs", "outcome", "error").increment();
            log.warn("Knowledge source {} failed", source.id(), e);
        }
        search.refresh();
    }

    /** Reads a website; the pages that failed, as one line for the owner, or null when none did. */
    private String site(SourceSyncs.SourceRow source) {
        SafeFetcher fetcher = new SafeFetcher(new AddressGuard(properties.allowPrivateAddresses()),
                properties.timeout(), properties.maxPageBytes(), properties.userAgent());
        Set<String> gone = new HashSet<>();
        var result = new Crawler(fetcher, properties).crawl(URI.create(source.url()),
                syncs.knownPages(source.id()), new Crawler.Sink() {
                    @Override
                    public void changed(URI url, SafeFetcher.Fetched fetched, Extracted extracted) {
                        store(source.id(), url.toString(), extracted, url.toString(), fetched.etag(),
                                fetched.lastModified(), extracted.links());
                    }

                    @Override
                    public void unchanged(URI url) {
                        renew(source.id());
                    }

                    @Override
                    public void failed(URI url, String reason) {
                        log.info("Knowledge source {}: {} not read: {}", source.id(), url, reason);
                        if (reason.startsWith("HTTP 404") || reason.startsWith("HTTP 410")) {
                            gone.add(url.toString());
                        }
                        renew(source.id());
                    }

                    @Override
                    public void checkpoint() {
                        renew(source.id());
                    }
                });
        if (result.reached().isEmpty()) {
            throw new FetchException("no page could be read (robots.txt may disallow them)");
        }
        if (result.stopped() == null) {  // a crawl cut short has not seen the pages it did not reach
            Set<String> kept = new HashSet<>();
            result.reached().forEach(u -> kept.add(u.toString()));
            kept.removeAll(gone);
            int removed = syncs.deletePagesExcept(source.id(), kept);
            if (removed > 0) {
                log.info("Knowledge source {}: {} pages no longer on the site removed", source.id(), removed);
            }
        }
        return result.problems();
    }

    private String file(SourceSyncs.SourceRow source) {
        var kind = Documents.kind(source.contentType(), source.fileName())
                .orElseThrow(() -> new FetchException(source.fileName() + " is not Markdown, HTML, PDF or text"));
        String url = source.url() == null ? "" : source.url();
        Extracted extracted = Documents.read(kind, source.content(), source.contentType(), source.fileName(), url,
                properties.maxPdfPages());
        String key = "upload:" + source.fileName();
        store(source.id(), key, extracted, url, null, null, List.of());
        syncs.deletePagesExcept(source.id(), Set.of(key));
        return extracted.sections().isEmpty() ? "the file has no text" : null;
    }

    private void store(long sourceId, String key, Extracted extracted, String url, String etag, String lastModified,
                       List<URI> links) {
        List<SourceSyncs.NewPassage> passages = new ArrayList<>();
        String title = extracted.title().isBlank() ? url : extracted.title();
        HeldPassages.Screen screen = held.screen(sourceId, key);
        for (var piece : extracted.pieces(url)) {
            Passage p = new Passage(0, title, piece.headings(), piece.url(), piece.text());
            float[][] vectors = embedder.embedAll(PassageVectors.texts(p)).toArray(float[][]::new);
            var verdict = screen.check(p);
            passages.add(new SourceSyncs.NewPassage(title, piece.headings(), piece.url(), piece.text(),
                    vectors, verdict.held(), verdict.review()));
        }
        syncs.savePage(sourceId, key, title, etag, lastModified, links, passages, embedder.modelName());
        renew(sourceId);
    }

    private void renew(long sourceId) {
        if (!syncs.renew(sourceId, owner, LEASE)) {
            throw new SyncStopped("the source was deleted or taken over by another instance");
        }
    }

    /** The sync of a source is no longer this instance's to finish. */
    private static final class SyncStopped extends RuntimeException {
        SyncStopped(String reason) {
            super(reason);
        }
    }
}
