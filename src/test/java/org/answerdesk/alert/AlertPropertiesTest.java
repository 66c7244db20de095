package org.answerdesk.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class AlertPropertiesTest {

    static AlertProperties of(String url, String secret) {
        return new AlertProperties(url, secret, null, 12, Duration.ofSeconds(2), Duration.ofMinutes(10),
                Duration.ofSeconds(60), Duration.ofSeconds(10));
    }

    @Test
    void aWebhookNeedsAnHttpAddressAndASecretWhichIsNeverShown() {
        assertThatThrownBy(() -> of("https://hooks.example/x", " ")).hasMessageContaining("WEBHOOK_SECRET");
        assertThatThrownBy(() -> of("ftp://hooks.example/x", "s")).hasMessageContaining("http(s)");
        assertThatThrownBy(() -> of("not a url", "s")).hasMessageContaining("http(s)");
        assertThat(of("https://hooks.example/x", "top-secret").toString()).doesNotContain("top-secret");
        assertThat(of(" ", null).webhookUrl()).isNull();
    }

    @Test
    void theBackOffDoublesUpToItsLimit() {
        var p = of(null, null);
        assertThat(p.backoff(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(p.backoff(3)).isEqualTo(Duration.ofSeconds(8));
        assertThat(p.backoff(30)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void theSignatureIsTheHmacOfTheBodyAReceiverComputes() {
        // RFC 4231 test case 2
        assertThat(AlertWebhook.sign("Jefe".getBytes(), "what do ya want for nothing?".getBytes()))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }
}
