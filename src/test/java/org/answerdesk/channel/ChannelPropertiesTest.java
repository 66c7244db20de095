package org.answerdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ChannelPropertiesTest {

    @Test
    void backoffDoublesUpToTheCap() {
        var p = new ChannelProperties(12, Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(60),
                Duration.ofMinutes(2), Duration.ofSeconds(5));
        assertThat(p.backoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(p.backoff(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(p.backoff(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(p.backoff(5)).isEqualTo(Duration.ofSeconds(10));
        assertThat(p.backoff(60)).isEqualTo(Duration.ofSeconds(10));
    }
}
