package org.answerdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** robots.txt as the crawler reads it. */
class RobotsTest {

    @Test
    void theLongestMatchingRuleOfTheRightGroupDecides() {
        Robots robots = Robots.parse("""
                User-agent: *
                Disallow: /
                
                User-agent: answerdesk
                Disallow: /private/
                Allow: /private/faq
                Disallow: /*.json$
                Crawl-delay: 2
                """, "answerdesk");

        assertThat(robots.allows("/returns")).isTrue();
        assertThat(robots.allows("/private/orders")).isFalse();
        assertThat(robots.allows("/private/faq")).isTrue();
        assertThat(robots.allows("/data.json")).isFalse();
        assertThat(robots.allows("/data.json?x=1")).isTrue();
        assertThat(robots.crawlDelay()).contains(Duration.ofSeconds(2));
    }

    @Test
    void otherwiseTheStarGroup() {
        Robots robots = Robots.parse("User-agent: googlebot\nDisallow: /\n\nUser-agent: *\nDisallow: /cart\n",
                "answerdesk");
        assertThat(robots.allows("/cart/1")).isFalse();
        assertThat(robots.allows("/shipping")).isTrue();
        assertThat(Robots.ALLOW_ALL.allows("/anything")).isTrue();
    }

    @Test
    void wildcardsMatchAsRfc9309ReadsThem() {
        assertThat(Robots.matches("/*.pdf$", "/docs/price-list.pdf")).isTrue();
        assertThat(Robots.matches("/*.pdf$", "/docs/price-list.pdf?v=2")).isFalse();
        assertThat(Robots.matches("/shop/*/cart", "/shop/eu/cart/1")).isTrue();
        assertThat(Robots.matches("/shop/*/cart", "/shop/cart")).isFalse();
        assertThat(Robots.matches("/a*b*a$", "/abba")).isTrue();
        assertThat(Robots.matches("/a*b*a$", "/abab")).isFalse();
        assertThat(Robots.matches("*", "/anything")).isTrue();
        assertThat(Robots.matches("/$", "/")).isTrue();
        assertThat(Robots.matches("/$", "/x")).isFalse();
    }

    /** Eight wildcards on a 60-character path that does not match took 17 s when each star backtracked. */
    @Test
    void manyWildcardsOnALongPathDoNotBacktrack() {
        Robots robots = Robots.parse("User-agent: *\nDisallow: /" + "*a".repeat(8) + "b\n", "answerdesk");
        assertThat(robots.allows("/" + "a".repeat(59))).isTrue();
        assertThat(robots.allows("/" + "a".repeat(59) + "b")).isFalse();
        // 40 stars on a 2000-character path: with backtracking this would not end while the test runs
        Robots deep = Robots.parse("User-agent: *\nDisallow: /" + "*a".repeat(40) + "b\n", "answerdesk");
        assertThat(deep.allows("/" + "a".repeat(2000))).isTrue();
    }

    @Test
    void aCrawlDelayIsCappedAndAMalformedOneIgnored() {
        assertThat(Robots.parse("User-agent: *\nCrawl-delay: 1e9\n", "answerdesk").crawlDelay())
                .contains(Robots.MAX_CRAWL_DELAY);
        assertThat(Robots.parse("User-agent: *\nCrawl-delay: Infinity\n", "answerdesk").crawlDelay())
                .contains(Robots.MAX_CRAWL_DELAY);
        assertThat(Robots.parse("User-agent: *\nCrawl-delay: 0.25\n", "answerdesk").crawlDelay())
                .contains(Duration.ofMillis(250));
        assertThat(Robots.parse("User-agent: *\nCrawl-delay: -3\n", "answerdesk").crawlDelay())
                .contains(Duration.ZERO);
        assertThat(Robots.parse("User-agent: *\nCrawl-delay: soon\n", "answerdesk").crawlDelay()).isEmpty();
    }
}
