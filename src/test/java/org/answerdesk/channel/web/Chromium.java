package org.answerdesk.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.answerdesk.Tools;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for the browser tests: one driver per test class, its console kept, and a check that
 * the page's own scripts threw nothing. A script error leaves a button dead without failing any request, so every
 * browser test ends with {@link #assertNoScriptErrors()}. Where the browser is missing the test class is skipped, or
 * fails under {@code CI=true} ({@link Tools}).
 */
final class Chromium {

    static final Path SCREENSHOTS = Path.of("target/screenshots");

    final WebDriver driver;
    private final List<String> console = new ArrayList<>();

    private Chromium(WebDriver driver) {
        this.driver = driver;
    }

    /**
     * A wait on {@code browser} that looks again every 100 ms, as {@code Await} does: Selenium's default of 500 ms left
     * each wait whose first look failed up to half a second behind the page, a few dozen times per browser test.
     */
    static WebDriverWait waiting(WebDriver browser, Duration bound) {
        WebDriverWait wait = new WebDriverWait(browser, bound);
        wait.pollingEvery(Duration.ofMillis(100));
        return wait;
    }

    static Chromium start(String windowSize, String... extraArguments) throws IOException {
        String install = "browser tests need Debian's chromium and chromium-driver (apt-get install chromium "
                + "chromium-driver)";
        Path binary = Tools.require(Tools.find("chromium"), install);
        Path driver = Tools.require(Tools.find("chromedriver"), install);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.toFile());
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=" + windowSize,
                "--user-data-dir=" + Files.createTempDirectory(Files.createDirectories(Path.of("target")), "chromium-profile"));
        options.addArguments(extraArguments);
        // a fixed driver path: Selenium Manager never tries to download one
        var service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build();
        Files.createDirectories(SCREENSHOTS);
        return new Chromium(new ChromeDriver(service, options));
    }

    /** Console messages since the last call (Chromium hands each out once), also kept for the script check. */
    List<String> consoleSinceLastCall() {
        List<String> messages = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).toList();
        console.addAll(messages);
        return messages;
    }

    /** Fails on any uncaught error of a script since the last check; network refusals the test expects are fine. */
    void assertNoScriptErrors() {
        consoleSinceLastCall();
        List<String> uncaught = console.stream().filter(m -> m.contains("Uncaught")).toList();
        console.clear();
        assertThat(uncaught).as("uncaught script errors in the browser console").isEmpty();
    }

    void quit() {
        driver.quit();
    }
}
