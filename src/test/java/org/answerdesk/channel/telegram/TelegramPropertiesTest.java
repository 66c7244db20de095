package org.answerdesk.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class TelegramPropertiesTest {

    private static TelegramProperties withApiUrl(String url) {
        return new TelegramProperties("123:SECRET-TOKEN", url, null, "hook-secret", Duration.ofSeconds(50), true, 3,
                1000);
    }

    @Test
    void secretsAreNotInToString() {
        String text = withApiUrl("https://api.telegram.org").toString();
        assertThat(text).doesNotContain("SECRET-TOKEN", "hook-secret").contains("api.telegram.org");
    }

    @Test
    void theApiUrlBecomesTheLibrarysTelegramUrl() {
        var local = withApiUrl("http://localhost:8081").telegramUrl();
        assertThat(local.getSchema()).isEqualTo("http");
        assertThat(local.getHost()).isEqualTo("localhost");
        assertThat(local.getPort()).isEqualTo(8081);
        assertThat(withApiUrl("https://api.telegram.org").telegramUrl().getPort()).isEqualTo(443);
        assertThatThrownBy(() -> withApiUrl("https://example.com/telegram/api").telegramUrl())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scheme://host");
    }

    @Test
    void theQueueCapacityCannotBeZero() {
        assertThatThrownBy(() -> new TelegramProperties("123:T", "https://api.telegram.org", null, null,
                Duration.ofSeconds(50), true, 3, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("queue-capacity");
    }
}
