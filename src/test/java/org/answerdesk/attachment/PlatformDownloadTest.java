package org.answerdesk.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

/** Which URLs count as a platform's own hosts: the checks every download and redirect pass before a request. */
class PlatformDownloadTest {

    @Test
    void theSameOriginIsSchemeHostAndPortAndAnotherLoopbackPortIsAnotherHost() {
        String api = "http://localhost:8089/v21.0";
        assertThat(PlatformDownload.sameOrigin(URI.create("http://localhost:8089/whatsapp-media/1"), api)).isTrue();
        assertThat(PlatformDownload.sameOrigin(URI.create("http://LOCALHOST:8089/x"), api)).isTrue();
        assertThat(PlatformDownload.sameOrigin(URI.create("http://localhost:8080/actuator/health"), api)).isFalse();
        assertThat(PlatformDownload.sameOrigin(URI.create("https://localhost:8089/x"), api)).isFalse();
        assertThat(PlatformDownload.sameOrigin(URI.create("http://127.0.0.1:8089/x"), api)).isFalse();
        assertThat(PlatformDownload.sameOrigin(URI.create("http://localhost:8089@evil.example/x"), api)).isFalse();
        assertThat(PlatformDownload.sameOrigin(URI.create("https://graph.facebook.com/v21.0/1"),
                "https://graph.facebook.com/v21.0")).isTrue();
        assertThat(PlatformDownload.sameOrigin(URI.create("https://graph.facebook.com:443/1"),
                "https://graph.facebook.com/v21.0")).isTrue();
        assertThat(PlatformDownload.sameOrigin(URI.create("/relative"), api)).isFalse();
    }

    @Test
    void aDomainCoversItsSubdomainsOverHttpsOnItsDefaultPortOnly() {
        assertThat(PlatformDownload.httpsUnder(URI.create("https://files.slack.com/files-pri/T1-F1/a.png"),
                "slack.com")).isTrue();
        assertThat(PlatformDownload.httpsUnder(URI.create("https://lookaside.fbsbx.com/whatsapp_business/a"),
                "fbsbx.com")).isTrue();
        assertThat(PlatformDownload.httpsUnder(URI.create("http://files.slack.com/a"), "slack.com")).isFalse();
        assertThat(PlatformDownload.httpsUnder(URI.create("https://files.slack.com:8443/a"), "slack.com")).isFalse();
        assertThat(PlatformDownload.httpsUnder(URI.create("https://evilslack.com/a"), "slack.com")).isFalse();
        assertThat(PlatformDownload.httpsUnder(URI.create("https://files.slack.com.evil.example/a"), "slack.com"))
            .isFalse();
        assertThat(PlatformDownload.httpsUnder(URI.create("https://files.slack.com@evil.example/a"), "slack.com"))
            .isFalse();
    }
}
