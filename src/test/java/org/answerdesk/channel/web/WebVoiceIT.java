package org.answerdesk.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.answerdesk.HttpApi;
import org.answerdesk.channel.whatsapp.FakeGraphApi;
import org.answerdesk.transcription.FakeTranscriber;
import org.answerdesk.transcription.TestAudio;
import org.answerdesk.transcription.TestWebm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recordings sent in the web chat ({@code POST /api/chat/files}, as the page's microphone sends them) with a
 * transcriber configured: a WebM/Opus recording (real speech, in the container Chromium writes) is heard on the
 * request and its answer says what was understood; a recording over the length limit is kept and not sent; a WebM
 * video is refused. Shares {@code WhatsAppVoiceIT}'s context (the WhatsApp tests' initializer, which configures
 * {@link FakeTranscriber}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FakeGraphApi.class)
class WebVoiceIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String QUESTION = "How do I reset my password?";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRecordingIsHeardAndAnsweredFromTheFaqSayingWhatWasUnderstood() throws Exception {
        String session = "voice-" + UUID.randomUUID();
        byte[] webm = TestWebm.speech(QUESTION);
        FakeTranscriber.hears(webm, QUESTION);

        // declared as anything: the bytes say it is a recording
        var response = upload(session, "voice.webm", "application/octet-stream", webm);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.at("/reply/source").asString()).isEqualTo("FAQ");
        assertThat(body.at("/reply/reply").asString()).startsWith("You asked: “" + QUESTION + "”").contains("reset link");
        assertThat(body.at("/file/media_type").asString()).isEqualTo("audio/webm");
        assertThat(FakeTranscriber.callsWith(webm)).as("the recording reached the server once").hasSize(1);
        Map<String, Object> kept = jdbc.sql("""
                select a.content, a.transcription, a.transcript, m.text, m.intent from attachment a
                join message m on m.id = a.message_id where a.id = :id""")
            .param("id", body.at("/file/id").asLong()).query().singleRow();
        assertThat(kept).containsEntry("transcription", "HEARD").containsEntry("transcript", QUESTION)
            .containsEntry("text", QUESTION).containsEntry("intent", "QUESTION");
        assertThat((byte[]) kept.get("content")).isEqualTo(webm);

        // a typed question is answered without "You asked"
        JsonNode typed = new HttpApi(port).post("/api/chat", HttpApi.json("session_id", session, "message",
                "How long does a refund take?")).json();
        assertThat(typed.get("reply").asString()).doesNotContain("You asked");
    }

    @Test
    void aRecordingOverTheLengthLimitIsKeptNotSentAndTheCustomerIsAskedToType() throws Exception {
        String session = "voice-" + UUID.randomUUID();
        byte[] webm = TestWebm.remux(TestAudio.tone(Duration.ofSeconds(25)), 2, null); // the limit is 20 s here

        var response = upload(session, "voice.webm", "audio/webm", webm);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.at("/reply/reply").asString()).contains("type your question").doesNotContain("You asked");
        assertThat(FakeTranscriber.callsWith(webm)).isEmpty();
        assertThat(jdbc.sql("select transcription from attachment where id = :id")
            .param("id", body.at("/file/id").asLong()).query(String.class).single()).isEqualTo("TOO_LONG");
    }

    @Test
    void aWebmVideoIsRefusedAndThePageLearnsThatRecordingsAreHeard() throws Exception {
        byte[] video = TestWebm.remux(TestAudio.speech(QUESTION), 1, null);

        var response = upload("voice-" + UUID.randomUUID(), "clip.webm", "video/webm", video);

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(FakeTranscriber.callsWith(video)).isEmpty();
        JsonNode texts = new HttpApi(port).get("/api/chat/texts").json();
        assertThat(texts.at("/voice/max_seconds").asLong()).as("the page's recorder stops there").isEqualTo(20);
        assertThat(texts.at("/texts/web.mic.title").asString()).isEqualTo("Record a voice message");
    }

    @Test
    void craftedWebmsWhoseTimesOverflowAreRefusedAsUnreadableNeverAServerError() throws Exception {
        for (byte[] crafted : new byte[][] {TestWebm.declaring(1e13), TestWebm.clusterAt(Long.MAX_VALUE - 5)}) {
            var response = upload("voice-" + UUID.randomUUID(), "voice.webm", "audio/webm", crafted);

            assertThat(response.statusCode()).as("%d bytes", crafted.length).isEqualTo(422);
            assertThat(response.body()).contains("damaged");
            assertThat(FakeTranscriber.callsWith(crafted)).isEmpty();
        }
    }

    private HttpResponse<String> upload(String session, String name, String type, byte[] file) throws Exception {
        String boundary = "----answerdesk" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"session_id\"\r\n\r\n" + session
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat/files"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
