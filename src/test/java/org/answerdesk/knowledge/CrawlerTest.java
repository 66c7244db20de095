package org.answerdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The crawler against {@link ShopSite}, without the app: rules, failures, conditional requests. */
class CrawlerTest {

    final ShopSite site = newSite();
    final List<String> changed = new ArrayList<>();
    final List<String> unchanged = new ArrayList<>();
    final Map<URI, Crawler.Known> known = new HashMap<>();

    @AfterEach
    void close() {
        site.close();
    }

    @Test
    void readsTheSiteWithinItsRulesAndReportsEachBrokenPage() {
        var result = crawler(true).crawl(URI.create(site.url("/")), known, sink());

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

    private Crawler crawler(boolean allowPrivate) {
        var properties = new KnowledgeProperties(allowPrivate, 50, 3, Duration.ZERO, Duration.ofSeconds(2), 5_000_000,
                20_000_000, 10, Duration.ofHours(24), 0.8, 3, Duration.ofSeconds(5), "answerdesk");
        return new Crawler(new SafeFetcher(new AddressGuard(allowPrivate), properties.timeout(),
                properties.maxPageBytes(), properties.userAgent()), properties);
    }

    private Crawler.Sink sink() {
        return new Crawler.Sink() {
            @Override
            public void changed(URI url, SafeFetcher.Fetched fetched, Extracted extracted) {
                changed.add(url.toString());
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
