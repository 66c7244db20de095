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
}
