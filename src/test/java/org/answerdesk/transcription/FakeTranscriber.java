package org.answerdesk.transcription;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.time.Duration;
import java.util.List;

import org.answerdesk.attachment.Webm;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * A stand-in OpenAI-compatible speech-to-text server on loopback: it answers a transcript only for the exact audio
 * a test gave it ({@link #hears}), received as the multipart {@code file} part with the model and the bearer key, so
 * a test proves that its audio reached the server. Anything else gets a 400, as a real server refuses a bad upload.
 * One server for the test contexts that share it (the Telegram and WhatsApp tests' initializers).
 */
public final class FakeTranscriber {

    public static final String PATH = "/v1/audio/transcriptions";
    public static final String KEY = "sk-test-transcription";
    public static final WireMockServer SERVER = start();

    private FakeTranscriber() {
    }

    private static WireMockServer start() {
        var server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        server.stubFor(post(urlPathEqualTo(PATH)).atPriority(10).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"message\": \"not an audio this test knows\"}}")));
        return server;
    }

    /** The app's settings for this server (time-out short, so a slow answer is a test's few seconds). */
    public static String[] properties() {
        return new String[] {"answerdesk.transcription.base-url=" + SERVER.baseUrl() + "/v1",
            "answerdesk.transcription.api-key=" + KEY, "answerdesk.transcription.timeout=3s",
            "answerdesk.transcription.max-length=20s", "answerdesk.transcription.retry-delay=200ms"};
    }

    /** The server answers {@code transcript} to exactly this audio. */
    public static void hears(byte[] audio, String transcript) {
        answers(audio, aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"text\": " + quoted(transcript) + "}"));
    }

    /** The server answers this to exactly this audio (a refusal, a delay, a fault). */
    public static void answers(byte[] audio, ResponseDefinitionBuilder response) {
        SERVER.stubFor(post(urlPathEqualTo(PATH)).atPriority(1)
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Content-Type", containing("multipart/form-data"))
                .withMultipartRequestBody(aMultipart().withName("model").withBody(equalTo("whisper-1")))
                .withMultipartRequestBody(aMultipart().withName("file").withBody(binaryEqualTo(audio)))
                .willReturn(response));
    }

    /**
     * The server answers {@code transcript} to any browser recording (WebM audio, {@link Webm#isAudio}) of at least
     * {@code atLeast}: a recording made in a test's browser, whose bytes the test cannot know before. Remove the stub
     * ({@link #forget}) when the test is done.
     */
    public static StubMapping hearsRecordings(Duration atLeast, String transcript) {
        return SERVER.stubFor(post(urlPathEqualTo(PATH)).atPriority(2)
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withMultipartRequestBody(aMultipart().withName("model").withBody(equalTo("whisper-1")))
                .andMatching(request -> {
                    var file = request.getPart("file");
                    byte[] audio = file == null ? new byte[0] : file.getBody().asBytes();
                    return MatchResult.of(Webm.isAudio(audio)
                            && Webm.length(audio).filter(d -> d.compareTo(atLeast) >= 0).isPresent());
                })
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"text\": " + quoted(transcript) + "}")));
    }

    public static void forget(StubMapping stub) {
        SERVER.removeStub(stub);
    }

    /** The server answers {@code failure} to the first call with exactly this audio, {@code transcript} after. */
    public static void failsOnceThenHears(byte[] audio, ResponseDefinitionBuilder failure, String transcript) {
        String scenario = "fails once " + java.util.Arrays.hashCode(audio);
        SERVER.stubFor(post(urlPathEqualTo(PATH)).atPriority(1).inScenario(scenario)
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .withMultipartRequestBody(aMultipart().withName("file").withBody(binaryEqualTo(audio)))
                .willReturn(failure).willSetStateTo("failed"));
        SERVER.stubFor(post(urlPathEqualTo(PATH)).atPriority(1).inScenario(scenario).whenScenarioStateIs("failed")
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withMultipartRequestBody(aMultipart().withName("file").withBody(binaryEqualTo(audio)))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"text\": " + quoted(transcript) + "}")));
    }

    /** The calls that carried exactly this audio. */
    public static List<LoggedRequest> callsWith(byte[] audio) {
        return SERVER.findAll(postRequestedFor(urlPathEqualTo(PATH))
                .withRequestBodyPart(aMultipart().withName("file").withBody(binaryEqualTo(audio)).build()));
    }

    private static String quoted(String text) {
        var json = new StringBuilder("\"");
        text.chars().forEach(c -> json.append(c == '"' || c == '\\' ? "\\" + (char) c
                : c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return json.append('"').toString();
    }
}
