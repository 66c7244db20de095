package org.answerdesk.knowledge;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads one website within its own origin: the pages of its sitemap when the source URL is a sitemap, else the
 * pages reached by links from the start URL up to the depth; robots.txt is honoured, at most the page cap is read,
 * with the politeness delay between requests. A page read before is asked for conditionally; unchanged, its stored
 * links are followed. A failing page is reported and the crawl goes on; a failing start is a {@link FetchException}.
 * The crawl stops early, saying why, at the sync's time budget or the source's text cap; {@link Sink#checkpoint}
 * is asked between pages and during every pause whether the sync is still wanted.
 */
final class Crawler {

    private static final int MAX_SITEMAPS = 20;
    private static final long PAUSE_SLICE_MS = 500;
    private static final String SKIPPED = "(?i).*\\.(png|jpe?g|gif|webp|svg|ico|css|js|zip|gz|mp[34]|mov|avi|woff2?)$";

    /** A page read before: its validators and links. */
    record Known(SafeFetcher.Validators validators, List<URI> links) {
    }

    /** Receives every page as it is read. */
    interface Sink {
        void changed(URI url, SafeFetcher.Fetched fetched, Extracted extracted);

        void unchanged(URI url);

        void failed(URI url, String reason);

        /** Throws when the sync is to stop now (its source was deleted or taken over). */
        default void checkpoint() {
        }
    }

    /**
     * The URLs seen this time (read, unchanged or failed) and the failures' reasons; {@code stopped} says why the
     * crawl ended before it had read the site (null when it did not).
     */
    record Result(Set<URI> reached, List<String> errors, String stopped) {

        /** What went wrong, as one line for the owner; null when nothing did. */
        String problems() {
            List<String> problems = new ArrayList<>();
            if (stopped != null) {
                problems.add(stopped + " after " + reached.size() + " pages");
            }
            if (!errors.isEmpty()) {
                problems.add(errors.size() + " of " + reached.size() + " pages could not be read: "
                        + String.join("; ", errors.subList(0, Math.min(3, errors.size())))
                        + (errors.size() > 3 ? "; …" : ""));
            }
            return problems.isEmpty() ? null : String.join("; ", problems);
        }
    }

    private record Visit(URI url, int depth) {
    }

    private final SafeFetcher fetcher;
    private final KnowledgeProperties properties;
    private long lastRequest;
    private long deadline;
    private Sink sink;

    Crawler(SafeFetcher fetcher, KnowledgeProperties properties) {
        this.fetcher = fetcher;
        this.properties = properties;
    }

    Result crawl(URI source, Map<URI, Known> known, Sink sink) {
        this.sink = sink;
        this.deadline = System.nanoTime() + properties.syncBudget().toNanos();
        this.lastRequest = System.nanoTime();
        URI start = Documents.withoutFragment(source.normalize());
        Robots robots = robots(start);
        Duration asked = robots.crawlDelay().map(d -> d.compareTo(properties.maxCrawlDelay()) > 0
                ? properties.maxCrawlDelay() : d).orElse(Duration.ZERO);
        Duration delay = asked.compareTo(properties.delay()) > 0 ? asked : properties.delay();
        boolean sitemap = start.getPath() != null && start.getPath().toLowerCase().endsWith(".xml");
        Deque<Visit> queue = new ArrayDeque<>();
        if (sitemap) {
            sitemapPages(start, delay).forEach(page -> queue.add(new Visit(page, 1)));
        } else {
            queue.add(new Visit(start, 0));
        }
        Set<URI> reached = new LinkedHashSet<>();
        Set<URI> queued = new HashSet<>();
        queue.forEach(v -> queued.add(v.url));
        List<String> errors = new ArrayList<>();
        long chars = 0;
        String stopped = null;
        while (!queue.isEmpty() && reached.size() < properties.maxPages()) {
            Visit visit = queue.poll();
            URI url = visit.url;
            int depth = visit.depth;
            if (!robots.allows(pathOf(url))) {
                continue;
            }
            if (chars >= properties.maxSourceChars()) {
                stopped = "stopped at " + properties.maxSourceChars() + " characters of text (max-source-chars)";
                break;
            }
            Known before = known.get(url);
            List<URI> links;
            try {
                if (!pause(delay)) {
                    stopped = "stopped after the time budget of " + properties.syncBudget() + " (sync-budget)";
                    break;
                }
                var fetched = fetcher.get(url, before == null ? SafeFetcher.Validators.NONE : before.validators());
                reached.add(url);
                if (fetched.notModified() && before != null) {
                    sink.unchanged(url);
                    links = before.links();
                } else {
                    var kind = Documents.kind(fetched.contentType(), url.getPath());
                    if (kind.isEmpty()) {
                        throw new FetchException(url + " is " + (fetched.contentType().isEmpty() ? "of no type"
                                : fetched.contentType()) + ", not a page or a document");
                    }
                    Extracted extracted = Documents.read(kind.get(), fetched.body(), fetched.contentType(),
                            url.getPath(), url.toString(), properties.maxPdfPages(), properties.maxPageChars())
                            .cut((int) Math.min(Integer.MAX_VALUE, properties.maxSourceChars() - chars));
                    chars += extracted.chars();
                    sink.changed(url, fetched, extracted);
                    links = extracted.links();
                }
            } catch (FetchException e) {
                if (url.equals(start) && !sitemap) {
                    throw e;
                }
                reached.add(url);
                errors.add(e.getMessage());
                sink.failed(url, e.getMessage());
                continue;
            }
            if (sitemap || depth >= properties.maxDepth()) {
                continue;
            }
            for (URI link : links) {
                URI next = Documents.withoutFragment(link.normalize());
                if (sameOrigin(start, next) && !next.getPath().matches(SKIPPED) && queued.add(next)) {
                    queue.add(new Visit(next, depth + 1));
                }
            }
        }
        return new Result(reached, errors, stopped);
    }

    private Robots robots(URI start) {
        try {
            var fetched = fetcher.get(start.resolve("/robots.txt"), SafeFetcher.Validators.NONE);
            lastRequest = System.nanoTime();
            return Robots.parse(new String(fetched.body(), StandardCharsets.UTF_8), properties.userAgent());
        } catch (FetchException e) {
            if (e.getMessage().startsWith("HTTP 4")) {
                return Robots.ALLOW_ALL;  // no robots.txt: everything may be read
            }
            throw new FetchException("robots.txt could not be read: " + e.getMessage());
        }
    }

    private List<URI> sitemapPages(URI sitemap, Duration delay) {
        List<URI> pages = new ArrayList<>();
        Deque<URI> maps = new ArrayDeque<>(List.of(sitemap));
        int read = 0;
        while (!maps.isEmpty() && read++ < MAX_SITEMAPS) {
            URI map = maps.poll();
            if (!pause(delay)) {
                break;
            }
            var parsed = Sitemap.parse(fetcher.get(map, SafeFetcher.Validators.NONE).body(), map);
            parsed.pages().stream().map(u -> Documents.withoutFragment(u.normalize()))
                    .filter(u -> sameOrigin(sitemap, u)).distinct().forEach(pages::add);
            parsed.sitemaps().stream().filter(u -> sameOrigin(sitemap, u)).forEach(maps::add);
        }
        return pages.stream().distinct().toList();
    }

    /**
     * Waits out the politeness delay since the last request, in slices that ask the sink whether to go on; false
     * when the wait would end past the time budget.
     */
    private boolean pause(Duration delay) {
        long until = lastRequest + delay.toNanos();
        if (until - deadline > 0 || System.nanoTime() - deadline > 0) {
            return false;
        }
        for (long wait = until - System.nanoTime(); wait > 0; wait = until - System.nanoTime()) {
            sink.checkpoint();
            try {
                Thread.sleep(Math.min(PAUSE_SLICE_MS, Math.max(1, wait / 1_000_000)));  // politeness, on the sync thread
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException("interrupted");
            }
        }
        sink.checkpoint();
        lastRequest = System.nanoTime();
        return true;
    }

    static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost() != null
                && a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b);
    }

    private static int port(URI u) {
        return u.getPort() != -1 ? u.getPort() : Objects.equals(u.getScheme(), "https") ? 443 : 80;
    }

    private static String pathOf(URI u) {
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        return u.getRawQuery() == null ? path : path + "?" + u.getRawQuery();
    }
}
