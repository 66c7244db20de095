package org.answerdesk.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.answerdesk.HttpApi;
import org.answerdesk.channel.email.TestMailServer;
import org.answerdesk.channel.setup.ChannelsIT;
import org.answerdesk.channel.setup.MailboxChannelIT;
import org.answerdesk.channel.telegram.FakeTelegram;
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
 * shows failing with why; the mailbox's form (GreenMail) likewise. Same context as {@link ChannelsIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ChannelsIT.Settings.class)
class ChannelsBrowserIT {

    static Chromium chromium;
    static WebDriver browser;

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
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
