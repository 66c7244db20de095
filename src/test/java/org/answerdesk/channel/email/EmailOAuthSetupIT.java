package org.answerdesk.channel.email;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.answerdesk.Await.await;
import static org.answerdesk.channel.email.TestMailServer.body;
import static org.answerdesk.channel.email.TestMailServer.deliverTo;
import static org.answerdesk.channel.email.TestMailServer.mail;
import static org.answerdesk.channel.email.TestMailServer.sentTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.answerdesk.ReadsTheLog;
import org.answerdesk.SideLane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Microsoft 365 mailbox signed in with OAuth, as a whole app ({@link EmailSetupMatrixIT} has the password set-ups).
 * A class of its own because it reads the log: the log's lock ({@link ReadsTheLog}) is held for this test only, not
 * for the matrix's five app starts, so that the main lane's classes that read the log wait less for it.
 */
@SideLane
@ReadsTheLog
class EmailOAuthSetupIT {

    /**
     * A Microsoft 365 mailbox without a password: IMAP and SMTP sign in with XOAUTH2 (GreenMail checks the access
     * token as the user's password), the access token from a stand-in token endpoint (WireMock). A token the server
     * stops taking is refreshed, for SMTP and for IMAP; a revoked refresh token shows the channel failing with the
     * reason while the mail waits in the mailbox; signing in again from the admin page (a forged state refused)
     * stores the new refresh token sealed and the waiting mail is answered. No token is ever logged.
     */
    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aMailboxSignedInWithOAuthRefreshesItsTokenAndSignsInAgainFromTheAdminPage(CapturedOutput output)
            throws Exception {
        String n = UUID.randomUUID().toString().substring(0, 8);
        String address = "oauth-" + n + "@shop.test";
        String[] access = {"access-1-" + n, "access-2-" + n, "access-3-" + n, "access-4-" + n};
        String refresh = "refresh-env-" + n;
        String renewed = "refresh-new-" + n;
        String clientSecret = "client-secret-" + n;
        String adminToken = "admin-token-" + n;
        TestMailServer.MAIL.setUser(address, address, access[0]);
        var endpoint = new WireMockServer(wireMockConfig().dynamicPort());
        endpoint.start();
        try {
            grants(endpoint, "refresh_token=" + refresh, access[0], null);
            try (var app = TestMailServer.startApp("answerdesk.mail.imap-username=" + address,
                    "answerdesk.mail.imap-password=<unset>", "answerdesk.mail.from=" + address,
                    "answerdesk.mail.oauth-provider=microsoft", "answerdesk.mail.oauth-client-id=client-" + n,
                    "answerdesk.mail.oauth-client-secret=" + clientSecret,
                    "answerdesk.mail.oauth-refresh-token=" + refresh,
                    "answerdesk.mail.oauth-token-url=" + endpoint.baseUrl() + "/token",
                    "answerdesk.secret.key=a-secret-key-of-the-test-" + n, "answerdesk.admin.token=" + adminToken)) {
                var api = new Api(TestMailServer.port(app), adminToken);
                EmailPoller poller = app.getBean(EmailPoller.class);

                // read and answered with the first access token
                assertAnswered(address, "How can I reset my password?");
                endpoint.verify(postRequestedFor(urlPathEqualTo("/token"))
                        .withRequestBody(containing("grant_type=refresh_token"))
                        .withRequestBody(containing("client_id=client-" + n)));

                // the servers stop taking it (expired): SMTP gets a new one and sends
                TestMailServer.MAIL.getUserManager().getUser(address).setPassword(access[1]);
                grants(endpoint, "refresh_token=" + refresh, access[1], null);
                assertAnswered(address, "Do you ship to Canada?");

                // IMAP too, on its next sign-in
                TestMailServer.MAIL.getUserManager().getUser(address).setPassword(access[2]);
                grants(endpoint, "refresh_token=" + refresh, access[2], null);
                poller.stop();
                poller.start();
                assertAnswered(address, "How can I reset my password?");

                // the refresh token is revoked: failing, with the reason, and the mail waits
                TestMailServer.MAIL.getUserManager().getUser(address).setPassword(access[3]);
                endpoint.stubFor(post(urlPathEqualTo("/token")).withRequestBody(containing("refresh_token=" + refresh))
                        .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                                .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS70008: The "
                                        + "refresh token has expired due to inactivity.\"}")));
                poller.stop();
                poller.start();
                JsonNode failing = await(() -> api.email(), e -> e.path("state").asString().equals("FAILING"),
                        "the email channel failing");
                assertThat(failing.path("last_error").asString(failing.path("lastError").asString()))
                        .contains("invalid_grant", "AADSTS70008", "sign in to the mailbox again");
                String waiting = "c-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
                deliverTo(address, mail(waiting, "<" + UUID.randomUUID() + "@customer.example>", "Password",
                        "How can I reset my password?"));

                // signing in again (the admin's start only): a forged state is refused
                assertThat(api.get("/api/channels/email/oauth/start?provider=microsoft", false).statusCode())
                        .isEqualTo(401);
                assertThat(api.get("/api/channels/email/oauth", true).body()).as("the admin page's button")
                        .isEqualTo("{\"provider\":\"microsoft\"}");
                HttpResponse<String> start = api.get("/api/channels/email/oauth/start?provider=microsoft", true);
                assertThat(start.statusCode()).isEqualTo(302);
                var authorize = UriComponentsBuilder.fromUriString(start.headers().firstValue("Location").orElseThrow())
                        .build();
                assertThat(authorize.getHost()).isEqualTo("login.microsoftonline.com");
                var query = authorize.getQueryParams();
                assertThat(query.getFirst("client_id")).isEqualTo("client-" + n);
                assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
                assertThat(decoded(query.getFirst("scope"))).contains("offline_access", "IMAP.AccessAsUser.All",
                        "SMTP.Send");
                assertThat(decoded(query.getFirst("redirect_uri"))).endsWith("/api/channels/email/oauth/callback");
                String state = decoded(query.getFirst("state"));
                String challenge = query.getFirst("code_challenge");
                grants(endpoint, "grant_type=authorization_code", access[3], renewed);
                grants(endpoint, "refresh_token=" + renewed, access[3], null);

                HttpResponse<String> forged = api.get("/api/channels/email/oauth/callback?state=forged-" + n
                        + "&code=code-" + n, false);
                assertThat(forged.statusCode()).isEqualTo(400);
                assertThat(forged.body()).contains("was not started from this admin page");
                endpoint.verify(0, postRequestedFor(urlPathEqualTo("/token"))
                        .withRequestBody(containing("grant_type=authorization_code")));

                // the provider's redirect back, without the admin cookie: the code exchanged with the PKCE verifier
                HttpResponse<String> back = api.get("/api/channels/email/oauth/callback?state=" + state
                        + "&code=code-" + n, false);
                assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
                assertThat(back.body()).contains("The mailbox is connected");
                LoggedRequest exchange = endpoint.findAll(postRequestedFor(urlPathEqualTo("/token"))
                        .withRequestBody(containing("grant_type=authorization_code"))).get(0);
                String verifier = form(exchange.getBodyAsString(), "code_verifier");
                assertThat(Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                        .digest(verifier.getBytes(StandardCharsets.US_ASCII)))).isEqualTo(challenge);
                assertThat(form(exchange.getBodyAsString(), "code")).isEqualTo("code-" + n);
                assertThat(api.get("/api/channels/email/oauth/callback?state=" + state + "&code=code-" + n, false)
                        .statusCode()).as("a state is used once").isEqualTo(400);

                // nothing lost: the mail that waited is answered, and the channel is connected again
                MimeMessage answer = await(() -> sentTo(waiting), l -> !l.isEmpty(), "the answer to " + waiting).get(0);
                assertThat(body(answer)).contains("reset link");
                await(() -> api.email(), e -> e.path("state").asString().equals("CONNECTED"), "connected again");

                // sealed at rest, in the table and in a backup; the sign-in in the audit trail
                var jdbc = app.getBean(JdbcClient.class);
                List<byte[]> sealed = jdbc.sql("select sealed from channel_secret").query(byte[].class).list();
                assertThat(sealed).hasSize(1);
                assertThat(new String(sealed.get(0), StandardCharsets.ISO_8859_1)).doesNotContain(renewed);
                assertThat(api.backup()).contains("channel_secret").doesNotContain(renewed);
                assertThat(jdbc.sql("select action from audit_event where action like 'EMAIL_OAUTH%' order by id")
                        .query(String.class).list()).containsExactly("EMAIL_OAUTH_SIGN_IN_STARTED",
                        "EMAIL_OAUTH_SIGNED_IN");
            }
        } finally {
            endpoint.stop();
        }
        assertThat(output.getAll()).doesNotContain(refresh, renewed, clientSecret, access[0], access[1], access[2],
                access[3], "code-" + n);
    }

    private static void assertAnswered(String mailbox, String question) throws Exception {
        String customer = "c-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
        deliverTo(mailbox, mail(customer, "<" + UUID.randomUUID() + "@customer.example>", "Question", question));
        await(() -> sentTo(customer), l -> !l.isEmpty(), "the answer to " + customer);
    }

    private static void grants(WireMockServer endpoint, String match, String accessToken, String refreshToken) {
        endpoint.stubFor(post(urlPathEqualTo("/token")).withRequestBody(containing(match))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                        "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"" + accessToken + "\""
                                + (refreshToken == null ? "" : ",\"refresh_token\":\"" + refreshToken + "\"") + "}")));
    }

    private static String decoded(String value) {
        return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static String form(String body, String name) {
        for (String pair : body.split("&")) {
            if (pair.startsWith(name + "=")) {
                return decoded(pair.substring(name.length() + 1));
            }
        }
        throw new AssertionError("no " + name + " in " + body);
    }

    /** The app's HTTP API, as the admin (bearer token) or as a browser coming back from the provider. */
    private record Api(int port, String token) {

        private static final HttpClient HTTP = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path, boolean admin) {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
            if (admin) {
                request.header("Authorization", "Bearer " + token);
            }
            try {
                return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** A backup's files, their names and contents run together. */
        String backup() throws Exception {
            var response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/backup"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            var all = new java.io.ByteArrayOutputStream();
            try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(response.body()))) {
                for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    all.write(entry.getName().getBytes(StandardCharsets.UTF_8));
                    zip.transferTo(all);
                }
            }
            return all.toString(StandardCharsets.ISO_8859_1);
        }

        JsonNode email() {
            for (JsonNode channel : JsonMapper.builder().build().readTree(get("/api/channels", true).body())) {
                if (channel.path("channel").asString().equals("EMAIL")) {
                    return channel;
                }
            }
            throw new AssertionError("no email channel listed");
        }
    }
}
