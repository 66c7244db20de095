package org.answerdesk.brand;

import static org.answerdesk.Await.await;
import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.answerdesk.HttpApi;
import org.answerdesk.OwnerDesk;
import org.answerdesk.channel.email.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The shop's look through the admin API: the owner sets the parts the environment does not (its colour here, which
 * wins and is read-only: a 409); poisoned input is a 400 with the reason and changes nothing; another instance's
 * change is followed within seconds; the look reaches the chat API, the bot's name for itself, the chat page's CSP
 * (the logo's host) and the emails. The pages are in {@code WebPagesBrowserIT} and {@code AdminPageBrowserIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = OwnerDesk.class)
class BrandIT {

    static final String LOOK = """
            {"name": "Corner Shop", "logo_url": "https://cdn.corner-shop.example/logo.png"}
            """;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;
    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
    }

    @AfterEach
    void plainLookAgain() {
        assertThat(api.put("/api/brand", "{}", HttpApi.ADMIN).status()).isEqualTo(200);
    }

    @Test
    void theOwnersPartsReachTheChatTheBotAndThePageWhileTheEnvironmentsColourWins() throws Exception {
        assertThat(api.get("/api/chat/brand").json().get("color").asString()).isEqualTo(OwnerDesk.BRAND_COLOR);
        assertThat(api.get("/api/chat/brand").json().get("name").isNull()).isTrue();

        // the colour is ANSWERDESK_BRAND_COLOR's: read-only here, and a change of it changes nothing
        var refused = api.put("/api/brand", json("name", "Corner Shop", "color", "#3B6E4F"), HttpApi.ADMIN);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("error").asString()).isEqualTo(
                "color is set in the environment (ANSWERDESK_BRAND_COLOR), which wins: change it there, not here");
        assertThat(api.get("/api/chat/brand").json().get("name").isNull()).isTrue();

        var set = api.put("/api/brand", LOOK, HttpApi.ADMIN);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        var brand = api.get("/api/chat/brand").json();
        assertThat(brand.get("name").asString()).isEqualTo("Corner Shop");
        assertThat(brand.get("color").asString()).isEqualTo(OwnerDesk.BRAND_COLOR);
        assertThat(brand.get("logo_url").asString()).isEqualTo("https://cdn.corner-shop.example/logo.png");
        var looks = api.get("/api/brand", HttpApi.ADMIN).json();
        assertThat(looks.get("environment").get("color").asString()).isEqualTo(OwnerDesk.BRAND_COLOR);
        assertThat(looks.get("sources").get("color").asString()).isEqualTo("ENVIRONMENT");
        assertThat(looks.get("sources").get("name").asString()).isEqualTo("ADMIN");
        assertThat(looks.get("sources").get("logo_url").asString()).isEqualTo("ADMIN");
        assertThat(jdbc.sql("select value from app_setting where key = 'brand.name'").query(String.class).single())
                .isEqualTo("Corner Shop");

        // the bot names itself by the shop's name
        String reply = api.post("/api/chat", json("session_id", "brand-" + UUID.randomUUID(), "message",
                "are you a bot?")).json().get("reply").asString();
        assertThat(reply).startsWith("I'm Corner Shop, an automated assistant");

        // the chat page may show the logo (its host in img-src), and nothing else changed in its policy
        String csp = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .build(), HttpResponse.BodyHandlers.discarding()).headers().firstValue("Content-Security-Policy")
                .orElseThrow();
        assertThat(csp).contains("img-src 'self' data: https://cdn.corner-shop.example;").contains("script-src 'self';");
        String audit = api.get("/api/audit?limit=10", HttpApi.ADMIN).body();
        assertThat(audit).contains("PUT /api/brand").contains("status 200").contains("status 409");

        // clearing the logo leaves none
        api.put("/api/brand", json("name", "Corner Shop"), HttpApi.ADMIN);
        assertThat(api.get("/api/chat/brand").json().get("logo_url").isNull()).isTrue();
    }

    /** Another instance stores a name: this one shows it within seconds, without a request to it. */
    @Test
    void aLookAnotherInstanceStoredIsShownWithinSeconds() {
        jdbc.sql("insert into app_setting (key, value) values ('brand.name', 'Shop Next Door')").update();
        await(() -> api.get("/api/chat/brand").json().get("name"), n -> "Shop Next Door".equals(n.asString()),
                "the other instance's name");
    }

    @Test
    void anEmailCustomerGetsTheReplyFromTheShopsNameUnderItsHeading() throws Exception {
        api.put("/api/brand", LOOK, HttpApi.ADMIN);
        String customer = "brand-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
        TestMailServer.deliver(TestMailServer.mail(customer, "<" + UUID.randomUUID() + "@customer.example>",
                "Password", "How do I reset my password?"));
        MimeMessage reply = await(() -> TestMailServer.sentTo(customer), m -> !m.isEmpty(), "the answer").get(0);
        var from = (InternetAddress) reply.getFrom()[0];
        assertThat(from.getPersonal()).isEqualTo("Corner Shop");
        Multipart parts = (Multipart) reply.getContent();
        String text = parts.getBodyPart(0).getContent().toString();
        String html = parts.getBodyPart(1).getContent().toString();
        assertThat(text.replace("\r\n", "\n").strip()).contains("reset link").endsWith("\n-- \nCorner Shop");
        assertThat(html).contains("<img src=\"https://cdn.corner-shop.example/logo.png\"")
                .contains("<strong style=\"color:" + OwnerDesk.BRAND_COLOR + "\">Corner Shop</strong>");
    }

    @Test
    void poisonedInputIsA400WithTheReasonAndChangesNothing() {
        api.put("/api/brand", LOOK, HttpApi.ADMIN);
        for (String bad : List.of(
                json("color", "red"), json("color", "#12345g"), json("color", "#fff; background:url(x)"),
                json("logo_url", "http://cdn.example/logo.png"), json("logo_url", "javascript:alert(1)"),
                json("logo_url", "https://cdn.example/logo.png\" onerror=\"alert(1)"),
                json("logo_url", "data:image/png;base64,AAAA"),
                json("name", "<script>alert(1)</script>"), json("name", "Shop\u202Eevil"), json("name", "x".repeat(61)),
                json("name", "{bot}"))) {
            var response = api.put("/api/brand", bad, HttpApi.ADMIN);
            assertThat(response.status()).as(bad).isEqualTo(400);
            assertThat(response.json().get("error").asString()).as(bad).containsAnyOf("name must", "color must",
                    "logo_url must");
        }
        assertThat(api.get("/api/chat/brand").json().get("name").asString()).isEqualTo("Corner Shop");
        assertThat(api.put("/api/brand", LOOK).status()).isEqualTo(401);
    }
}
