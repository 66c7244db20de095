package org.answerdesk.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.answerdesk.HttpApi;
import org.answerdesk.channel.whatsapp.FakeGraphApi;
import org.answerdesk.transcription.FakeTranscriber;
import org.answerdesk.transcription.TestAudio;
import org.answerdesk.transcription.TestMp4;
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
 * transcriber configured: a WebM/Opus recording (real speech, in the container Chromium writes) is accepted at once
 * (202, being heard), heard by the answer workers, and its answer, saying what was understood, comes with the page's
 * poll ({@code GET /api/chat/{session}/messages}); a recording over the length limit is kept and not sent; a WebM
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

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("transcribing").asBoolean()).as("the page says it is being heard").isTrue();
        assertThat(body.get("reply").isNull()).isTrue();
        assertThat(body.at("/file/media_type").asString()).isEqualTo("audio/webm");
        JsonNode answer = polledAnswer(session);
        assertThat(answer.get("source").asString()).isEqualTo("FAQ");
        assertThat(answer.get("reply").asString()).startsWith("You asked: “" + QUESTION + "”").contains("reset link");
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

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode body = JSON.readTree(response.body());
        assertThat(polledAnswer(session).get("reply").asString()).contains("type your question")
            .doesNotContain("You asked");
        assertThat(FakeTranscriber.callsWith(webm)).isEmpty();
        assertThat(jdbc.sql("select transcription from attachment where id = :id")
            .param("id", body.at("/file/id").asLong()).query(String.class).single()).isEqualTo("TOO_LONG");
    }

    @Test
    void anMp3OrM4aIsBoundByTheLengthThatPlaysInItAndOneWhoseLengthCannotBeReadIsNotSent() throws Exception {
        // 6 minutes of MP3 frames; an M4A of 32 minutes of frames whose movie header says one second; an M4A
        // without a sound track, whose length cannot be read
        var cases = Map.of("TOO_LONG", List.of(TestMp4.mp3(5_000), TestMp4.m4a(30_000, 16_000, true)),
                "LENGTH_UNKNOWN", List.of(TestMp4.m4a(10, 16_000, false)));
        for (var expected : cases.entrySet()) {
            for (byte[] audio : expected.getValue()) {
                String session = "voice-" + UUID.randomUUID();
                FakeTranscriber.hears(audio, QUESTION); // the server would hear it: nothing may reach it

                var response = upload(session, "voice", "application/octet-stream", audio);

                assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
                assertThat(polledAnswer(session).get("reply").asString()).contains("type your question");
                assertThat(FakeTranscriber.callsWith(audio)).isEmpty();
                assertThat(jdbc.sql("select transcription from attachment where id = :id")
                    .param("id", JSON.readTree(response.body()).at("/file/id").asLong()).query(String.class).single())
                    .isEqualTo(expected.getKey());
            }
        }
    }

    @Test
    void aTranscriptGoesThroughWhatTypedTextGoesThrough() throws Exception {
        byte[] first = TestWebm.remux(TestAudio.tone(Duration.ofSeconds(3)), 2, null);
        byte[] second = TestWebm.remux(TestAudio.tone(Duration.ofSeconds(4)), 2, null);
        FakeTranscriber.hears(first, "How do I\u0000 reset\u0085 my password?\u0007");
        FakeTranscriber.hears(second, "a".repeat(4_001));
        String cleaned = "voice-" + UUID.randomUUID();
        String long_ = "voice-" + UUID.randomUUID();

        upload(cleaned, "voice.webm", "audio/webm", first);
        upload(long_, "voice.webm", "audio/webm", second);

        assertThat(polledAnswer(cleaned).get("source").asString()).isEqualTo("FAQ");
        assertThat(customerText(cleaned)).as("cleaned as typed text is")
            .isEqualTo(org.answerdesk.conversation.StorableText.clean("How do I\u0000 reset\u0085 my password?\u0007").strip())
            .doesNotContain("\u0000", "\u0085", "\u0007");
        polledAnswer(long_);
        assertThat(jdbc.sql("""
                select m.intent || ' ' || m.text from message m join conversation c on c.id = m.conversation_id
                where c.external_key = :k and m.direction = 'IN'""").param("k", long_).query(String.class).single())
            .as("over the limit: the placeholder a typed message over it gets").isEqualTo("TOO_LONG [a message of 4001 characters]");
    }

    private String customerText(String session) {
        return jdbc.sql("""
                select m.text from message m join conversation c on c.id = m.conversation_id
                where c.external_key = :k and m.direction = 'IN'""").param("k", session).query(String.class).single();
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

    /** The first reply the page's poll brings (waiting only to catch a hang). */
    private JsonNode polledAnswer(String session) {
        return org.answerdesk.Await.await(() -> new HttpApi(port).get("/api/chat/" + session + "/messages?after=0")
                .json(), replies -> !replies.isEmpty(), "an answer on the page's poll").get(0);
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
