package org.answerdesk.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.answerdesk.HttpApi;
import org.answerdesk.SideLane;
import org.answerdesk.faq.FaqDraft;
import org.answerdesk.faq.FaqService;
import org.answerdesk.richtext.RichAnswerSample;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The widget on another site's page, in a real headless Chromium: a shop page served by a second HTTP server on
 * another port ({@code http://localhost:<shop>}, allowed by {@code ANSWERDESK_WEB_ALLOWED_ORIGINS}) and the same
 * page under an origin that is not allowed ({@code http://127.0.0.1:<shop>}). Skipped without Debian's chromium.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// In the side lane: its context (the allowed origins), shop server and browser are its own.
@SideLane
class WidgetBrowserIT {

    static final HttpClient CLIENT = HttpClient.newHttpClient();
    static HttpServer shop;
    static volatile int appPort;
    static Chromium chromium;
    static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FaqService faq;

    static {
        try {
            shop = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        shop.createContext("/", exchange -> {
            byte[] page = shopPage(appPort).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        shop.createContext("/strict", exchange -> { // a shop with a strict CSP: no inline style allowed
            byte[] page = shopPage(appPort).getBytes(StandardCharsets.UTF_8);
            String app = "http://localhost:" + appPort;
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().set("Content-Security-Policy",
                    "default-src 'none'; script-src " + app + "; connect-src " + app);
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        shop.start();
    }

    @DynamicPropertySource
    static void allowTheShop(DynamicPropertyRegistry registry) {
        registry.add("answerdesk.web.allowed-origins", () -> "https://other.example, " + allowedShop());
    }

    static String allowedShop() {
        return "http://localhost:" + shop.getAddress().getPort();
    }

    static String refusedShop() {
        return "http://127.0.0.1:" + shop.getAddress().getPort();
    }

    static String shopPage(int app) {
        return """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Corner Shop</title></head>
                <body style="margin:0;font:16px system-ui,sans-serif;background:#fafaf7;color:#222">
                <header style="background:#3b6e4f;color:#fff;padding:18px 32px;font-size:24px">Corner Shop</header>
                <main style="padding:24px 32px;max-width:640px">
                <h1>Autumn sale</h1><p>Warm jumpers, rain jackets and boots: 20%% off until Sunday.</p>
                <p>Free delivery on orders over 50 €. Questions? Ask our support chat at the bottom right.</p>
                </main>
                <script src="http://localhost:%d/widget.js" async></script>
                </body></html>
                """.formatted(app);
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = Chromium.start("1100,760");
        browser = chromium.driver;
    }

    @AfterEach
    void noScriptErrors() {
        chromium.assertNoScriptErrors();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.quit();
        }
        shop.stop(0);
    }

    @BeforeEach
    void knowTheApp() {
        appPort = port;
    }

    WebDriverWait waiting() {
        WebDriverWait wait = Chromium.waiting(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class);
        return wait;
    }

    /** The widget's shadow root on the current page, once the async script has added it. */
    SearchContext widget() {
        return waiting().until(d -> d.findElement(By.id("answerdesk-widget")).getShadowRoot());
    }

    String focused() {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "const a = document.getElementById('answerdesk-widget').shadowRoot.activeElement;"
                        + " return a ? a.getAttribute('aria-label') : null;");
    }

    void freshBrowserState(String origin) {
        browser.get(origin + "/");
        ((JavascriptExecutor) browser).executeScript("localStorage.clear(); sessionStorage.clear();");
        browser.get(origin + "/");
    }

    @Test
    void onAnAllowedSiteTheWidgetAnswersStoresAVoteAndKeepsTheConversationAcrossPageLoads() throws IOException {
        freshBrowserState(allowedShop());
        WebElement open = widget().findElement(By.cssSelector("button.open"));
        assertThat(open.getAttribute("aria-label")).isEqualTo("Open support chat");
        assertThat(open.getAttribute("aria-expanded")).isEqualTo("false");
        open.click();

        WebElement panel = widget().findElement(By.cssSelector("[role=dialog]"));
        assertThat(panel.isDisplayed()).isTrue();
        assertThat(open.getAttribute("aria-expanded")).isEqualTo("true");
        waiting().until(d -> "Your question".equals(focused()));
        assertThat(widget().findElement(By.cssSelector("ol.log")).getAttribute("aria-live")).isEqualTo("polite");

        // the greeting and the starter questions the API gives, as chips
        JsonNode greeting = new HttpApi(port).get("/api/chat/greeting").json();
        waiting().until(d -> widget().findElements(By.cssSelector(".greeting .chip")).size()
                == greeting.get("questions").size());
        assertThat(widget().findElement(By.cssSelector(".greeting")).getText()).contains(greeting.get("text").asString());
        assertThat(greeting.get("questions").size()).isBetween(3, 5);

        WebElement input = widget().findElement(By.cssSelector("input"));
        input.sendKeys("How do I reset my password?", Keys.ENTER);
        WebElement answer = waiting().until(d -> widget().findElements(By.cssSelector("li.bot[data-source=FAQ]")).stream()
                .filter(e -> e.getText().contains("reset link")).findFirst().orElse(null));
        long messageId = Long.parseLong(answer.getAttribute("data-message-id"));
        assertThat(jdbc.sql("select c.channel from message m join conversation c on c.id = m.conversation_id where m.id = :m")
                .param("m", messageId).query(String.class).single()).isEqualTo("WEB");
        String session = (String) ((JavascriptExecutor) browser).executeScript(
                "return localStorage.getItem('answerdesk.widget.session')");
        assertThat(session).startsWith("web-");

        answer.findElement(By.cssSelector(".vote-up")).click();
        waiting().until(d -> jdbc.sql("select count(*) from feedback where message_id = :m and vote = 1")
                .param("m", messageId).query(Long.class).single() == 1);
        waiting().until(d -> "true".equals(answer.findElement(By.cssSelector(".vote-up")).getAttribute("aria-pressed")));
        saveScreenshot();

        // a page load on the shop keeps the conversation: the panel comes back with the question and the answer
        browser.navigate().refresh();
        waiting().until(d -> widget().findElements(By.cssSelector("li.customer")).stream()
                .anyMatch(e -> e.getText().equals("How do I reset my password?")));
        WebElement again = waiting().until(d -> widget().findElement(By.cssSelector("li.bot[data-message-id='" + messageId + "']")));
        assertThat(again.getText()).contains("reset link");
        assertThat(widget().findElements(By.cssSelector(".greeting"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript(
                "return localStorage.getItem('answerdesk.widget.session')")).isEqualTo(session);

        // Escape closes the panel and gives the focus back to the button
        widget().findElement(By.cssSelector("input")).sendKeys(Keys.ESCAPE);
        waiting().until(d -> !widget().findElement(By.cssSelector("[role=dialog]")).isDisplayed());
        assertThat(focused()).isEqualTo("Open support chat");
        assertThat(widget().findElement(By.cssSelector("button.open")).getAttribute("aria-expanded")).isEqualTo("false");
    }

    @Test
    void afterAnAgentResolvesTheWidgetShowsScoreChipsAndAClickIsStored() {
        freshBrowserState(allowedShop());
        widget().findElement(By.cssSelector("button.open")).click();
        widget().findElement(By.cssSelector("input")).sendKeys("I'd like to talk to a human please", Keys.ENTER);
        WebElement ack = waiting().until(d -> widget().findElements(By.cssSelector("li.bot")).stream()
                .filter(e -> e.getText().contains("A person from our team will reply")).findFirst().orElse(null));
        long handoff = jdbc.sql("""
                select h.id from handoff h join message m on m.conversation_id = h.conversation_id
                where m.id = :m and h.resolved_at is null""")
                .param("m", Long.parseLong(ack.getAttribute("data-message-id"))).query(Long.class).single();
        new HttpApi(port).post("/api/tickets/" + handoff + "/resolve", HttpApi.json("agent", "Kim"), HttpApi.ADMIN);

        // the widget's poll brings the request: five chips, one click stores the score
        waiting().until(d -> widget().findElements(By.cssSelector(".rating button")).size() == 5);
        WebElement four = widget().findElements(By.cssSelector(".rating button")).get(3);
        four.click();
        waiting().until(d -> jdbc.sql("select count(*) from csat where handoff_id = :h and score = 4")
                .param("h", handoff).query(Long.class).single() == 1);
        waiting().until(d -> "true".equals(four.getAttribute("aria-pressed")));
        assertThat(widget().findElement(By.cssSelector(".rating .thanks")).getText()).contains("Thank you");
    }

    @Test
    void questionsAReplyNumbersForTextChannelsAreShownOnceAsChips() {
        // the greeting a "hi" gets numbers the most asked questions in its text, for channels without buttons
        JsonNode api = new HttpApi(port).post("/api/chat", HttpApi.json("session_id", "web-numbered-" + System.nanoTime(),
                "message", "hi")).json();
        List<String> offered = new java.util.ArrayList<>();
        api.get("suggestions").forEach(q -> offered.add(q.get("question").asString()));
        assertThat(offered).hasSizeGreaterThanOrEqualTo(3);
        assertThat(api.get("reply").asString()).contains("\n1. " + offered.get(0));

        freshBrowserState(allowedShop());
        widget().findElement(By.cssSelector("button.open")).click();
        widget().findElement(By.cssSelector("input")).sendKeys("hi", Keys.ENTER);
        WebElement reply = waiting().until(d -> widget().findElements(By.cssSelector("li.msg.bot[data-source]")).stream()
                .filter(e -> !e.findElements(By.cssSelector(".chip")).isEmpty()).findFirst().orElse(null));
        assertThat(reply.findElements(By.cssSelector(".chip")).stream().map(WebElement::getText))
                .containsExactlyElementsOf(offered);
        String shown = reply.getText();
        assertThat(shown).startsWith(api.get("reply").asString().lines().findFirst().orElseThrow());
        assertThat(shown.lines()).noneMatch(l -> l.matches("\\d+\\. .*"));
        assertThat(reply.findElements(By.cssSelector("ol > li"))).isEmpty();
        for (String question : offered) { // in the chip's label only
            assertThat(shown.split(java.util.regex.Pattern.quote(question), -1)).as(question).hasSize(2);
        }
    }

    @Test
    void aRichAnswerIsShownWithBoldLinksAndListsAndItsScriptStaysText() {
        if (faq.list().stream().noneMatch(e -> e.question().equals(RichAnswerSample.QUESTION))) {
            faq.create(new FaqDraft(RichAnswerSample.QUESTION, RichAnswerSample.ANSWER, "test", List.of(), List.of()));
        }
        freshBrowserState(allowedShop());
        widget().findElement(By.cssSelector("button.open")).click();
        widget().findElement(By.cssSelector("input")).sendKeys(RichAnswerSample.QUESTION, Keys.ENTER);
        WebElement answer = waiting().until(d -> widget().findElement(By.cssSelector("li.bot[data-source=FAQ]")));
        assertThat(answer.findElement(By.cssSelector("p strong")).getText()).isEqualTo("formatting showcase");
        List<WebElement> links = answer.findElements(By.cssSelector("a"));
        assertThat(links).hasSize(1);
        assertThat(links.get(0).getAttribute("href")).isEqualTo("https://shop.example/help?a=1&b=2");
        assertThat(links.get(0).getAttribute("rel")).contains("noopener");
        assertThat(answer.findElements(By.cssSelector("ul > li"))).hasSize(2);
        List<WebElement> numbered = answer.findElements(By.cssSelector("ol > li"));
        assertThat(numbered).hasSize(2);
        assertThat(numbered.get(0).getText()).isEqualTo("<script>alert(\"x\")</script> is shown, not run");
        assertThat(numbered.get(1).getText()).isEqualTo("**unbalanced bold & <b>tags</b>");
        assertThat(answer.findElements(By.cssSelector("script, b"))).isEmpty();
    }

    @Test
    void aPhotoSentWithThePaperclipIsKeptWithoutItsMetadataAndTheBotSaysItReceivedIt() throws IOException {
        freshBrowserState(allowedShop());
        widget().findElement(By.cssSelector("button.open")).click();
        var photo = Files.createTempFile(java.nio.file.Path.of("target"), "widget-photo-", ".png");
        Files.write(photo, org.answerdesk.attachment.TestImages.png(30, 20, "GPSLatitude 48.8584 N"));

        widget().findElement(By.cssSelector("input[type=file]")).sendKeys(photo.toAbsolutePath().toString());

        waiting().until(d -> widget().findElements(By.cssSelector("li.bot")).stream()
                .anyMatch(e -> e.getText().contains("I've received it")));
        byte[] kept = jdbc.sql("select content from attachment where name = :n")
            .param("n", photo.getFileName().toString()).query(byte[].class).single();
        assertThat(new String(kept, StandardCharsets.ISO_8859_1)).startsWith("\u0089PNG").doesNotContain("GPSLatitude");
    }

    @Test
    void onAPageWithAStrictContentSecurityPolicyTheWidgetIsStyledAndWorks() {
        freshBrowserState(allowedShop());
        browser.get(allowedShop() + "/strict");
        WebElement open = widget().findElement(By.cssSelector("button.open"));
        assertThat(open.getCssValue("position")).isEqualTo("fixed");
        assertThat(open.getCssValue("background-color")).isEqualTo("rgba(36, 71, 122, 1)");
        open.click();
        waiting().until(d -> widget().findElements(By.cssSelector(".greeting .chip")).size() >= 3);
    }

    @Test
    void theWidgetWearsTheShopsNameAndColour() {
        HttpApi api = new HttpApi(port);
        assertThat(api.put("/api/brand", HttpApi.json("name", "Corner Shop", "color", "#3b6e4f"), HttpApi.ADMIN)
                .status()).isEqualTo(200);
        try {
            freshBrowserState(allowedShop());
            WebElement open = widget().findElement(By.cssSelector("button.open"));
            assertThat(open.getCssValue("background-color")).isEqualTo("rgba(59, 110, 79, 1)");
            open.click();
            assertThat(widget().findElement(By.cssSelector("h2")).getText()).isEqualTo("Corner Shop");
        } finally {
            assertThat(api.put("/api/brand", "{}", HttpApi.ADMIN).status()).isEqualTo(200);
        }
    }

    @Test
    void onASiteThatIsNotAllowedNoLauncherAppearsTheOwnerSeesTheSiteAndAllowingItServesIt() {
        HttpApi api = new HttpApi(port);
        freshBrowserState(refusedShop());
        waiting().until(d -> "refused".equals(((JavascriptExecutor) d).executeScript("return window.__answerdeskWidget")));
        assertThat(browser.findElements(By.id("answerdesk-widget"))).as("no launcher, no error text").isEmpty();
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("not available");

        // the owner sees the site that tried, and allows it: no restart
        JsonNode refused = null;
        for (JsonNode r : api.get("/api/web/origins", HttpApi.ADMIN).json().get("refused")) {
            if (r.get("origin").asString().equals(refusedShop())) {
                refused = r;
            }
        }
        assertThat(refused).as("the refused site is listed").isNotNull();
        assertThat(refused.get("count").asLong()).isPositive();
        assertThat(refused.get("last_seen").asString()).isNotBlank();
        var allowed = api.post("/api/web/origins", HttpApi.json("origin", refusedShop()), HttpApi.ADMIN);
        assertThat(allowed.status()).as(allowed.body()).isEqualTo(201);
        try {
            browser.get(refusedShop() + "/");
            widget().findElement(By.cssSelector("button.open")).click();
            waiting().until(d -> widget().findElements(By.cssSelector(".greeting .chip")).size() >= 3);
            widget().findElement(By.cssSelector("input")).sendKeys("How do I reset my password?", Keys.ENTER);
            waiting().until(d -> widget().findElements(By.cssSelector("li.bot[data-source=FAQ]")).stream()
                    .anyMatch(e -> e.getText().contains("reset link")));
        } finally {
            assertThat(api.delete("/api/web/origins?origin=" + refusedShop(), HttpApi.ADMIN).status()).isEqualTo(204);
        }
        // withdrawn: the next page load shows no launcher again
        freshBrowserState(refusedShop());
        waiting().until(d -> "refused".equals(((JavascriptExecutor) d).executeScript("return window.__answerdeskWidget")));
        assertThat(browser.findElements(By.id("answerdesk-widget"))).isEmpty();
    }

    @Test
    void corsAndFrameHeadersFollowTheAllowedOrigins() throws Exception {
        HttpResponse<String> allowed = preflight(allowedShop());
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(allowedShop());
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();

        HttpResponse<String> refused = preflight(refusedShop());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        // a request that skips the preflight is refused too, before it reaches the API
        HttpResponse<String> direct = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat"))
                .header("Origin", refusedShop()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"session_id\":\"web-refused-1\",\"message\":\"hello there\"}")));
        assertThat(direct.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from conversation where external_key = 'web-refused-1'")
                .query(Long.class).single()).isZero();

        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).GET());
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'self' https://other.example " + allowedShop());
        assertThat(page.headers().firstValue("X-Frame-Options")).isEmpty();
        HttpResponse<String> admin = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin")).GET());
        assertThat(admin.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(admin.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'");
    }

    private HttpResponse<String> preflight(String origin) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat"))
                .header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void saveScreenshot() throws IOException {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        assertThat(png.length).isGreaterThan(10_000);
        Files.write(Chromium.SCREENSHOTS.resolve("widget.png"), png);
    }
}
