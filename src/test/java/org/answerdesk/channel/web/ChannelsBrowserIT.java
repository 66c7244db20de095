package org.answerdesk.channel.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.answerdesk.AsksForFaqHealth;
import org.answerdesk.HttpApi;
import org.answerdesk.channel.email.TestMailServer;
import org.answerdesk.channel.setup.ChannelsIT;
import org.answerdesk.channel.setup.MailboxChannelIT;
import org.answerdesk.channel.slack.SlackTestServer;
import org.answerdesk.channel.telegram.FakeTelegram;
import org.answerdesk.channel.whatsapp.FakeGraphApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The admin page's Channels section in headless Chromium: a half-filled form and a wrong token are refused with
 * their reason, a right one connects Telegram (a stand-in Bot API), and a stored channel that cannot be opened
 * shows failing with why; the mailbox's form (GreenMail), WhatsApp's (a stand-in Graph API) and Slack's (a stand-in
 * Web API) likewise; a mailbox signed in with Microsoft (a stand-in token endpoint) shows its outcome once the
 * browser is back from the provider. Same context as {@link ChannelsIT}.
 */
@AsksForFaqHealth
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ChannelsIT.Settings.class)
class ChannelsBrowserIT {

    static Chromium chromium;
    static WebDriver browser;
    // built, not written whole: a committed string of a real token's shape is what secret scanners look for
    private static final String SLACK_TYPO = "xoxb-" + "browser-typo";
    private static final WireMockServer PROVIDER = org.answerdesk.channel.setup.ProviderStandIn.TOKENS;

    static {
        SlackTestServer.API.stubFor(post(urlPathEqualTo("/api/auth.test")).atPriority(1)
                .withHeader("Authorization", equalTo("Bearer " + SLACK_TYPO)).willReturn(aResponse()
                        .withHeader("Content-Type", "application/json").withBody("{\"ok\":false,\"error\":\"invalid_auth\"}")));
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = Chromium.start("1280,1000");
        browser = chromium.driver;
    }

    @AfterEach
    void noScriptErrorsAndNothingLeftConnected() {
        new HttpApi(port).delete("/api/channels/telegram", HttpApi.ADMIN);
        new HttpApi(port).delete("/api/channels/email", HttpApi.ADMIN);
        new HttpApi(port).delete("/api/channels/whatsapp", HttpApi.ADMIN);
        new HttpApi(port).delete("/api/channels/slack", HttpApi.ADMIN);
        jdbc.sql("delete from channel_setting").update();
        chromium.assertNoScriptErrors();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.quit();
        }
    }

    @Test
    void theOwnerConnectsWhatsAppAndSeesARefusal() {
        jdbc.sql("delete from channel_setting").update();
        signIn();
        assertThat(state("WHATSAPP")).isEqualTo("Not connected");
        assertThat(card("WHATSAPP").findElement(By.className("steps")).getText()).contains("/whatsapp/webhook");
        fill("WHATSAPP", "access_token", "EAAG-a-typo-in-it");
        fill("WHATSAPP", "phone_number_id", FakeGraphApi.PHONE_NUMBER_ID);
        connect("WHATSAPP", "Fill in every required field.");

        fill("WHATSAPP", "app_secret", FakeGraphApi.APP_SECRET);
        fill("WHATSAPP", "verify_token", FakeGraphApi.VERIFY_TOKEN);
        connect("WHATSAPP", "WhatsApp refused");
        assertThat(state("WHATSAPP")).isEqualTo("Not connected");

        card("WHATSAPP").findElement(By.name("access_token")).clear();
        fill("WHATSAPP", "access_token", FakeGraphApi.ACCESS_TOKEN);
        connect("WHATSAPP", "Works: Answerdesk Test Shop +1 555-0100");
        assertThat(state("WHATSAPP")).isEqualTo("Connected");
        assertThat(card("WHATSAPP").findElement(By.className("source")).getText()).isEqualTo("Connected on this page.");
    }

    @Test
    void theOwnerConnectsSlackAndSeesARefusal() {
        jdbc.sql("delete from channel_setting").update();
        signIn();
        assertThat(state("SLACK")).isEqualTo("Not connected");
        assertThat(card("SLACK").findElement(By.className("steps")).getText()).contains("/slack/events");
        fill("SLACK", "bot_token", SLACK_TYPO);
        connect("SLACK", "Fill in every required field.");

        fill("SLACK", "signing_secret", SlackTestServer.SIGNING_SECRET);
        connect("SLACK", "Slack refused the bot token");
        assertThat(state("SLACK")).isEqualTo("Not connected");

        card("SLACK").findElement(By.name("bot_token")).clear();
        fill("SLACK", "bot_token", "xoxb-" + "browser-token");
        connect("SLACK", "Works: @answerdesk (Acme Support)");
        assertThat(state("SLACK")).isEqualTo("Connected");
    }

    /**
     * The sign-in buttons check the form first; back from the provider (played here: the browser opens the way back
     * with the code), the admin page shows the mailbox connected, or why not.
     */
    @Test
    void theOwnerSignsInToAMicrosoftMailbox() {
        jdbc.sql("delete from channel_setting").update();
        String n = java.util.UUID.randomUUID().toString().substring(0, 8);
        String address = "browser-" + n + "@channels.test";
        TestMailServer.MAIL.setUser(address, address, "access-" + n);
        PROVIDER.stubFor(post(urlPathEqualTo("/token")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"access_token\":\"access-" + n
                        + "\",\"expires_in\":3600,\"refresh_token\":\"refresh-" + n + "\"}")));
        signIn();
        assertThat(email().findElements(By.name("oauth_provider"))).as("set by the buttons").isEmpty();
        fill("EMAIL", "imap_host", "127.0.0.1");
        fill("EMAIL", "imap_username", address);
        fill("EMAIL", "smtp_host", "127.0.0.1");
        email().findElement(By.className("sign-in-microsoft")).click();
        waiting().until(d -> email().findElement(By.className("message")).getText()
                .contains("oauth_client_id is required to sign in with Microsoft 365"));

        var api = new HttpApi(port);
        String form = HttpApi.json("imap_host", "127.0.0.1", "imap_port", Integer.toString(TestMailServer.MAIL
                .getImap().getPort()), "imap_ssl", "false", "imap_username", address, "smtp_host", "127.0.0.1",
                "smtp_port", Integer.toString(TestMailServer.MAIL.getSmtp().getPort()), "smtp_security", "NONE",
                "oauth_provider", "microsoft", "oauth_client_id", "client-" + n);
        String refused = state(api.post("/api/channels/email/sign-in", form, HttpApi.ADMIN));
        browser.get("http://localhost:" + port + "/api/channels/email/sign-in/callback?state=" + refused
                + "&error=access_denied");
        browser.findElement(By.tagName("a")).click();
        waiting().until(d -> email().findElement(By.className("message")).getText()
                .contains("not completed at the provider (access_denied)"));
        assertThat(state("EMAIL")).isEqualTo("Not connected");

        String granted = state(api.post("/api/channels/email/sign-in", form, HttpApi.ADMIN));
        browser.get("http://localhost:" + port + "/api/channels/email/sign-in/callback?state=" + granted
                + "&code=code-" + n);
        assertThat(browser.findElement(By.tagName("p")).getText()).contains("The mailbox is connected");
        browser.findElement(By.tagName("a")).click();
        waiting().until(d -> email().findElement(By.className("message")).getText().equals("Works: " + address));
        assertThat(state("EMAIL")).isEqualTo("Connected");
        assertThat(browser.getCurrentUrl()).as("the outcome's id is not kept in the address")
                .doesNotContain("sign_in").endsWith("/admin#/channels");
    }

    private static String state(HttpApi.Response started) {
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        var url = org.springframework.web.util.UriComponentsBuilder.fromUriString(started.json().get("authorize_url")
                .asString()).build();
        return url.getQueryParams().getFirst("state");
    }

    private void fill(String channel, String field, String value) {
        card(channel).findElement(By.name(field)).sendKeys(value);
    }

    /** Clicks the card's Connect, and waits for its message to say (or start with) this. */
    private void connect(String channel, String says) {
        card(channel).findElement(By.className("connect")).click();
        waiting().until(d -> card(channel).findElement(By.className("message")).getText().contains(says));
    }

    private String state(String channel) {
        return card(channel).findElement(By.className("state")).getText();
    }

    private WebElement card(String channel) {
        return waiting().until(d -> d.findElement(By.cssSelector("#channels[data-loaded] [data-channel=" + channel
                + "]")));
    }

    @Test
    void theOwnerConnectsTelegramAndSeesRefusalsAndFailures() throws IOException {
        jdbc.sql("delete from channel_setting").update();
        signIn();
        WebElement card = telegram();
        assertThat(card.findElement(By.className("state")).getText()).isEqualTo("Not connected");
        assertThat(card.findElement(By.className("steps")).getText()).contains("@BotFather", "/newbot");

        card.findElement(By.className("connect")).click();
        waiting().until(d -> telegram().findElement(By.className("message")).getText().equals("Fill in every required field."));

        telegram().findElement(By.name("bot_token")).sendKeys("987654321:WRONG-token-from-a-typo");
        telegram().findElement(By.className("connect")).click();
        waiting().until(d -> telegram().findElement(By.className("message")).getText()
                .contains("Telegram refused the bot token"));
        assertThat(telegram().findElement(By.className("state")).getText()).isEqualTo("Not connected");

        telegram().findElement(By.name("bot_token")).clear();
        telegram().findElement(By.name("bot_token")).sendKeys(FakeTelegram.TOKEN);
        telegram().findElement(By.className("connect")).click();
        waiting().until(d -> telegram().findElement(By.className("state")).getText().equals("Connected"));
        assertThat(telegram().findElement(By.className("message")).getText()).isEqualTo("Works: @answerdesk_test_bot");
        assertThat(telegram().findElement(By.className("source")).getText()).isEqualTo("Connected on this page.");
        java.nio.file.Files.write(Chromium.SCREENSHOTS.resolve("admin-channels.png"),
                browser.findElement(By.id("channels")).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));

        // the stored settings can no longer be opened (as after a change of the secret key)
        jdbc.sql("""
                update channel_setting set sealed = decode('01' || repeat('ab', 60), 'hex'),
                    revision = nextval('channel_setting_revision')""").update();
        waiting().until(d -> {
            d.navigate().refresh();
            return telegram().getText().contains("cannot decrypt: the secret key changed");
        });
        assertThat(telegram().findElement(By.className("state")).getText()).isEqualTo("Failing");
        assertThat(chromium.consoleSinceLastCall()).noneMatch(m -> m.contains("Content Security Policy"));
    }

    @Test
    void theOwnerConnectsTheShopsMailbox() {
        jdbc.sql("delete from channel_setting").update();
        signIn();
        assertThat(email().findElement(By.className("steps")).getText()).contains("app password");
        email().findElement(By.name("imap_host")).sendKeys("127.0.0.1");
        email().findElement(By.className("connect")).click();
        waiting().until(d -> email().findElement(By.className("message")).getText()
                .equals("Fill in every required field."));

        fill("imap_port", Integer.toString(TestMailServer.MAIL.getImap().getPort()));
        new Select(email().findElement(By.name("imap_ssl"))).selectByVisibleText("No");
        fill("imap_username", MailboxChannelIT.LOGIN);
        fill("imap_password", "not-the-password");
        fill("smtp_host", "127.0.0.1");
        fill("smtp_port", Integer.toString(TestMailServer.MAIL.getSmtp().getPort()));
        new Select(email().findElement(By.name("smtp_security"))).selectByValue("NONE");
        fill("from", MailboxChannelIT.ADDRESS);
        email().findElement(By.className("connect")).click();
        waiting().until(d -> email().findElement(By.className("message")).getText()
                .contains("refused the user name or password"));
        assertThat(email().findElement(By.className("state")).getText()).isEqualTo("Not connected");

        email().findElement(By.name("imap_password")).clear();
        fill("imap_password", MailboxChannelIT.PASSWORD);
        email().findElement(By.className("connect")).click();
        waiting().until(d -> email().findElement(By.className("state")).getText().equals("Connected"));
        assertThat(email().findElement(By.className("message")).getText())
                .isEqualTo("Works: " + MailboxChannelIT.ADDRESS);
    }

    private void fill(String field, String value) {
        email().findElement(By.name(field)).sendKeys(value);
    }

    private WebElement email() {
        return waiting().until(d -> d.findElement(By.cssSelector("#channels[data-loaded] [data-channel=EMAIL]")));
    }

    private WebElement telegram() {
        return waiting().until(d -> d.findElement(By.cssSelector("#channels[data-loaded] [data-channel=TELEGRAM]")));
    }

    private void signIn() {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/admin");
        browser.findElement(By.id("token")).sendKeys("test-admin-token");
        browser.findElement(By.cssSelector("#login button")).click();
        waiting().until(d -> "true".equals(d.findElement(By.id("channels")).getAttribute("data-loaded")));
        browser.get("http://localhost:" + port + "/admin#/channels"); // the section's own address
    }

    private WebDriverWait waiting() {
        WebDriverWait wait = Chromium.waiting(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
