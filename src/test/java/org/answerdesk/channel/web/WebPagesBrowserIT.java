package org.answerdesk.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpServer;
import org.answerdesk.AsksForFaqHealth;
import org.answerdesk.HttpApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The web chat and the admin page in a real headless Chromium (Debian's chromium and chromium-driver, which
 * {@code .ci/run} installs). Skipped, with a message, on a machine without them.
 */
@AsksForFaqHealth
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebPagesBrowserIT {

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
    void noScriptErrors() {
        chromium.assertNoScriptErrors();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A wait that retries when a page reload (the admin login) leaves an element stale. */
    /** The chat page, once its words are in (the send button says the bundle's word). */
    void openChat() {
        browser.get(url("/"));
        waiting().until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang"))
                && !d.findElement(By.cssSelector("#ask button")).getText().isEmpty());
    }

    WebDriverWait waiting() {
        WebDriverWait wait = Chromium.waiting(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    @Test
    void theChatPageAnswersASampleQuestionAndAThumbsUpIsStored() throws IOException {
        openChat();
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("localStorage.clear()");
        openChat();
        // a new visitor is greeted with the most asked questions as chips
        JsonNode greeting = new HttpApi(port).get("/api/chat/greeting").json();
        waiting().until(d -> d.findElements(By.cssSelector(".greeting .chip")).size() == greeting.get("questions").size());
        assertThat(browser.findElement(By.cssSelector(".greeting")).getText()).contains(greeting.get("text").asString());
        assertThat(browser.findElement(By.id("mic")).isDisplayed()).as("no transcriber: no microphone").isFalse();
        browser.findElement(By.id("message")).sendKeys("How do I reset my password?");
        browser.findElement(By.cssSelector("#ask button")).click();

        WebElement answer = waiting().until(d -> d.findElements(By.cssSelector(".msg.bot")).stream()
                .filter(e -> e.getText().contains("reset link")).findFirst().orElse(null));
        assertThat(answer.getAttribute("data-source")).isEqualTo("FAQ");
        long messageId = Long.parseLong(answer.getAttribute("data-message-id"));
        screenshot("chat");

        answer.findElement(By.cssSelector(".vote-up")).click();
        waiting().until(d -> jdbc.sql("select count(*) from feedback where message_id = :m and vote = 1")
                .param("m", messageId).query(Long.class).single() == 1);
        assertThat(answer.findElement(By.cssSelector(".vote-up")).getAttribute("class")).contains("chosen");
        assertThat(cspRefusals()).isEmpty();
    }

    @Test
    void anUnsureQuestionShowsChoiceChipsAndAPressGetsTheEntrysAnswer() {
        openChat();
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("localStorage.clear()");
        openChat();
        browser.findElement(By.id("message")).sendKeys("money back");
        browser.findElement(By.cssSelector("#ask button")).click();

        // the offered entries, then "Something else" and "Talk to a person"
        waiting().until(d -> d.findElements(By.cssSelector(".chips.choices button")).size() == 5);
        var chips = browser.findElements(By.cssSelector(".chips.choices button"));
        // the three refund entries; the one pressed is the refund's timing
        assertThat(chips.subList(0, 3).stream().map(WebElement::getText)).contains("How long does a refund take?");
        assertThat(chips.get(3).getText()).isEqualTo("Something else");
        assertThat(chips.get(4).getText()).isEqualTo("Talk to a person");
        chips.stream().filter(c -> c.getText().equals("How long does a refund take?")).findFirst().orElseThrow().click();

        WebElement answer = waiting().until(d -> d.findElements(By.cssSelector(".msg.bot")).stream()
                .filter(e -> e.getText().contains("3 business days")).findFirst().orElse(null));
        assertThat(answer.getAttribute("data-source")).isEqualTo("FAQ");
        assertThat(jdbc.sql("select clarified from message where id = :m")
                .param("m", Long.parseLong(answer.getAttribute("data-message-id"))).query(Boolean.class).single())
                .isTrue();
        assertThat(browser.findElements(By.cssSelector(".chips.choices button")).get(1).isEnabled())
                .as("the offer's other chips are spent").isFalse();
        assertThat(cspRefusals()).isEmpty();
    }

    @Test
    void talkToAPersonHandsTheChatToTheTeam() {
        openChat();
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("localStorage.clear()");
        openChat();
        browser.findElement(By.id("human")).click();
        WebElement ack = waiting().until(d -> d.findElements(By.cssSelector(".msg.bot")).stream()
                .filter(e -> e.getText().contains("A person from our team will reply")).findFirst().orElse(null));
        long messageId = Long.parseLong(ack.getAttribute("data-message-id"));
        assertThat(jdbc.sql("""
                select count(*) from handoff h join message m on m.conversation_id = h.conversation_id
                where m.id = :m and h.resolved_at is null""").param("m", messageId).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void afterAnAgentResolvesTheChatShowsScoreChipsAndAClickIsStored() {
        openChat();
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("localStorage.clear()");
        openChat();
        browser.findElement(By.id("human")).click();
        WebElement ack = waiting().until(d -> d.findElements(By.cssSelector(".msg.bot")).stream()
                .filter(e -> e.getText().contains("A person from our team will reply")).findFirst().orElse(null));
        long handoff = jdbc.sql("""
                select h.id from handoff h join message m on m.conversation_id = h.conversation_id
                where m.id = :m and h.resolved_at is null""")
                .param("m", Long.parseLong(ack.getAttribute("data-message-id"))).query(Long.class).single();
        new HttpApi(port).post("/api/tickets/" + handoff + "/resolve", HttpApi.json("agent", "Kim"), HttpApi.ADMIN);

        // the page's poll brings the request: five chips, one click stores the score
        waiting().until(d -> d.findElements(By.cssSelector(".chips.rating button")).size() == 5);
        WebElement five = browser.findElements(By.cssSelector(".chips.rating button")).get(4);
        assertThat(five.getText()).isEqualTo("5");
        five.click();
        waiting().until(d -> jdbc.sql("select count(*) from csat where handoff_id = :h and score = 5")
                .param("h", handoff).query(Long.class).single() == 1);
        waiting().until(d -> "true".equals(five.getAttribute("aria-pressed")));
        assertThat(browser.findElement(By.cssSelector(".chips.rating .thanks")).getText()).contains("Thank you");
        assertThat(cspRefusals()).isEmpty();
    }

    @Test
    void aFileTheCustomerSendsShowsOnTheTicketAndAFileStaffAttachReachesTheChat() throws IOException {
        String tag = Long.toString(System.nanoTime(), 36);
        var photo = Files.createTempFile("broken-mug-" + tag, ".png");
        var label = Files.createTempFile("return-label-" + tag, ".pdf");
        try {
            ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
            Files.writeString(label, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
            openChat();
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("localStorage.clear()");
            openChat();
            browser.findElement(By.id("human")).click();
            waiting().until(d -> d.findElements(By.cssSelector(".msg.bot")).stream()
                    .anyMatch(e -> e.getText().contains("A person from our team will reply")));
            browser.findElement(By.id("file")).sendKeys(photo.toString());
            waiting().until(d -> jdbc.sql("select count(*) from attachment where name = :n")
                    .param("n", photo.getFileName().toString()).query(Long.class).single() == 1);

            signIn("tickets");
            // the ticket shows the customer's photo as a download, never inline
            WebElement ticket = waiting().until(d -> d.findElements(By.cssSelector("#tickets > div")).stream()
                    .filter(t -> t.getText().contains(photo.getFileName().toString())).findFirst().orElse(null));
            WebElement download = ticket.findElement(By.cssSelector("ul.files a"));
            assertThat(download.getAttribute("download")).isEqualTo(photo.getFileName().toString());
            assertThat(download.getAttribute("href")).contains("/api/attachments/");
            assertThat(browser.findElements(By.cssSelector("#tickets img"))).isEmpty();

            ticket.findElement(By.tagName("textarea")).sendKeys("Here is your return label " + tag);
            ticket.findElement(By.cssSelector("input.attach")).sendKeys(label.toString());
            ticket.findElements(By.tagName("button")).stream().filter(b -> b.getText().equals("Send reply"))
                    .findFirst().orElseThrow().click();

            // back on the chat page, the session's history brings the label as a download link, and the text
            openChat();
            WebElement link = waiting().until(d -> d.findElements(By.cssSelector(".msg a.file")).stream()
                    .filter(a -> a.getText().contains(label.getFileName().toString())).findFirst().orElse(null));
            assertThat(link.getAttribute("download")).isEqualTo(label.getFileName().toString());
            waiting().until(d -> d.findElement(By.id("log")).getText().contains("Here is your return label " + tag));
            HttpApi api = new HttpApi(port);
            var fetched = api.get(link.getAttribute("href").replace(url(""), ""));
            assertThat(fetched.status()).isEqualTo(200);
            assertThat(fetched.body()).startsWith("%PDF-1.4");
            assertThat(cspRefusals()).isEmpty();
        } finally {
            Files.deleteIfExists(photo);
            Files.deleteIfExists(label);
        }
    }

    @Test
    void theAdminPageRefusesWithoutTheTokenAndShowsTheAnalyticsWithIt() throws IOException {
        HttpApi api = new HttpApi(port);
        var anonymous = api.get("/admin");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body()).contains("Admin token").doesNotContain("kpi-conversations");

        browser.manage().deleteAllCookies();
        browser.get(url("/admin"));
        browser.findElement(By.id("token")).sendKeys("not-the-token");
        browser.findElement(By.cssSelector("#login button")).click();
        // the login form reloads the page: wait for the refusal instead of reading an element that may go stale
        waiting().until(d -> d.findElement(By.id("error")).getText().contains("Wrong admin token"));
        assertThat(browser.findElements(By.id("kpi-conversations"))).isEmpty();

        browser.findElement(By.id("token")).sendKeys("test-admin-token");
        browser.findElement(By.cssSelector("#login button")).click();
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));

        JsonNode report = api.get("/api/analytics", "Authorization", "Bearer test-admin-token").json();
        assertThat(text("kpi-conversations")).isEqualTo(report.get("conversations").asString());
        assertThat(text("kpi-faq")).isEqualTo(report.get("outcomes").get("FAQ").asString());
        assertThat(text("kpi-unanswered")).isEqualTo(report.get("outcomes").get("UNANSWERED").asString());
        assertThat(text("kpi-person")).isEqualTo(report.get("outcomes").get("PERSON").asString());
        assertThat(browser.findElements(By.cssSelector("#faq tbody tr")).size()).isGreaterThanOrEqualTo(35);
        screenshot("admin");
        assertThat(cspRefusals()).isEmpty();
        // the policy is in force: an inline style added to the page is refused (and seen by cspRefusals)
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "const s = document.createElement('style'); s.textContent = 'body {}'; document.head.appendChild(s);");
        waiting().until(d -> !cspRefusals().isEmpty());
    }

    @Test
    void theAdminPageAddsASiteListsItsPagesAndPassagesResyncsAndRemovesIt() throws IOException {
        AtomicInteger served = new AtomicInteger();
        HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/", x -> {
            boolean page = x.getRequestURI().getPath().equals("/shipping");
            if (page) {
                served.incrementAndGet();
            }
            byte[] body = (page ? "<!doctype html><html><head><title>Shipping</title></head><body><main>"
                    + "<h1>Shipping</h1><h2 id=\"costs\">Costs</h2><p>Parcels within the country cost 4.90 EUR and "
                    + "ship free from 50 EUR.</p><h2 id=\"times\">Delivery times</h2><p>Parcels arrive within two to "
                    + "three working days of the order.</p></main></body></html>" : "not here")
                    .getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().set("Content-Type", page ? "text/html; charset=utf-8" : "text/plain");
            x.sendResponseHeaders(page ? 200 : 404, body.length);
            try (var out = x.getResponseBody()) {
                out.write(body);
            }
        });
        site.start();
        try {
            signIn("knowledge");
            String url = "http://127.0.0.1:" + site.getAddress().getPort() + "/shipping";
            browser.findElement(By.cssSelector("#source-form input[name=url]")).sendKeys(url);
            browser.findElement(By.cssSelector("#source-form button")).click();

            // the page polls until the source is read: one page cut at its two headings
            WebElement row = waiting().until(d -> d.findElements(By.cssSelector("#sources tbody tr")).stream()
                    .filter(r -> r.getText().contains(url) && r.getText().contains("OK")).findFirst().orElse(null));
            assertThat(row.findElement(By.className("source-pages")).getText()).isEqualTo("1");
            assertThat(row.findElement(By.className("source-passages")).getText()).isEqualTo("2");
            long id = Long.parseLong(row.getAttribute("data-source-id"));
            OffsetDateTime firstSync = lastSync(id);
            assertThat(served).hasValue(1);

            row.findElement(By.className("source-sync")).click();
            waiting().until(d -> lastSync(id).isAfter(firstSync));
            assertThat(served).as("the page is read again").hasValue(2);
            waiting().until(d -> d.findElements(By.cssSelector("#sources tbody tr[data-source-id='" + id + "']"))
                    .stream().anyMatch(r -> r.getText().contains("OK") && !r.getText().contains("sync asked for")));
            // a source with passages offers drafts (answered with a reason here: this context has no LLM)
            assertThat(browser.findElement(By.cssSelector("#sources tbody tr[data-source-id='" + id + "'] .source-drafts"))
                    .isEnabled()).isTrue();

            browser.findElement(By.cssSelector("#sources tbody tr[data-source-id='" + id + "'] .source-remove")).click();
            browser.switchTo().alert().accept();
            waiting().until(d -> d.findElements(By.cssSelector("#sources tbody tr[data-source-id='" + id + "']"))
                    .isEmpty());
            assertThat(jdbc.sql("select count(*) from knowledge_source where id = :id").param("id", id)
                    .query(Long.class).single()).isZero();
            assertThat(cspRefusals()).isEmpty();
        } finally {
            site.stop(0);
        }
    }

    private OffsetDateTime lastSync(long id) {
        return jdbc.sql("select last_sync from knowledge_source where id = :id and status = 'OK' and last_sync is not null")
                .param("id", id).query(OffsetDateTime.class).optional().orElse(OffsetDateTime.MIN);
    }

    @Test
    void theShopsLookSetOnTheAdminPageShowsOnTheChatPageAndTheBotNamesItself() {
        HttpApi api = new HttpApi(port);
        signIn("settings");
        try {
            WebElement form = browser.findElement(By.id("brand-form"));
            form.findElement(By.name("name")).sendKeys("Corner Shop");
            form.findElement(By.name("color")).sendKeys("#3b6e4f");
            form.findElement(By.cssSelector("button")).click();
            waiting().until(d -> "Corner Shop".equals(api.get("/api/chat/brand").json().get("name").asString()));

            openChat();
            waiting().until(d -> "Corner Shop".equals(d.findElement(By.cssSelector("header h1")).getText()));
            assertThat(browser.getTitle()).startsWith("Corner Shop");
            assertThat(browser.findElement(By.tagName("header")).getCssValue("background-color"))
                    .isEqualTo("rgba(59, 110, 79, 1)");
            browser.findElement(By.id("message")).sendKeys("are you a bot?");
            browser.findElement(By.cssSelector("#ask button")).click();
            waiting().until(d -> d.findElements(By.cssSelector(".msg.bot")).stream()
                    .anyMatch(e -> e.getText().contains("I'm Corner Shop, an automated assistant")));
            assertThat(cspRefusals()).isEmpty();
        } finally {
            assertThat(api.put("/api/brand", "{}", HttpApi.ADMIN).status()).isEqualTo(200);
        }
    }

    /** Signs in at a section's address: the section shows once signed in. */
    private void signIn(String page) {
        browser.manage().deleteAllCookies();
        browser.get("about:blank"); // from the admin page, a change of the hash alone would not load the page again
        browser.get(url("/admin#/" + page));
        browser.findElement(By.id("token")).sendKeys("test-admin-token");
        browser.findElement(By.cssSelector("#login button")).click();
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
        assertThat(browser.findElement(By.tagName("body")).getAttribute("data-page")).isEqualTo(page);
    }

    /** Console messages of Content-Security-Policy refusals since the last call. */
    private static java.util.List<String> cspRefusals() {
        return chromium.consoleSinceLastCall().stream().filter(m -> m.contains("Content Security Policy")).toList();
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** Saves a screenshot and checks it shows a rendered page, not a blank or single-colour one. */
    private static void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(Chromium.SCREENSHOTS.resolve(name + ".png"), png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isGreaterThan(600);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours.size()).as("distinct colours in the %s screenshot", name).isGreaterThan(20);
    }
}
