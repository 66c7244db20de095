package org.answerdesk.channel.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.StreamSupport;

import org.answerdesk.Await;
import org.answerdesk.HttpApi;
import org.answerdesk.transcription.FakeTranscriber;
import org.answerdesk.transcription.TestAudio;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.node.ObjectNode;

/**
 * A WhatsApp audio message (a voice note: OGG/Opus, no duration sent) is heard by the stand-in transcriber and
 * answered from the FAQ; the ticket API shows the transcript beside the audio. Shares {@link WhatsAppFilesIT}'s
 * context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FakeGraphApi.class)
class WhatsAppVoiceIT {

    private static final String QUESTION = "How do I reset my password?";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aVoiceNoteIsAnsweredFromTheFaqAndTheTicketShowsItsTranscript() {
        String from = FakeGraphApi.nextNumber();
        String mediaId = "voice-" + from;
        byte[] audio = TestAudio.speech("I forgot my password, how do I reset it?");
        FakeTranscriber.hears(audio, QUESTION);
        serveMedia(mediaId, audio);
        ObjectNode delivery = FakeGraphApi.delivery("audio.json", from);
        ((ObjectNode) FakeGraphApi.message(delivery).get("audio")).put("id", mediaId);

        assertThat(FakeGraphApi.deliver(port, delivery).status()).isEqualTo(200);

        var reply = Await.await(() -> FakeGraphApi.sentTo(from), s -> !s.isEmpty(), "the answer").get(0);
        assertThat(reply.text()).contains("reset link");
        assertThat(FakeTranscriber.callsWith(audio)).hasSize(1);
        Map<String, Object> file = jdbc.sql("""
                select a.id, a.media_type, a.content, m.text from attachment a join message m on m.id = a.message_id
                join conversation c on c.id = a.conversation_id where c.channel = 'WHATSAPP' and c.external_key = :k""")
            .param("k", from).query().singleRow();
        assertThat(file).containsEntry("media_type", "audio/ogg").containsEntry("text", QUESTION);
        assertThat((byte[]) file.get("content")).isEqualTo(audio);

        assertThat(FakeGraphApi.deliver(port, FakeGraphApi.textMessage(from, "I want to talk to a person")).status())
            .isEqualTo(200);
        var ticket = Await.await(() -> StreamSupport.stream(
                new HttpApi(port).get("/api/tickets", HttpApi.ADMIN).json().spliterator(), false)
                .filter(t -> t.get("files").valueStream().anyMatch(f -> f.get("id").asLong() == (Long) file.get("id")))
                .findFirst(), java.util.Optional::isPresent, "the ticket with the voice note").orElseThrow();
        assertThat(ticket.get("files")).singleElement()
            .satisfies(f -> assertThat(f.get("transcript").asString()).isEqualTo(QUESTION));
    }

    private static void serveMedia(String mediaId, byte[] bytes) {
        FakeGraphApi.API.stubFor(get(urlPathEqualTo("/v21.0/" + mediaId))
                .withHeader("Authorization", equalTo("Bearer EAAG-fake-token"))
                .willReturn(FakeGraphApi.json(200, """
                        {"url": "%s/whatsapp-media/%s", "mime_type": "audio/ogg; codecs=opus", "file_size": %d,
                         "id": "%s", "messaging_product": "whatsapp"}""".formatted(FakeGraphApi.API.baseUrl(),
                        mediaId, bytes.length, mediaId))));
        FakeGraphApi.API.stubFor(get(urlPathEqualTo("/whatsapp-media/" + mediaId))
                .withHeader("Authorization", equalTo("Bearer EAAG-fake-token"))
                .willReturn(aResponse().withBody(bytes)));
    }
}
