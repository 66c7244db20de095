package org.answerdesk.channel.setup;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.answerdesk.AnswerdeskApplication;
import org.answerdesk.Await;
import org.answerdesk.HttpApi;
import org.answerdesk.ReadsTheLog;
import org.answerdesk.channel.email.TestMailServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;

/**
 * A Microsoft 365 mailbox connected from the admin page by signing in (OAuth2 authorization code with PKCE), without
 * a password: GreenMail speaks XOAUTH2 (it takes the access token as the user's password), WireMock stands in for
 * the provider's token endpoint, and the test plays the provider's redirect back. Same context as {@link ChannelsIT}
 * and {@link MailboxChannelIT} (no mailbox in the environment, a secret key set): no app of its own.
 */
@ReadsTheLog
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ChannelsIT.Settings.class)
@ExtendWith(OutputCaptureExtension.class)
class MailboxSignInIT {

    private static final WireMockServer PROVIDER = ProviderStandIn.TOKENS;
    private static final Pattern BACK = Pattern.compile("href=\"/admin\\?sign_in=([A-Za-z0-9_-]+)&amp;channel=email#/channels\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.core.env.Environment environment;
    private HttpApi api;
    private final String n = UUID.randomUUID().toString().substring(0, 8);
    private final String address = "signed-in-" + n + "@channels.test";
    private final String clientSecret = "client-secret-" + n;
    private final String refresh = "refresh-" + n;

    @BeforeEach
    void disconnected() {
        api = new HttpApi(port);
        api.delete("/api/channels/email", HttpApi.ADMIN);
        jdbc.sql("delete from channel_setting").update();
        PROVIDER.resetAll();
        Await.await(this::email, e -> e.get("state").asString().equals("NOT_CONFIGURED"), "email stopped");
    }

    /** The form as an owner fills it in to sign in: the servers, the mailbox, their app; no password. */
    private String form() {
        return json("imap_host", "127.0.0.1", "imap_port", Integer.toString(TestMailServer.MAIL.getImap().getPort()),
                "imap_ssl", "false", "imap_username", address, "smtp_host", "127.0.0.1",
                "smtp_port", Integer.toString(TestMailServer.MAIL.getSmtp().getPort()), "smtp_security", "NONE",
                "oauth_provider", "microsoft", "oauth_tenant", "contoso.example", "oauth_client_id", "client-" + n,
                "oauth_client_secret", clientSecret);
    }

    @Test
    void aMailboxSignedInFromThePageAnswersWithRefreshedTokensAndIsForgottenOnDisconnect(CapturedOutput log)
            throws Exception {
        TestMailServer.MAIL.setUser(address, address, "access-1-" + n);
        grants("grant_type=authorization_code", "access-1-" + n, refresh);
        grants("refresh_token=" + refresh, "access-1-" + n, null);

        // not without a sign-in: no password and no refresh token yet
        var unsigned = api.put("/api/channels/email", form(), HttpApi.ADMIN);
        assertThat(unsigned.status()).as(unsigned.body()).isEqualTo(400);
        assertThat(unsigned.json().get("error").asString()).contains("no OAuth refresh token", "sign in");

        UriComponents authorize = begin();
        assertThat(authorize.getHost()).isEqualTo("login.microsoftonline.com");
        assertThat(authorize.getPath()).isEqualTo("/contoso.example/oauth2/v2.0/authorize");
        var query = authorize.getQueryParams();
        assertThat(query.getFirst("client_id")).isEqualTo("client-" + n);
        assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(decoded(query.getFirst("scope"))).contains("offline_access", "IMAP.AccessAsUser.All", "SMTP.Send");
        assertThat(decoded(query.getFirst("redirect_uri"))).endsWith("/api/channels/email/sign-in/callback");
        assertThat(decoded(query.getFirst("login_hint"))).isEqualTo(address);

        // the provider sends the browser back (without the admin's cookie): the code exchanged with the verifier
        String state = decoded(query.getFirst("state"));
        var back = api.get("/api/channels/email/sign-in/callback?state=" + state + "&code=code-" + n);
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(back.body()).contains("The mailbox is connected");
        var exchange = PROVIDER.findAll(postRequestedFor(urlPathEqualTo("/token"))
                .withRequestBody(containing("grant_type=authorization_code"))).get(0).getBodyAsString();
        assertThat(form(exchange, "code")).isEqualTo("code-" + n);
        assertThat(form(exchange, "client_secret")).isEqualTo(clientSecret);
        assertThat(form(exchange, "redirect_uri")).isEqualTo(decoded(query.getFirst("redirect_uri")));
        assertThat(Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(form(exchange, "code_verifier").getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo(query.getFirst("code_challenge"));

        // the admin page, back, shows the outcome as a PUT answers it
        var outcome = api.get("/api/channels/email/sign-in/" + outcomeId(back.body()), HttpApi.ADMIN);
        assertThat(outcome.status()).as(outcome.body()).isEqualTo(200);
        assertThat(outcome.json().get("state").asString()).isEqualTo("CONNECTED");
        assertThat(outcome.json().get("source").asString()).isEqualTo("ADMIN");
        assertThat(outcome.json().get("account").asString()).isEqualTo(address);
        assertThat(api.get("/api/channels/email/sign-in/" + outcomeId(back.body())).status())
                .as("the outcome is the admin's").isEqualTo(401);

        // started without a restart: answers over IMAP and SMTP with XOAUTH2
        assertAnswered();
        // the servers stop taking the token: a new one from the stored refresh token
        TestMailServer.MAIL.getUserManager().getUser(address).setPassword("access-2-" + n);
        grants("refresh_token=" + refresh, "access-2-" + n, null);
        assertAnswered();
        var checked = api.post("/api/channels/email/test", "{}", HttpApi.ADMIN);
        assertThat(checked.status()).as(checked.body()).isEqualTo(200);

        // a later sign-in the owner refuses leaves the mailbox as it was
        long revision = revision();
        String refused = decoded(begin().getQueryParams().getFirst("state"));
        var denied = api.get("/api/channels/email/sign-in/callback?state=" + refused
                + "&error=access_denied&error_description=AADSTS65004:+User+declined+to+consent");
        assertThat(denied.status()).isEqualTo(400);
        assertThat(denied.body()).contains("access_denied", "AADSTS65004");
        assertThat(revision()).isEqualTo(revision);
        assertThat(email().get("state").asString()).isEqualTo("CONNECTED");

        // sealed at rest; never in the API or the log
        String stored = new String(jdbc.sql("select sealed from channel_setting where channel = 'EMAIL'")
                .query(byte[].class).single(), StandardCharsets.ISO_8859_1) + new String(jdbc.sql(
                "select sealed from channel_secret where channel = 'EMAIL'").query(byte[].class).single(),
                StandardCharsets.ISO_8859_1);
        assertThat(stored).doesNotContain(clientSecret, refresh, address);
        assertThat(outcome.body() + api.get("/api/channels", HttpApi.ADMIN).body() + checked.body())
                .doesNotContain(clientSecret, refresh, "access-1-" + n);

        assertThat(api.delete("/api/channels/email", HttpApi.ADMIN).status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from channel_secret where channel = 'EMAIL'").query(Long.class)
                .single()).as("the refresh token forgotten with the mailbox").isZero();
        assertThat(log.getAll()).contains("signed in with its provider").doesNotContain(clientSecret, refresh,
                "access-1-" + n, "access-2-" + n, "code-" + n);
    }

    /**
     * Two instances on one database (the shipped manifests run two, without sticky sessions): a sign-in begun on one
     * is completed on the other, each outcome is read on either, and a state is taken once whichever instance asks.
     */
    @Test
    void aSignInBegunOnOneInstanceIsCompletedOnTheOther() {
        TestMailServer.MAIL.setUser(address, address, "access-1-" + n);
        grants("grant_type=authorization_code", "access-1-" + n, refresh);
        grants("refresh_token=" + refresh, "access-1-" + n, null);
        String state = decoded(begin().getQueryParams().getFirst("state"));
        try (var other = new SpringApplicationBuilder(AnswerdeskApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--answerdesk.secret.key=" + ChannelsIT.KEY,
                "--answerdesk.mail.oauth-token-url=" + ProviderStandIn.tokenUrl())) {
            var second = new HttpApi(((WebServerApplicationContext) other).getWebServer().getPort());
            var back = second.get("/api/channels/email/sign-in/callback?state=" + state + "&code=code-" + n);
            assertThat(back.status()).as(back.body()).isEqualTo(200);
            assertThat(back.body()).contains("The mailbox is connected");
            var outcome = api.get("/api/channels/email/sign-in/" + outcomeId(back.body()), HttpApi.ADMIN);
            assertThat(outcome.status()).as(outcome.body()).isEqualTo(200);
            assertThat(outcome.json().get("account").asString()).isEqualTo(address);
            var replayed = api.get("/api/channels/email/sign-in/callback?state=" + state + "&code=code-" + n);
            assertThat(replayed.status()).as("taken once, on either instance").isEqualTo(400);
            assertThat(replayed.body()).doesNotContain("sign_in=");

            var refused = second.post("/api/channels/email/sign-in", form(), HttpApi.ADMIN);
            assertThat(refused.status()).as(refused.body()).isEqualTo(200);
            String denied = decoded(UriComponentsBuilder.fromUriString(refused.json().get("authorize_url").asString())
                    .build().getQueryParams().getFirst("state"));
            var page = api.get("/api/channels/email/sign-in/callback?state=" + denied + "&error=access_denied");
            assertThat(page.status()).as(page.body()).isEqualTo(400);
            var read = second.get("/api/channels/email/sign-in/" + outcomeId(page.body()), HttpApi.ADMIN);
            assertThat(read.status()).isEqualTo(400);
            assertThat(read.json().get("error").asString()).contains("access_denied");
        }
        String second = decoded(begin().getQueryParams().getFirst("state"));
        var rows = jdbc.sql("select id, sealed from channel_sign_in").query((rs, i) -> rs.getString(1)
                + new String(rs.getBytes(2), StandardCharsets.ISO_8859_1)).list();
        assertThat(rows).as("a sign-in under way and the outcomes").hasSizeGreaterThanOrEqualTo(3);
        assertThat(String.join("\n", rows)).as("sealed, under hashed keys").doesNotContain(address, clientSecret,
                state, second);
    }

    /**
     * A stolen admin session (cookie or token) tries to send the signed-in mailbox's tokens to servers of its own: a
     * token endpoint of its own (refused: not a field), an IMAP or an SMTP server of its own (no token is stored for
     * those settings: a new sign-in is needed). Neither trap sees a request or a connection; the mailbox is as it was.
     */
    @Test
    void aStolenAdminSessionCannotSendTheMailboxTokensToItsOwnServers() throws Exception {
        TestMailServer.MAIL.setUser(address, address, "access-1-" + n);
        grants("grant_type=authorization_code", "access-1-" + n, refresh);
        grants("refresh_token=" + refresh, "access-1-" + n, null);
        String state = decoded(begin().getQueryParams().getFirst("state"));
        assertThat(api.get("/api/channels/email/sign-in/callback?state=" + state + "&code=code-" + n).status())
                .isEqualTo(200);
        long revision = revision();
        var attacker = new WireMockServer(wireMockConfig().dynamicPort());
        attacker.start();
        try (var trap = new Trap()) {
            attacker.stubFor(post(urlPathEqualTo("/token")).willReturn(aResponse().withHeader("Content-Type",
                    "application/json").withBody("{\"access_token\":\"x\",\"expires_in\":3600}")));
            String withEndpoint = form().replace("}", ",\"oauth_token_url\":\"" + attacker.baseUrl() + "/token\"}");
            for (var refused : new HttpApi.Response[] {api.put("/api/channels/email", withEndpoint, HttpApi.ADMIN),
                    api.post("/api/channels/email/sign-in", withEndpoint, HttpApi.ADMIN)}) {
                assertThat(refused.status()).as(refused.body()).isBetween(400, 499);
            }
            assertThat(api.put("/api/channels/email", withEndpoint, HttpApi.ADMIN).json().get("error").asString())
                    .contains("oauth_token_url");

            String port = Integer.toString(trap.port());
            String imap = Integer.toString(TestMailServer.MAIL.getImap().getPort());
            String smtp = Integer.toString(TestMailServer.MAIL.getSmtp().getPort());
            for (String elsewhere : new String[] {
                    form().replace("\"imap_host\":\"127.0.0.1\"", "\"imap_host\":\"localhost\"")
                            .replace("\"" + imap + "\"", "\"" + port + "\""),
                    form().replace("\"" + imap + "\"", "\"" + port + "\""),
                    form().replace("\"smtp_host\":\"127.0.0.1\"", "\"smtp_host\":\"localhost\"")
                            .replace("\"" + smtp + "\"", "\"" + port + "\"")}) {
                var put = api.put("/api/channels/email", elsewhere, HttpApi.ADMIN);
                assertThat(put.status()).as(put.body()).isEqualTo(400);
                assertThat(put.json().get("error").asString()).contains("no OAuth refresh token", "sign in");
            }
            assertThat(attacker.getAllServeEvents()).as("the attacker's token endpoint").isEmpty();
            assertThat(trap.connections()).as("the attacker's IMAP and SMTP server").isZero();
        } finally {
            attacker.stop();
        }
        assertThat(revision()).isEqualTo(revision);
        assertThat(email().get("state").asString()).isEqualTo("CONNECTED");
        assertAnswered();
    }

    /** A server of the attacker's: counts the connections made to it and closes them. */
    private static final class Trap implements AutoCloseable {
        private final java.net.ServerSocket socket = new java.net.ServerSocket(0, 50,
                java.net.InetAddress.getLoopbackAddress());
        private final java.util.concurrent.atomic.AtomicInteger connections =
                new java.util.concurrent.atomic.AtomicInteger();

        Trap() throws java.io.IOException {
            var accepting = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (var accepted = socket.accept()) {
                        connections.incrementAndGet();
                    } catch (java.io.IOException e) {
                        return;
                    }
                }
            }, "attacker's server");
            accepting.setDaemon(true);
            accepting.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        int connections() {
            return connections.get();
        }

        @Override
        public void close() throws java.io.IOException {
            socket.close();
        }
    }

    @Test
    void aRefusedConsentAWrongCodeOrATokenEndpointDownIsShownAndChangesNothing() {
        // refused at the provider
        String state = decoded(begin().getQueryParams().getFirst("state"));
        var denied = api.get("/api/channels/email/sign-in/callback?state=" + state + "&error=access_denied");
        assertThat(denied.status()).isEqualTo(400);
        assertRefused(denied, 400, "not completed at the provider", "access_denied");

        // a code the provider does not take (wrong, expired, used)
        PROVIDER.stubFor(post(urlPathEqualTo("/token")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid_grant\","
                        + "\"error_description\":\"AADSTS70008: The provided authorization code has expired.\"}")));
        state = decoded(begin().getQueryParams().getFirst("state"));
        var expired = api.get("/api/channels/email/sign-in/callback?state=" + state + "&code=old-" + n);
        assertRefused(expired, 400, "invalid_grant", "AADSTS70008");

        // the token endpoint fails
        PROVIDER.stubFor(post(urlPathEqualTo("/token")).willReturn(aResponse().withStatus(503)));
        state = decoded(begin().getQueryParams().getFirst("state"));
        var down = api.get("/api/channels/email/sign-in/callback?state=" + state + "&code=code-" + n);
        assertRefused(down, 502, "answered HTTP 503");

        // a state this server did not hand out (or used already), or a channel that is none: one fixed page that
        // says nothing of the configuration and echoes nothing; strangers' calls do not push real outcomes out
        var stranger = api.get("/api/channels/email/sign-in/callback?state=" + state + "&code=code-" + n);
        for (int i = 0; i < 40; i++) {
            var another = api.get("/api/channels/" + (i % 2 == 0 ? "email" : "Wordsx") + "/sign-in/callback?state=s"
                    + i + "&error=e");
            assertThat(another.status()).isEqualTo(400);
            assertThat(another.body()).isEqualTo(stranger.body());
        }
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.body()).doesNotContain("not completed").doesNotContain("sign_in=")
                .doesNotContain("ANSWERDESK").doesNotContain("Wordsx").doesNotContain("channel=");
        var kept = api.get("/api/channels/email/sign-in/" + outcomeId(down.body()), HttpApi.ADMIN);
        assertThat(kept.status()).isEqualTo(502);
        PROVIDER.verify(2, postRequestedFor(urlPathEqualTo("/token")));

        // a half-filled form is refused before the provider
        var noClient = api.post("/api/channels/email/sign-in", form().replace("\"client-" + n + "\"", "\"\""),
                HttpApi.ADMIN);
        assertThat(noClient.status()).isEqualTo(400);
        assertThat(noClient.json().get("error").asString()).contains("oauth_client_id is required");
        var badTenant = api.post("/api/channels/email/sign-in", form().replace("contoso.example", "x/../evil"),
                HttpApi.ADMIN);
        assertThat(badTenant.status()).isEqualTo(400);
        assertThat(api.post("/api/channels/telegram/sign-in", json("bot_token", "1:a"), HttpApi.ADMIN).status())
                .isEqualTo(404);

        assertThat(email().get("state").asString()).isEqualTo("NOT_CONFIGURED");
        assertThat(jdbc.sql("select count(*) from channel_setting").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from channel_secret where channel = 'EMAIL'").query(Long.class)
                .single()).isZero();
    }

    /** The callback's page says why, and its way back leads to the same reason in the API. */
    private void assertRefused(HttpApi.Response page, int status, String... reason) {
        assertThat(page.status()).as(page.body()).isEqualTo(status);
        assertThat(page.body()).contains("The sign-in was not completed").contains(reason);
        var outcome = api.get("/api/channels/email/sign-in/" + outcomeId(page.body()), HttpApi.ADMIN);
        assertThat(outcome.status()).isEqualTo(status);
        assertThat(outcome.json().get("error").asString()).contains(reason);
    }

    private UriComponents begin() {
        var started = api.post("/api/channels/email/sign-in", form(), HttpApi.ADMIN);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        return UriComponentsBuilder.fromUriString(started.json().get("authorize_url").asString()).build();
    }

    private void assertAnswered() throws Exception {
        String customer = "c-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
        TestMailServer.deliverTo(address, TestMailServer.mail(customer, "<" + UUID.randomUUID()
                + "@customer.example>", "Password", "How can I reset my password?"));
        var reply = Await.await(() -> TestMailServer.sentTo(customer), m -> !m.isEmpty(), "the answer").get(0);
        assertThat(reply.getFrom()[0].toString()).contains(address);
    }

    private static void grants(String match, String accessToken, String refreshToken) {
        PROVIDER.stubFor(post(urlPathEqualTo("/token")).withRequestBody(containing(match))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                        "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"" + accessToken + "\""
                                + (refreshToken == null ? "" : ",\"refresh_token\":\"" + refreshToken + "\"") + "}")));
    }

    private long revision() {
        return jdbc.sql("select revision from channel_setting where channel = 'EMAIL'").query(Long.class).single();
    }

    private static String outcomeId(String page) {
        Matcher back = BACK.matcher(page);
        assertThat(back.find()).as(page).isTrue();
        return back.group(1);
    }

    private static String decoded(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static String form(String body, String name) {
        for (String pair : body.split("&")) {
            if (pair.startsWith(name + "=")) {
                return decoded(pair.substring(name.length() + 1));
            }
        }
        throw new AssertionError("no " + name + " in " + body);
    }

    private JsonNode email() {
        for (JsonNode channel : api.get("/api/channels", HttpApi.ADMIN).json()) {
            if (channel.get("channel").asString().equals("EMAIL")) {
                return channel;
            }
        }
        throw new AssertionError("no email channel");
    }
}
