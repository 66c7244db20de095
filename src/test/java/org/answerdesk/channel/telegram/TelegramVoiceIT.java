package org.answerdesk.channel.telegram;

import org.answerdesk.ReadsTheLog;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import org.answerdesk.Await;
import org.answerdesk.conversation.SpokenMessages;
import org.answerdesk.transcription.FakeTranscriber;
import org.answerdesk.transcription.TestAudio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.node.ObjectNode;

/**
 * Telegram voice notes heard: real OGG/Opus speech (espeak-ng, opusenc) served as the voice's file, a stand-in
 * OpenAI-compatible transcriber ({@link FakeTranscriber}) that answers only for that audio, the real pipeline and
 * embedded PostgreSQL. Shares {@link TelegramFilesIT}'s context.
 */
@ReadsTheLog
@SpringBootTest
@ContextConfiguration(initializers = FakeTelegram.Settings.class)
class TelegramVoiceIT {

    private static final long FIXTURE_CHAT = 5550001;
    private static final String QUESTION = "How do I reset my password?";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    org.answerdesk.handoff.HandoffService handoffs;
    @Autowired
    SpokenMessages spoken;
    private final FakeTelegram telegram = FakeTelegram.INSTANCE;

    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void aVoiceNoteIsAnsweredFromTheFaqWithWhatWasSaidAsItsTextAndTheAudioKeptOnce(
            org.springframework.boot.test.system.CapturedOutput output) {
        long chat = telegram.nextChatId();
        byte[] audio = TestAudio.speech(QUESTION);
        FakeTranscriber.hears(audio, QUESTION);
        double heard = meters.counter("answerdesk.transcriptions", "outcome", "heard").count();

        deliver(voice(chat, audio));

        var reply = Await.await(() -> telegram.messagesTo(chat), m -> !m.isEmpty(), "the answer").get(0);
        assertThat(reply.get("text").asString()).contains("reset link");
        assertThat(FakeTranscriber.callsWith(audio)).as("the audio reached the server once").hasSize(1);
        Map<String, Object> message = message(chat);
        assertThat(message).containsEntry("text", QUESTION).containsEntry("intent", "QUESTION")
            .containsEntry("transcript", QUESTION).containsEntry("transcription", "HEARD")
            .containsEntry("media_type", "audio/ogg");
        assertThat((byte[]) message.get("content")).as("the audio kept for the person").isEqualTo(audio);
        assertThat(meters.counter("answerdesk.transcriptions", "outcome", "heard").count()).isEqualTo(heard + 1);
        assertThat(output.getAll().lines().filter(l -> l.contains("Voice note of message")))
            .as("the hearing is logged, never what was said").isNotEmpty().noneMatch(l -> l.contains("password"));

        // a worker that takes the message over after the audio was heard reads the transcript kept with it
        assertThat(spoken.hear((Long) message.get("message_id"), java.util.Optional::empty, false, 1))
            .isEqualTo(SpokenMessages.Heard.heard(QUESTION));
        assertThat(FakeTranscriber.callsWith(audio)).as("never uploaded again").hasSize(1);

        ObjectNode ask = telegram.fixture("private-text.json", FIXTURE_CHAT, chat);
        ((ObjectNode) ask.get("message")).put("text", "I want to talk to a person").put("message_id", 48300);
        deliver(ask);
        long ticket = Await.await(() -> jdbc.sql("select h.id from handoff h join conversation c on c.id = "
                + "h.conversation_id where c.external_key = :k").param("k", Long.toString(chat)).query(Long.class)
                .optional(), java.util.Optional::isPresent, "the ticket").orElseThrow();
        assertThat(handoffs.ticket(ticket).orElseThrow().files()).as("the person sees the transcript by the audio")
            .singleElement().satisfies(f -> assertThat(f.transcript()).isEqualTo(QUESTION));
    }

    @Test
    void aRecordingOverTheLengthLimitIsKeptAndNotSentAndTheCustomerIsAskedToType() {
        long chat = telegram.nextChatId();
        byte[] audio = TestAudio.tone(Duration.ofSeconds(25)); // the tests' limit is 20 s
        FakeTranscriber.hears(audio, QUESTION);
        double counted = meters.counter("answerdesk.transcriptions", "outcome", "too_long").count();

        deliver(voice(chat, audio));

        var reply = Await.await(() -> telegram.messagesTo(chat), m -> !m.isEmpty(), "the answer").get(0);
        assertThat(reply.get("text").asString()).contains("couldn't listen").contains("type");
        assertThat(FakeTranscriber.callsWith(audio)).as("not sent").isEmpty();
        assertThat(message(chat)).containsEntry("intent", "NOT_HEARD").containsEntry("transcription", "TOO_LONG")
            .containsEntry("transcript", null).containsEntry("refused", null);
        assertThat((byte[]) message(chat).get("content")).isEqualTo(audio);
        assertThat(meters.counter("answerdesk.transcriptions", "outcome", "too_long").count()).isEqualTo(counted + 1);
    }

    /** Each failure, and how often the audio is sent: a refusal once, what waiting may cure every attempt (3). */
    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("the server refuses (400)", "status_400", aResponse().withStatus(400)
                        .withBody("{\"error\": {\"message\": \"bad audio\"}}"), 1),
                Arguments.of("the server fails (503)", "status_503", aResponse().withStatus(503), 3),
                Arguments.of("the server hears nothing", "empty", aResponse()
                        .withHeader("Content-Type", "application/json").withBody("{\"text\": \"  \"}"), 1),
                Arguments.of("the server is slow", "timeout", aResponse().withFixedDelay(8000)
                        .withHeader("Content-Type", "application/json").withBody("{\"text\": \"late\"}"), 3),
                Arguments.of("the server is down", "unreachable", aResponse()
                        .withFault(Fault.CONNECTION_RESET_BY_PEER), 3));
    }

    @Test
    void aVoiceNoteTheServerFailedOnIsHeardWhenItIsTriedAgain() {
        long chat = telegram.nextChatId();
        byte[] audio = TestAudio.speech("I forgot my password, what now?");
        FakeTranscriber.failsOnceThenHears(audio, aResponse().withStatus(502), QUESTION);
        double retries = meters.counter("answerdesk.transcriptions.retries").count();

        deliver(voice(chat, audio));

        var reply = Await.await(() -> telegram.messagesTo(chat), m -> !m.isEmpty(), "the answer").get(0);
        assertThat(reply.get("text").asString()).startsWith("You asked: “" + QUESTION + "”").contains("reset link");
        assertThat(telegram.messagesTo(chat)).as("no \"type it\" before the answer").hasSize(1);
        assertThat(FakeTranscriber.callsWith(audio)).as("sent again after the 502").hasSize(2);
        assertThat(message(chat)).containsEntry("intent", "QUESTION").containsEntry("transcription", "HEARD");
        assertThat(meters.counter("answerdesk.transcriptions.retries").count()).isEqualTo(retries + 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void aVoiceNoteTheServerDoesNotHearIsKeptForThePersonAndTheCustomerIsAskedToType(
            String what, String outcome, ResponseDefinitionBuilder answer, int calls) {
        long chat = telegram.nextChatId();
        byte[] audio = TestAudio.speech("Where is my parcel, " + outcome + "?");
        FakeTranscriber.answers(audio, answer);
        double counted = meters.counter("answerdesk.transcriptions", "outcome", outcome).count();

        deliver(voice(chat, audio));

        var reply = Await.await(() -> telegram.messagesTo(chat), m -> !m.isEmpty(), "the answer").get(0);
        assertThat(reply.get("text").asString()).contains("couldn't listen").contains("type");
        assertThat(FakeTranscriber.callsWith(audio)).as("the audio reached the server").hasSize(calls);
        assertThat(message(chat)).containsEntry("intent", "NOT_HEARD").containsEntry("transcription", "FAILED")
            .containsEntry("transcript", null).containsEntry("text", "[voice message]");
        assertThat((byte[]) message(chat).get("content")).as("kept for the person").isEqualTo(audio);
        assertThat(meters.counter("answerdesk.transcriptions", "outcome", outcome).count())
            .as("counted at each attempt").isEqualTo(counted + calls);
    }

    private Map<String, Object> message(long chat) {
        return jdbc.sql("""
                select m.text, m.intent, a.message_id, a.media_type, a.content, a.refused, a.transcript,
                       a.transcription
                from attachment a join message m on m.id = a.message_id
                join conversation c on c.id = a.conversation_id where c.external_key = :k""")
            .param("k", Long.toString(chat)).query().listOfRows().stream().findFirst().orElseThrow();
    }

    /** A voice note without caption whose file is {@code audio}. */
    private ObjectNode voice(long chat, byte[] audio) {
        ObjectNode update = telegram.fixture("private-voice.json", FIXTURE_CHAT, chat);
        String fileId = "voice-" + chat;
        ((ObjectNode) update.at("/message/voice")).put("file_id", fileId).put("file_size", audio.length);
        telegram.server().stubFor(post(urlPathMatching(FakeTelegram.path("getFile"))).atPriority(1)
                .withRequestBody(containing(fileId)).willReturn(aResponse()
                        .withHeader("Content-Type", "application/json").withBody("""
                                {"ok": true, "result": {"file_id": "%s", "file_unique_id": "u", "file_size": %d,
                                 "file_path": "voice/%s.oga"}}""".formatted(fileId, audio.length, fileId))));
        telegram.server().stubFor(get(urlPathEqualTo("/file/bot" + FakeTelegram.TOKEN + "/voice/" + fileId + ".oga"))
                .willReturn(aResponse().withBody(audio)));
        return update;
    }

    private void deliver(ObjectNode update) {
        int id = update.get("update_id").asInt();
        telegram.push(update);
        Await.await(() -> telegram.acknowledged(id), a -> a, "update " + id + " acknowledged");
    }
}
