package org.answerdesk.channel.email;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.answerdesk.channel.ChannelSecrets;
import org.answerdesk.conversation.Channel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The access token against a stand-in token endpoint (WireMock): when it is refreshed, and what a refusal says. */
class AccessTokensTest {

    private static final WireMockServer ENDPOINT = new WireMockServer(wireMockConfig().dynamicPort());

    private final Hand clock = new Hand();
    private final Map<String, String> stored = new HashMap<>();

    @BeforeAll
    static void start() {
        ENDPOINT.start();
    }

    @AfterAll
    static void stop() {
        ENDPOINT.stop();
    }

    @BeforeEach
    void reset() {
        ENDPOINT.resetAll();
    }

    static EmailProperties properties(String tokenUrl, String refreshToken) {
        return properties(tokenUrl, refreshToken, Map.of());
    }

    static EmailProperties properties(String tokenUrl, String refreshToken, Map<String, String> more) {
        var map = new HashMap<String, String>();
        map.put("imap-host", "127.0.0.1");
        map.put("smtp-host", "127.0.0.1");
        map.put("oauth-provider", "microsoft");
        map.put("imap-username", "desk@shop.test");
        map.put("oauth-token-url", tokenUrl);
        map.put("oauth-client-id", "client-1");
        map.put("oauth-client-secret", "client-secret-1");
        if (refreshToken != null) {
            map.put("oauth-refresh-token", refreshToken);
        }
        map.putAll(more);
        return new Binder(new MapConfigurationPropertySource(prefixed(map))).bindOrCreate("answerdesk.mail",
                EmailProperties.class);
    }

    private static Map<String, String> prefixed(Map<String, String> map) {
        var out = new HashMap<String, String>();
        map.forEach((k, v) -> out.put("answerdesk.mail." + k, v));
        return out;
    }

    private AccessTokens tokens(String refreshToken) {
        return tokens(properties(ENDPOINT.baseUrl() + "/token", refreshToken));
    }

    private AccessTokens tokens(EmailProperties p) {
        return new AccessTokens(new TokenEndpoint(p.effectiveTokenUrl(), p.oauthClientId(), p.oauthClientSecret(),
                // a bound that only catches a hang: the local endpoint answers at once, but a busy CI machine can
                // hold the first request for seconds
                Duration.ofSeconds(60)), p, Optional.of(new MemorySecrets()), clock);
    }

    private static void grants(String refreshToken, String accessToken, String renewedRefreshToken) {
        ENDPOINT.stubFor(post(urlPathEqualTo("/token")).withRequestBody(containing("refresh_token=" + refreshToken))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"token_type":"Bearer","access_token":"%s","expires_in":3600%s}""".formatted(accessToken,
                        renewedRefreshToken == null ? "" : ",\"refresh_token\":\"" + renewedRefreshToken + "\""))));
    }

    @Test
    void aTokenIsUsedUntilShortlyBeforeItExpiresThenRefreshed() throws Exception {
        grants("rt-1", "at-1", null);
        var tokens = tokens("rt-1");

        assertThat(tokens.current()).isEqualTo("at-1");
        clock.advance(Duration.ofHours(1).minus(AccessTokens.EARLY).minusSeconds(1));
        assertThat(tokens.current()).isEqualTo("at-1");
        ENDPOINT.verify(1, postRequestedFor(urlPathEqualTo("/token")));
        ENDPOINT.verify(postRequestedFor(urlPathEqualTo("/token")).withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("client_id=client-1")).withRequestBody(containing("client_secret=client-secret-1")));

        grants("rt-1", "at-2", null);
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.current()).isEqualTo("at-2");
        ENDPOINT.verify(2, postRequestedFor(urlPathEqualTo("/token")));
    }

    @Test
    void aRefusedTokenIsRenewedOnceThoughSeveralSendersSawItRefused() throws Exception {
        grants("rt-1", "at-1", null);
        var tokens = tokens("rt-1");
        String refused = tokens.current();

        grants("rt-1", "at-2", null);
        assertThat(tokens.renewed(refused)).isEqualTo("at-2");
        assertThat(tokens.renewed(refused)).as("a second sender refused the same token").isEqualTo("at-2");
        ENDPOINT.verify(2, postRequestedFor(urlPathEqualTo("/token")));
    }

    @Test
    void aRenewedRefreshTokenIsStoredAndWinsOverTheConfiguredOne() throws Exception {
        grants("rt-1", "at-1", "rt-2");
        var tokens = tokens("rt-1");
        tokens.current();
        assertThat(stored).containsEntry("EMAIL/" + AccessTokens.storedName(properties(ENDPOINT.baseUrl()
                + "/token", null)), "rt-2");

        grants("rt-2", "at-2", null);
        assertThat(tokens.renewed("at-1")).isEqualTo("at-2");
    }

    /**
     * A stolen admin session changes where the token would go: another token endpoint, IMAP or SMTP host (or port,
     * or security), tenant or provider. The token stored by the owner's sign-in is not found, and nothing is sent.
     */
    @Test
    void aStoredTokenIsUsedOnlyWithTheSettingsItWasGrantedUnder() throws Exception {
        String url = ENDPOINT.baseUrl() + "/token";
        stored.put("EMAIL/" + AccessTokens.storedName(properties(url, null)), "rt-signed-in");
        grants("rt-signed-in", "at-1", null);
        assertThat(tokens(properties(url, null)).current()).isEqualTo("at-1");
        ENDPOINT.resetRequests();

        List<EmailProperties> elsewhere = List.of(properties(url + "/../evil", null),
                properties(url, null, Map.of("imap-host", "imap.attacker.example")),
                properties(url, null, Map.of("smtp-host", "SMTP.attacker.example")),
                properties(url, null, Map.of("imap-port", "1993")),
                properties(url, null, Map.of("smtp-security", "NONE")),
                properties(url, null, Map.of("imap-username", "other@shop.test")),
                properties(url, null, Map.of("oauth-tenant", "attacker.example")),
                properties(url, null, Map.of("oauth-provider", "google")),
                properties(url, null, Map.of("oauth-client-id", "client-2")));
        for (EmailProperties p : elsewhere) {
            assertThat(AccessTokens.storedName(p)).isNotEqualTo(AccessTokens.storedName(properties(url, null)));
            assertThatThrownBy(tokens(p)::current).as(p.toString()).isInstanceOfSatisfying(
                    MailSignInException.class, e -> assertThat(e.getMessage()).contains("sign in"));
        }
        ENDPOINT.verify(0, postRequestedFor(urlPathEqualTo("/token")));
        assertThat(AccessTokens.storedName(properties(url, null, Map.of("imap-host", " 127.0.0.1 "))))
                .as("the same host written otherwise").isEqualTo(AccessTokens.storedName(properties(url, null)));
    }

    @Test
    void aRevokedRefreshTokenSaysSoWithoutAnyToken() {
        ENDPOINT.stubFor(post(urlPathEqualTo("/token")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error":"invalid_grant","error_description":"AADSTS70000: The refresh token was revoked."}""")));
        var tokens = tokens("rt-secret-1");

        assertThatThrownBy(tokens::current).isInstanceOfSatisfying(MailSignInException.class, e -> {
            assertThat(e.permanent()).isTrue();
            assertThat(e.getMessage()).contains("invalid_grant", "refresh token was revoked", "sign in to the mailbox again")
                    .doesNotContain("rt-secret-1", "client-secret-1");
        });
    }

    @Test
    void anEndpointDownIsATransientFailure() {
        ENDPOINT.stubFor(post(urlPathEqualTo("/token")).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(tokens("rt-1")::current).isInstanceOfSatisfying(MailSignInException.class,
                e -> assertThat(e.permanent()).isFalse());
    }

    @Test
    void withoutARefreshTokenTheOwnerIsToldToSignIn() {
        assertThatThrownBy(tokens((String) null)::current).isInstanceOfSatisfying(MailSignInException.class, e -> {
            assertThat(e.permanent()).isTrue();
            assertThat(e.getMessage()).contains("sign in to it from the admin page");
        });
        ENDPOINT.verify(0, postRequestedFor(urlPathEqualTo("/token")));
    }

    private final class MemorySecrets implements ChannelSecrets {
        @Override
        public boolean available() {
            return true;
        }

        @Override
        public void put(Channel channel, String name, String value) {
            stored.put(channel + "/" + name, value);
        }

        @Override
        public Optional<String> get(Channel channel, String name) {
            return Optional.ofNullable(stored.get(channel + "/" + name));
        }
    }

    static final class Hand extends Clock {
        private Instant now = Instant.parse("2026-11-26T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }
}
