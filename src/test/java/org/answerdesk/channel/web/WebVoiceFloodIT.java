package org.answerdesk.channel.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.answerdesk.WaitLane;
import org.answerdesk.transcription.TestAudio;
import org.answerdesk.transcription.TestWebm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A flood of voice notes does not hold the web chat: 16 recordings uploaded at once (as many as the public port has
 * request threads) to a transcriber that takes 30 s each (a stand-in with a fixed delay), then a typed question. Each
 * recording is accepted at once, saying it is being heard, and the question is answered while the transcriber still
 * holds its calls (none of them has finished: the stand-in's own record of completed requests says so). The bounds
 * on the waits only catch a hang: on a request thread that heard the recordings, the question waited for one of the
 * threads the recordings held.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "answerdesk.api.rate-limit.enabled=false", "answerdesk.transcription.api-key=sk-flood"})
// In the wait lane: no other class has its settings, and its context polls none of the shared fakes.
@WaitLane
class WebVoiceFloodIT {

    private static final int UPLOADS = 16;
    private static final Duration TRANSCRIBER_TAKES = Duration.ofSeconds(30);
    /** Far beyond what an answer takes, well inside the transcriber's delay: it catches a hang, never slowness. */
    private static final long HANG_SECONDS = 25;

    private static final CountDownLatch CALLS_HELD = new CountDownLatch(2);
    private static final AtomicInteger CALLS_FINISHED = new AtomicInteger();
    private static final WireMockServer TRANSCRIBER = start();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private static WireMockServer start() {
        var server = new WireMockServer(wireMockConfig().dynamicPort().extensions(new ServeEventListener() {
            @Override
            public void afterMatch(ServeEvent event, Parameters parameters) {
                CALLS_HELD.countDown();
            }

            @Override
            public void afterComplete(ServeEvent event, Parameters parameters) {
                CALLS_FINISHED.incrementAndGet();
            }

            @Override
            public String getName() {
                return "calls-held";
            }
        }));
        server.start();
        server.stubFor(post(urlPathEqualTo("/v1/audio/transcriptions")).willReturn(aResponse()
                .withFixedDelay((int) TRANSCRIBER_TAKES.toMillis()).withHeader("Content-Type", "application/json")
                .withBody("{\"text\": \"How do I reset my password?\"}")));
        return server;
    }

    @DynamicPropertySource
    static void transcriber(DynamicPropertyRegistry registry) {
        registry.add("answerdesk.transcription.base-url", () -> TRANSCRIBER.baseUrl() + "/v1");
    }

    @AfterAll
    static void stop() {
        TRANSCRIBER.stop();
    }

    @Test
    void aQuestionIsAnsweredWhileSixteenVoiceNotesWaitOnASlowTranscriber() throws Exception {
        byte[] recording = TestWebm.remux(TestAudio.tone(Duration.ofSeconds(2)), 2, null);
        List<CompletableFuture<HttpResponse<String>>> uploads = IntStream.range(0, UPLOADS)
            .mapToObj(i -> HTTP.sendAsync(upload("flood-" + i + "-" + UUID.randomUUID(), recording),
                    HttpResponse.BodyHandlers.ofString()))
            .toList();
        assertThat(CALLS_HELD.await(HANG_SECONDS, TimeUnit.SECONDS)).as("the transcriber holds two calls").isTrue();

        var question = HTTP.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"session_id\": \"typed-" + UUID.randomUUID()
                        + "\", \"message\": \"How long does a refund take?\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        HttpResponse<String> answer = question.get(HANG_SECONDS, TimeUnit.SECONDS);
        int finished = CALLS_FINISHED.get();
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).get("reply").asString()).isNotBlank();
        assertThat(finished).as("the question was answered while the transcriber held every call").isZero();
        for (var upload : uploads) {
            HttpResponse<String> accepted = upload.get(HANG_SECONDS, TimeUnit.SECONDS);
            JsonNode body = JSON.readTree(accepted.body());
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            assertThat(body.get("transcribing").asBoolean()).isTrue();
            assertThat(body.at("/file/media_type").asString()).isEqualTo("audio/webm");
        }
    }

    private HttpRequest upload(String session, byte[] file) {
        String boundary = "----answerdesk" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"session_id\"\r\n\r\n" + session
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"voice.webm\""
                + "\r\nContent-Type: audio/webm\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat/files"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    }
}
