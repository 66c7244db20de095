package org.answerdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** The crawler against {@link ShopSite}, without the app: rules, failures, conditional requests. */
// Two at a time (surefire's second thread, pom.xml): most of the class's time is waiting (the slow page's 8 s
// time-out, the 7 s budget, the crawl delays), not CPU, and each test has its own site, crawler and lists (a new
// instance per test). Every time asserted is a lower bound or a bound that only catches a hang.
@Execution(ExecutionMode.CONCURRENT)
class CrawlerTest {

    /** Only catches a hang: the crawls here take a second or two. */
    static final Duration HANG = Duration.ofSeconds(30);
    /**
     * The fetch time-out where a test reads the page that never answers; elsewhere it is {@link #HANG}. It applies to
     * every page of that crawl, so it is only what a hang takes: a first request to the site in a JVM on a busy
     * machine has taken more than 2 s. The test waits it out once, on that page.
     */
    static final Duration SLOW_PAGE = Duration.ofSeconds(8);
    /**
     * The pause between two page requests, from the crawler's side: each request goes out after the last
     * {@link Crawler.Sink#checkpoint} of the pause before it, which comes at least the delay after the request before.
     * As the site sees it, a gap can be a few milliseconds on a busy machine (a request reaching it late, the next
     * one on time), which tells nothing about the crawler.
     */
    static final long PAUSE_200_MS = 200_000_000L;

    final ShopSite site = newSite();
    final List<String> changed = new ArrayList<>();
    final List<String> unchanged = new ArrayList<>();
    /** For each page read, when the pause before it last asked the sink ({@link System#nanoTime}). */
    final List<Long> pausedUntil = new ArrayList<>();
    private long lastCheckpoint;
    final Map<URI, Crawler.Known> known = new HashMap<>();

    @AfterEach
    void close() {
        site.close();
    }

    @Test
    void readsTheSiteWithinItsRulesAndReportsEachBrokenPage() {
        // a page that never answers is given up after the fetch time-out: short here, the only test that waits for it
        var result = crawler(limits().timeout(SLOW_PAGE)).crawl(URI.create(site.url("/")), known, sink());

        assertThat(changed).containsExactlyInAnyOrder(site.url("/"), site.url("/classes"), site.url("/returns"),
                site.url("/old-page"), site.url("/price-list.pdf"), site.url("/cafe"));
        assertThat(result.errors()).hasSize(3).anySatisfy(e -> assertThat(e).startsWith("redirect loop"))
                .anySatisfy(e -> assertThat(e).contains("larger than 5000000 bytes"))
                .anySatisfy(e -> assertThat(e).startsWith("no answer from " + site.url("/slow")));
        assertThat(site.requested("/private/secret")).isZero();
    }

    @Test
    void aKnownPageIsAskedForConditionallyAndItsStoredLinksFollowed() {
        known.put(URI.create(site.url("/returns")), new Crawler.Known(
                new SafeFetcher.Validators(ShopSite.ETAG, ShopSite.MODIFIED), List.of()));
        crawler(true).crawl(URI.create(site.url("/sitemap.xml")).resolve("/returns"), known, sink());

        assertThat(unchanged).containsExactly(site.url("/returns"));
        assertThat(site.bodiesSent("/returns")).isZero();
    }

    @Test
    void refusesLoopbackUnlessPrivateAddressesAreAllowed() {
        var result = org.assertj.core.api.Assertions.catchThrowable(
                () -> crawler(false).crawl(URI.create(site.url("/")), known, sink()));
        assertThat(result).isInstanceOf(FetchException.class).hasMessageContaining("private or local address");
        assertThat(site.requested("/robots.txt")).isZero();
    }

    @Test
    void readsAtMostThePageCap() {
        var result = crawler(limits().pages(3)).crawl(URI.create(site.url("/chain/1")), known, sink());

        assertThat(changed).containsExactly(site.url("/chain/1"), site.url("/chain/2"), site.url("/chain/3"));
        assertThat(result.stopped()).isNull();
        assertThat(site.requested("/chain/4")).isZero();
    }

    @Test
    void followsLinksToTheDepthAndNoFurther() {
        crawler(limits().depth(2)).crawl(URI.create(site.url("/chain/1")), known, sink());

        assertThat(changed).containsExactly(site.url("/chain/1"), site.url("/chain/2"), site.url("/chain/3"));
        assertThat(site.requested("/chain/4")).isZero();
    }

    @Test
    void pausesTheDelayBetweenRequests() {
        crawler(limits().pages(4).delay(Duration.ofMillis(200))).crawl(URI.create(site.url("/chain/1")), known,
                sink());

        assertThat(changed).hasSize(4);
        assertPaused(gaps());
    }

    @Test
    void honoursTheCrawlDelayOfRobotsTxtWhenLongerThanTheDelay() {
        site.robots("User-agent: *\nCrawl-delay: 0.2\n");
        crawler(limits().pages(4)).crawl(URI.create(site.url("/chain/1")), known, sink());

        assertThat(changed).hasSize(4);
        assertPaused(gaps());
    }

    /** {@code Crawl-delay: 1e9} slept for ever: it is granted up to max-crawl-delay. */
    @Test
    void aCrawlDelayAboveTheCapWaitsTheCap() {
        site.robots("User-agent: *\nCrawl-delay: 1e9\n");
        assertTimeoutPreemptively(HANG, () -> crawler(limits().pages(3).crawlDelayCap(Duration.ofMillis(200)))
                .crawl(URI.create(site.url("/chain/1")), known, sink()));

        assertThat(changed).hasSize(3);
        assertThat(site.pageRequests()).hasSize(3);
        assertThat(gaps()).hasSize(2).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(PAUSE_200_MS));
    }

    /**
     * A deleted source's sync went on sleeping out the crawl delay; now the pause asks the sink every half second
     * whether to go on. Here the sink says no a second into the minute's wait before the first page.
     */
    @Test
    void aSyncNoLongerWantedStopsDuringThePause() {
        site.robots("User-agent: *\nCrawl-delay: 60\n");
        AtomicInteger asked = new AtomicInteger();
        var deletedSoon = new Crawler.Sink() {
            @Override
            public void changed(URI url, SafeFetcher.Fetched fetched, Extracted extracted) {
                changed.add(url.toString());
            }

            @Override
            public void unchanged(URI url) {
            }

            @Override
            public void failed(URI url, String reason) {
            }

            @Override
            public void checkpoint() {
                if (asked.incrementAndGet() > 2) {
                    throw new IllegalStateException("deleted");
                }
            }
        };
        Crawler crawler = crawler(limits());
        assertTimeoutPreemptively(HANG, () -> assertThatThrownBy(() -> crawler.crawl(URI.create(site.url("/chain/1")),
                known, deletedSoon)).hasMessage("deleted"));

        assertThat(changed).isEmpty();
        assertThat(site.pageRequests()).isEmpty();
    }

    @Test
    void stopsAtTheSourcesTextCapAndSaysSo() {
        var result = crawler(limits().sourceChars(120)).crawl(URI.create(site.url("/chain/1")), known, sink());

        assertThat(changed).containsExactly(site.url("/chain/1"), site.url("/chain/2"));
        assertThat(result.stopped()).contains("max-source-chars");
        assertThat(result.problems()).startsWith("stopped at 120 characters of text (max-source-chars) after 2 pages");
    }

    @Test
    void stopsAtTheTimeBudgetAndSaysSo() {
        // pages go out at 2, 4 and 6 s at the earliest, the fourth's pause would end past the budget: at most three
        // pages, and none only if the robots.txt and the first page took 5 s (a hang, not a busy machine: the
        // loaded runs' slowest first request to the site was about 3 s)
        var result = assertTimeoutPreemptively(HANG, () -> crawler(limits().delay(Duration.ofSeconds(2))
                .budget(Duration.ofSeconds(7))).crawl(URI.create(site.url("/chain/1")), known, sink()));

        assertThat(result.stopped()).contains("sync-budget");
        assertThat(changed).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(site.requested("/chain/4")).isZero();
    }

    private void assertPaused(List<Long> gaps) {
        assertThat(site.pageRequests()).hasSize(4);
        assertThat(gaps).hasSize(3).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(PAUSE_200_MS));
    }

    /** Gaps between the ends of the pauses before the pages read, in nanoseconds. */
    private List<Long> gaps() {
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < pausedUntil.size(); i++) {
            gaps.add(pausedUntil.get(i) - pausedUntil.get(i - 1));
        }
        return gaps;
    }

    /** The crawler's settings for a test; each method changes one. */
    private record Limits(boolean allowPrivate, int pages, int depth, Duration delay, Duration crawlDelayCap,
                          long sourceChars, Duration budget, Duration timeout) {

        Limits pages(int n) {
            return new Limits(allowPrivate, n, depth, delay, crawlDelayCap, sourceChars, budget, timeout);
        }

        Limits depth(int n) {
            return new Limits(allowPrivate, pages, n, delay, crawlDelayCap, sourceChars, budget, timeout);
        }

        Limits delay(Duration d) {
            return new Limits(allowPrivate, pages, depth, d, crawlDelayCap, sourceChars, budget, timeout);
        }

        Limits crawlDelayCap(Duration d) {
            return new Limits(allowPrivate, pages, depth, delay, d, sourceChars, budget, timeout);
        }

        Limits sourceChars(long n) {
            return new Limits(allowPrivate, pages, depth, delay, crawlDelayCap, n, budget, timeout);
        }

        Limits budget(Duration d) {
            return new Limits(allowPrivate, pages, depth, delay, crawlDelayCap, sourceChars, d, timeout);
        }

        Limits timeout(Duration d) {
            return new Limits(allowPrivate, pages, depth, delay, crawlDelayCap, sourceChars, budget, d);
        }

        KnowledgeProperties properties() {
            return new KnowledgeProperties(allowPrivate, pages, depth, delay, timeout, 5_000_000,
                    20_000_000, 10, Duration.ofHours(24), 0.8, 3, Duration.ofSeconds(5), "answerdesk", crawlDelayCap,
                    300_000, sourceChars, budget, 1);
        }
    }

    private static Limits limits() {
        return new Limits(true, 50, 3, Duration.ZERO, Duration.ofSeconds(60), 20_000_000, Duration.ofHours(1), HANG);
    }

    private Crawler crawler(boolean allowPrivate) {
        return crawler(new Limits(allowPrivate, 50, 3, Duration.ZERO, Duration.ofSeconds(60), 20_000_000,
                Duration.ofHours(1), HANG));
    }

    private Crawler crawler(Limits limits) {
        var properties = limits.properties();
        return new Crawler(new SafeFetcher(new AddressGuard(limits.allowPrivate()), properties.timeout(),
                properties.maxPageBytes(), properties.userAgent()), properties);
    }

    private Crawler.Sink sink() {
        return new Crawler.Sink() {
            @Override
            public void changed(URI url, SafeFetcher.Fetched fetched, Extracted extracted) {
                changed.add(url.toString());
                pausedUntil.add(lastCheckpoint);
            }

            @Override
            public void checkpoint() {
                lastCheckpoint = System.nanoTime();
            }

            @Override
            public void unchanged(URI url) {
                unchanged.add(url.toString());
            }

            @Override
            public void failed(URI url, String reason) {
            }
        };
    }

    private static ShopSite newSite() {
        try {
            return new ShopSite();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
