package org.answerdesk.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.answerdesk.attachment.Webm;
import org.answerdesk.channel.whatsapp.FakeGraphApi;
import org.answerdesk.transcription.FakeTranscriber;
import org.answerdesk.transcription.TestAudio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The chat page's microphone in a real headless Chromium whose microphone is a fake device playing a WAV that
 * espeak-ng spoke ({@code --use-file-for-fake-audio-capture}, permission granted by {@code --use-fake-ui-...}): the
 * page records WebM/Opus with MediaRecorder, uploads it, and shows the FAQ answer to what was said, which the
 * stand-in transcriber answers for that recording. Shares {@code WhatsAppVoiceIT}'s context (the WhatsApp tests'
 * initializer, which configures {@link FakeTranscriber}): no app of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FakeGraphApi.class)
class WebVoiceBrowserIT {

    private static final String QUESTION = "How do I reset my password?";

    static Chromium chromium;
    static WebDriver browser;
    static Duration spoken;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startBrowser() throws IOException {
        byte[] wav = TestAudio.speechWav(QUESTION);
        spoken = Duration.ofMillis((wav.length - 44) * 1000L
                / ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).getInt(28));
        Path file = Files.createDirectories(Path.of("target")).resolve("spoken-question.wav");
        Files.write(file, wav);
        chromium = Chromium.start("1000,900", "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                "--use-file-for-fake-audio-capture=" + file.toAbsolutePath() + "%noloop",
                "--autoplay-policy=no-user-gesture-required");
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

    @Test
    void aRecordingMadeWithTheMicrophoneIsAnsweredFromTheFaqSayingWhatWasUnderstood() throws InterruptedException {
        var heard = FakeTranscriber.hearsRecordings(spoken, QUESTION);
        try {
            browser.get("http://localhost:" + port + "/");
            ((JavascriptExecutor) browser).executeScript("localStorage.clear()");
            browser.get("http://localhost:" + port + "/");
            WebDriverWait wait = Chromium.waiting(browser, Duration.ofSeconds(30));
            WebElement mic = wait.until(d -> {
                WebElement m = d.findElement(By.id("mic"));
                return m.isDisplayed() ? m : null;
            });
            assertThat(mic.getAttribute("title")).isEqualTo("Record a voice message");

            mic.click();
            wait.until(d -> "true".equals(d.findElement(By.id("mic")).getAttribute("aria-pressed")));
            // the fake microphone plays the spoken question once: record it whole, then send
            Thread.sleep(spoken.toMillis() + 800);
            mic.click();

            // received at once, never silence: the answer comes with the page's poll once the workers heard it
            WebElement received = wait.until(d -> d.findElements(By.cssSelector(".msg.bot.pending")).stream()
                    .findFirst().orElse(null));
            assertThat(received.getText()).isEqualTo(
                    "Voice message received. I am listening to it and will answer here in a moment.");
            WebElement answer = wait.until(d -> d.findElements(By.cssSelector(".msg.bot")).stream()
                    .filter(e -> e.getText().contains("reset link")).findFirst().orElse(null));
            assertThat(answer.getText()).startsWith("You asked: “" + QUESTION + "”");
            assertThat(answer.getAttribute("data-source")).isEqualTo("FAQ");
            assertThat(browser.findElements(By.cssSelector(".msg.customer"))).extracting(WebElement::getText)
                .contains("🎤 Voice message");
            assertThat(mic.getAttribute("aria-pressed")).isEqualTo("false");

            String session = (String) ((JavascriptExecutor) browser)
                .executeScript("return localStorage.getItem('answerdesk.session')");
            Map<String, Object> kept = jdbc.sql("""
                    select a.content, a.media_type, a.transcription, m.text from attachment a
                    join message m on m.id = a.message_id join conversation c on c.id = a.conversation_id
                    where c.channel = 'WEB' and c.external_key = :k""").param("k", session).query().singleRow();
            assertThat(kept).containsEntry("media_type", "audio/webm").containsEntry("transcription", "HEARD")
                .containsEntry("text", QUESTION);
            byte[] recording = (byte[]) kept.get("content");
            assertThat(FakeTranscriber.callsWith(recording)).as("the browser's recording reached the server once")
                .hasSize(1);
            assertThat(Webm.length(recording)).hasValueSatisfying(d -> assertThat(d).isGreaterThanOrEqualTo(spoken));
        } finally {
            FakeTranscriber.forget(heard);
        }
    }
}
