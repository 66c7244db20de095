package org.answerdesk.channel.web;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;

import org.answerdesk.AsksForFaqHealth;
import org.answerdesk.HttpApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The admin page as an owner uses it, in headless Chromium: its sections at their own addresses and a menu that works
 * on a phone, the page in the owner's language, tickets with their times, the FAQ's health in plain words and charts
 * whose categories each have a colour. The same context as {@link WebPagesBrowserIT} (the same annotations).
 */
@AsksForFaqHealth
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminPageBrowserIT {

    static final List<String> PAGES = List.of("dashboard", "tickets", "faq", "questions", "knowledge", "channels",
            "customers", "settings");

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
        browser.manage().window().setSize(new Dimension(1280, 1000));
        chromium.assertNoScriptErrors();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.quit();
        }
    }

    @Test
    void eachSectionHasItsOwnAddressAndTheMenuWorksOnAPhone() throws IOException {
        signIn("");
        assertThat(page()).isEqualTo("dashboard");
        for (String page : PAGES) {
            browser.get(url("/admin#/" + page));
            waiting().until(d -> page.equals(page()));
            List<WebElement> sections = browser.findElements(By.cssSelector("main > section"));
            assertThat(sections).filteredOn(WebElement::isDisplayed).isNotEmpty()
                    .allMatch(s -> page.equals(s.getAttribute("data-page")));
            assertThat(browser.findElement(By.cssSelector("#nav a[aria-current=page]")).getAttribute("data-page"))
                    .isEqualTo(page);
        }
        // the browser's back button goes back a section
        browser.navigate().back();
        waiting().until(d -> "customers".equals(page()));

        browser.manage().window().setSize(new Dimension(390, 844));
        for (String page : PAGES) {
            WebElement link = browser.findElement(By.cssSelector("#nav a[data-page=" + page + "]"));
            link.click();
            waiting().until(d -> page.equals(page()));
            assertThat(browser.getCurrentUrl()).endsWith("/admin#/" + page);
            assertThat(link.isDisplayed()).isTrue();
            // the charts take the phone's width a frame or two after the section shows: wait for it, bounded
            String sideways = "return document.documentElement.scrollWidth - window.innerWidth";
            try {
                waiting().until(d -> (Long) script(sideways) <= 0);
            } catch (org.openqa.selenium.TimeoutException stillOverflowing) {
                // asserted below, with what overflows
            }
            long overflow = (Long) script(sideways);
            assertThat(overflow).as("sideways scrolling of the %s section on a phone, by %s", page, script("""
                    return [...document.querySelectorAll('body *')].filter(e => e.offsetParent !== null
                        && e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('#nav, .scroll'))
                      .slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className).join(' ')""")).isLessThanOrEqualTo(0);
        }
        // the menu stays in reach below the header when the owner has scrolled down a long section
        browser.findElement(By.cssSelector("#nav a[data-page=faq]")).click();
        script("window.scrollTo(0, document.body.scrollHeight)");
        assertThat((Long) script("return Math.round(document.getElementById('nav').getBoundingClientRect().top)"))
                .isBetween(0L, 120L);
        Files.write(Chromium.SCREENSHOTS.resolve("admin-phone.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void theSignInAndThePageSpeakTheLanguageTheOwnerChose() {
        browser.manage().deleteAllCookies();
        browser.get("about:blank");
        browser.get(url("/admin?lang=de"));
        assertThat(browser.findElement(By.cssSelector("label[for=token]")).getText()).isEqualTo("Admin-Token");
        assertThat(browser.findElement(By.cssSelector("#login button")).getText()).isEqualTo("Anmelden");
        browser.findElement(By.id("token")).sendKeys("not-the-token");
        browser.findElement(By.cssSelector("#login button")).click();
        waiting().until(d -> d.findElement(By.id("error")).getText().equals("Falsches Admin-Token."));

        browser.findElement(By.id("token")).sendKeys("test-admin-token");
        browser.findElement(By.cssSelector("#login button")).click();
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
        assertThat(browser.findElement(By.cssSelector("#nav a[data-page=settings]")).getText())
                .isEqualTo("Einstellungen");
        assertThat(browser.findElement(By.cssSelector("#dashboard h2")).getText()).isEqualTo("Letzte 30 Tage");
        assertThat(browser.findElement(By.cssSelector("header button")).getText()).isEqualTo("Abmelden");
        assertThat(browser.getTitle()).isEqualTo("Übersicht · answerdesk Verwaltung");
        // the script's words too: the outcomes chart's categories
        waiting().until(d -> script("return Chart.getChart('chart-outcomes').data.labels").toString()
                .contains("Aus der FAQ beantwortet"));
        browser.get(url("/admin#/faq"));
        waiting().until(d -> d.findElement(By.id("health-summary")).getText().startsWith("Von 100 Fragen"));
        browser.get(url("/admin#/tickets"));
        assertThat(browser.findElement(By.cssSelector("#tickets-section h2")).getText()).isEqualTo("Offene Tickets");

        // chosen back on the settings section, for this browser
        browser.get(url("/admin#/settings"));
        new Select(browser.findElement(By.id("admin-language"))).selectByValue("en");
        waiting().until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        waiting().until(d -> "settings".equals(page()));
        assertThat(browser.findElement(By.cssSelector("#nav a[data-page=settings]")).getText()).isEqualTo("Settings");
    }

    @Test
    void ticketsShowWhenTheyOpenedAndHowLongTheCustomerHasWaited() throws IOException {
        HttpApi api = new HttpApi(port);
        String session = "adminlang-" + Long.toString(System.nanoTime(), 36);
        assertThat(api.post("/api/chat", json("session_id", session, "choice", "human")).status()).isEqualTo(200);
        long ticket = jdbc.sql("""
                select h.id from handoff h join conversation c on c.id = h.conversation_id
                where c.channel = 'WEB' and c.external_key = :s and h.resolved_at is null""")
                .param("s", session).query(Long.class).single();
        jdbc.sql("update handoff set opened_at = now() - interval '2 hours 5 minutes 10 seconds' where id = :id")
                .param("id", ticket).update();
        try {
            // the link an alert carries opens the tickets at this one, also through the sign-in
            browser.manage().deleteAllCookies();
            browser.get("about:blank");
            browser.get(url("/admin#ticket-" + ticket));
            browser.findElement(By.id("token")).sendKeys("test-admin-token");
            browser.findElement(By.cssSelector("#login button")).click();
            waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
            assertThat(page()).isEqualTo("tickets");
            WebElement card = browser.findElement(By.id("ticket-" + ticket));
            assertThat(card.isDisplayed()).isTrue();
            String times = card.findElement(By.className("ticket-times")).getText();
            assertThat(times).startsWith("Opened ").containsPattern("waiting for 2 h [56] min");
            assertThat(browser.findElement(By.id("nav-tickets-count")).getText()).matches("[1-9][0-9]*");
            Files.write(Chromium.SCREENSHOTS.resolve("admin-ticket.png"), card.getScreenshotAs(OutputType.BYTES));

            // answered by a person: no longer waiting; the customer writes again: waiting since that message
            assertThat(api.post("/api/tickets/" + ticket + "/reply", json("text", "On it", "agent", "Kim"),
                    HttpApi.ADMIN).status()).isEqualTo(200);
            browser.navigate().refresh();
            waiting().until(d -> d.findElement(By.cssSelector("#ticket-" + ticket + " .ticket-wait")).getText()
                    .matches("answered \\d+ min ago"));
            api.post("/api/chat", json("session_id", session, "message", "Thanks, and the invoice?"));
            browser.navigate().refresh();
            waiting().until(d -> d.findElement(By.cssSelector("#ticket-" + ticket + " .ticket-wait")).getText()
                    .matches("waiting for \\d+ min"));
        } finally {
            api.post("/api/tickets/" + ticket + "/resolve", json("agent", "Kim"), HttpApi.ADMIN);
        }
    }

    @Test
    void theFaqHealthIsSaidInPlainWords() throws IOException {
        signIn("faq");
        WebElement summary = browser.findElement(By.id("health-summary"));
        waiting().until(d -> summary.getText().startsWith("Of 100 questions like your customers'"));
        JsonNode health = new HttpApi(port).get("/api/faq/health?precision=0.9", HttpApi.ADMIN).json();
        JsonNode at = health.get("at_threshold");
        long answered = Math.round(100 * at.get("answered").asDouble());
        long right = Math.min(answered, Math.round(100 * at.get("answered").asDouble() * at.get("precision").asDouble()));
        assertThat(summary.getText()).startsWith("Of 100 questions like your customers', the bot answers " + right
                + " right and " + (answered - right) + " wrong; the other " + (100 - answered) + " it does not");
        JsonNode first = health.get("confusions").get(0);
        assertThat(browser.findElement(By.id("health-confused")).getText()).startsWith("These entries get confused: \""
                + first.get("expected_question").asString() + "\" with \"" + first.get("answered_question").asString());
        assertThat(browser.findElement(By.id("health-unknown")).getText()).matches(
                "Asked something your FAQ does not cover, the bot says so \\d+ times out of 10 instead of guessing\\.");
        // the statistics' words wait behind "details" for whoever wants them
        String shown = browser.findElement(By.id("health")).getText().toLowerCase();
        assertThat(shown).doesNotContain("precision", "threshold", "cross-validated");
        Files.write(Chromium.SCREENSHOTS.resolve("admin-faq-health.png"),
                browser.findElement(By.id("health")).getScreenshotAs(OutputType.BYTES));
        browser.findElement(By.cssSelector("#health-details summary")).click();
        waiting().until(d -> d.findElement(By.id("health-top1")).getText().endsWith("%"));
    }

    /**
     * The settings section as an owner uses it: the shop's name saved and on the chat API, hours that cannot be read
     * refused with the reason beside the form and good ones applied, a text missing its placeholder refused, then
     * saved, then reset to the shipped one.
     */
    @Test
    void theSettingsSectionChangesTheLookTheHoursAndTheBotsTextsWithTheReasonsShown() throws IOException {
        HttpApi api = new HttpApi(port);
        try {
            signIn("settings");
            waiting().until(d -> "true".equals(d.findElement(By.id("owner-texts")).getAttribute("data-loaded")));

            WebElement brand = browser.findElement(By.id("brand-form"));
            brand.findElement(By.name("name")).sendKeys("Corner Shop");
            brand.findElement(By.cssSelector("button[type=submit]")).click();
            waiting().until(d -> status(brand).startsWith("Saved."));
            assertThat(api.get("/api/chat/brand").json().get("name").asString()).isEqualTo("Corner Shop");

            WebElement hours = browser.findElement(By.id("hours-form"));
            assertThat(browser.findElement(By.id("hours-now")).getText()).isEqualTo("The team is at work now.");
            hours.findElement(By.name("weekly")).sendKeys("Mon-Fri 9-5");
            hours.findElement(By.cssSelector("button[type=submit]")).click();
            waiting().until(d -> status(hours).startsWith("Not saved: weekly \"Mon-Fri 9-5\" cannot be read"));
            hours.findElement(By.name("weekly")).clear();
            hours.findElement(By.name("weekly")).sendKeys("Mon-Sun 09:00-17:00");
            hours.findElement(By.name("closed")).sendKeys(java.time.LocalDate.now(java.time.ZoneOffset.UTC) + ", "
                    + java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1));
            hours.findElement(By.cssSelector("button[type=submit]")).click();
            waiting().until(d -> status(hours).startsWith("Saved."));
            assertThat(browser.findElement(By.id("hours-now")).getText()).startsWith("The team is away now; back ");
            assertThat(api.get("/api/settings/hours", HttpApi.ADMIN).json().get("source").asString()).isEqualTo("ADMIN");

            WebElement away = browser.findElement(By.cssSelector(".owner-text[data-key='hours.away']"));
            assertThat(away.getText()).contains("Keep: {next}");
            away.findElement(By.tagName("textarea")).clear();
            away.findElement(By.tagName("textarea")).sendKeys("We're out.");
            away.findElement(By.className("save")).click();
            waiting().until(d -> status(away).equals(
                    "Not saved: text must keep {next}: hours.away puts the next opening time there"));
            away.findElement(By.tagName("textarea")).clear();
            away.findElement(By.tagName("textarea")).sendKeys("We're out; back {next}.");
            away.findElement(By.className("save")).click();
            // the list is drawn again: the card is found anew
            waiting().until(d -> d.findElement(By.cssSelector(".owner-text[data-key='hours.away']")).getText()
                    .contains("changed by you"));
            assertThat(api.post("/api/chat", json("session_id", "settings-" + System.nanoTime(), "message",
                    "I want to talk to a human")).json().get("reply").asString()).contains("We're out; back ");
            Files.write(Chromium.SCREENSHOTS.resolve("admin-settings.png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

            browser.findElement(By.cssSelector(".owner-text[data-key='hours.away'] .reset")).click();
            waiting().until(d -> d.findElement(By.cssSelector(".owner-text[data-key='hours.away'] textarea"))
                    .getAttribute("value").startsWith("Our team is away right now"));
            assertThat(browser.findElements(By.cssSelector(".owner-text[data-key='hours.away'] .reset"))).isEmpty();
        } finally {
            api.put("/api/brand", "{}", HttpApi.ADMIN);
            api.delete("/api/settings/hours", HttpApi.ADMIN);
            api.delete("/api/settings/texts/en/hours.away", HttpApi.ADMIN);
        }
    }

    private static String status(WebElement box) {
        return box.findElement(By.className("settings-status")).getText();
    }

    @Test
    void everyChartGivesEachOfItsCategoriesAColourOfItsOwn() {
        signIn("dashboard");
        waiting().until(d -> script("return Chart.getChart('chart-outcomes') ? 1 : 0").equals(1L));
        List<?> labels = (List<?>) script("return Chart.getChart('chart-outcomes').data.labels");
        List<?> colours = (List<?>) script("return Chart.getChart('chart-outcomes').data.datasets[0].backgroundColor");
        assertThat(labels).hasSize(6);
        assertThat(new HashSet<>(colours)).hasSize(labels.size());
        List<?> perDay = (List<?>) script(
                "return Chart.getChart('chart-days').data.datasets.map(d => d.backgroundColor)");
        assertThat(new HashSet<>(perDay)).hasSize(perDay.size());
    }

    private void signIn(String page) {
        browser.manage().deleteAllCookies();
        browser.get("about:blank"); // from the admin page, a change of the hash alone would not load the page again
        browser.get(url("/admin" + (page.isEmpty() ? "" : "#/" + page)));
        browser.findElement(By.id("token")).sendKeys("test-admin-token");
        browser.findElement(By.cssSelector("#login button")).click();
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
    }

    private String page() {
        return browser.findElement(By.tagName("body")).getAttribute("data-page");
    }

    private Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebDriverWait waiting() {
        WebDriverWait wait = Chromium.waiting(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
